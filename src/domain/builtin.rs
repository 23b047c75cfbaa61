//! The built-in story, compiled into the program so the widget works with no network at all.
//!
//! `build.rs` checks `data/story.json` with the same checker as any other story and stops the
//! build on any problem; the widget embeds the checked result in the compact form of
//! [`codec`](super::codec), so readers download neither the JSON nor the checker for it.
//! `tests/builtin_story.rs` also proves that its text is the article's.

use super::codec::decode;
use super::error::{DatasetError, Report};
use super::model::Dataset;

/// The built-in dataset document, as written by hand.
pub const BUILTIN_JSON: &str = include_str!("../../data/story.json");

/// The same dataset, checked at build time and encoded.
static BUILTIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/story.bin"));

/// Loads the built-in story.
///
/// # Errors
/// Only if the embedded bytes were damaged, which the build and the tests rule out.
pub fn builtin() -> Result<Dataset, Report> {
    decode(BUILTIN).map_err(|_| Report {
        errors: vec![DatasetError::new(
            "",
            "the built-in story is damaged; rebuild the widget",
        )],
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::load;

    #[test]
    fn the_embedded_story_is_the_checked_json() {
        assert_eq!(builtin().unwrap(), load(BUILTIN_JSON).unwrap());
    }
}
