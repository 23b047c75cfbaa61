//! The built-in story, compiled into the widget so it works with no network at all: checked
//! by `build.rs` with the same checker as any other story and embedded in the compact form of
//! `dramatis_core::domain::codec`, so readers download neither the JSON nor the checker.

use dramatis_core::domain::codec::decode;
use dramatis_core::domain::{Dataset, DatasetError, Report};

/// The built-in dataset, checked at build time and encoded.
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
    use super::builtin;
    use dramatis_core::domain::builtin::BUILTIN_JSON;
    use dramatis_core::domain::load;

    #[test]
    fn the_embedded_story_is_the_checked_json() {
        assert_eq!(builtin().unwrap(), load(BUILTIN_JSON).unwrap());
    }
}
