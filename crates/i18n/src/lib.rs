//! The words of Dramatis in every language it speaks.
//!
//! Each language is a Fluent catalogue (`locales/<lang>.ftl`): English is compiled in, the
//! others are read when a widget needs them (the widget fetches `locales/<lang>.ftl` beside
//! its files). The build checks every catalogue against English (`build.rs`), so every
//! language has every message with the same placeables and its own plural categories; the
//! typed methods of [`Catalog`] are generated from English, so a call with a missing message
//! or placeable does not compile.

mod catalog;
mod lang;

pub use catalog::{Arg, Catalog, CatalogError};
pub use lang::{Lang, Plural};
