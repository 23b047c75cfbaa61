//! The built-in story, compiled into the program so the widget works with no network at all.
//!
//! `tests/builtin_story.rs` proves on the host that it loads without a single problem and that
//! its text is the article's, so a broken built-in dataset fails `cargo test`, not a reader's
//! page.

use super::error::Report;
use super::load::load;
use super::model::Dataset;

/// The built-in dataset document, as shipped.
pub const BUILTIN_JSON: &str = include_str!("../../data/story.json");

/// Loads the built-in story.
///
/// # Errors
/// Only if the shipped dataset is broken, which the test suite rules out.
pub fn builtin() -> Result<Dataset, Report> {
    load(BUILTIN_JSON)
}
