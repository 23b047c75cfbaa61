//! The Dramatis widget: one news story as an explorable cast of actors, relations and
//! statements, built on `dramatis-core`.
//!
//! - [`ui`]: the widget's parts, which wire the core to the page (Leptos).
//! - [`embed`]: mounting into a host page (panic handling, several instances, messages).

pub mod builtin;
pub mod embed;
pub mod ui;
