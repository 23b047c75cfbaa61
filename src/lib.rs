//! Dramatis: one news story as an explorable cast of actors, relations and statements.
//!
//! The crate is layered, and each layer imports only the ones above it in this list:
//!
//! - [`domain`]: the dataset format, its checker and the queries the views need. Pure Rust.
//! - [`layout`]: the geometry of the actor map. Pure Rust.
//! - [`ui`]: the widget's parts, which wire the two above to the page (Leptos signals).
//! - [`embed`]: mounting into a host page (panic handling, several instances, messages).
//!
//! `domain` and `layout` never touch browser crates, so `cargo test` on the host covers them;
//! `tests/layers.rs` enforces that rule by reading the sources.

pub mod domain;
#[cfg(feature = "web")]
pub mod embed;
pub mod layout;
#[cfg(feature = "web")]
pub mod ui;
