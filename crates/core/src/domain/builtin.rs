//! The built-in story as written by hand (`data/story.json`), for the build, the tests and the
//! command-line tools.
//!
//! The widget does not load this JSON: its `build.rs` checks it with the same checker as any
//! other story, stops the build on any problem and embeds the checked result in the compact
//! form of [`codec`](super::codec), so readers download neither the JSON nor the checker.
//! `tests/builtin_story.rs` also proves that its text is the article's.

use super::error::Report;
use super::load::load;
use super::model::Dataset;

/// The built-in dataset document, as written by hand.
pub const BUILTIN_JSON: &str = include_str!("../../../../data/story.json");

/// The built-in story, checked.
///
/// # Errors
/// Every problem of `data/story.json`; the widget's build and the tests rule them out.
pub fn builtin() -> Result<Dataset, Report> {
    load(BUILTIN_JSON)
}
