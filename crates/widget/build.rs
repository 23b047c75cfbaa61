//! Checks the built-in story at build time and ships it pre-checked.
//!
//! `data/story.json` goes through the very checker that readers' own stories go through
//! (`dramatis-core`, a build dependency); any problem stops the build with the full report.
//! The checked dataset is then written in the compact binary form of `domain::codec` to
//! `$OUT_DIR/story.bin`, which the widget embeds and only decodes.

use std::path::Path;

use dramatis_core::domain::{builtin::BUILTIN_JSON, codec, load};

fn main() {
    println!("cargo::rerun-if-changed=../../data/story.json");
    let data = match load(BUILTIN_JSON) {
        Ok(data) => data,
        Err(report) => panic!("the built-in story data/story.json is invalid:\n{report}"),
    };
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("story.bin"), codec::encode(&data))
        .expect("OUT_DIR is writable");
}
