//! Checks the built-in story at build time and ships it pre-checked.
//!
//! `data/story.json` goes through the very checker that readers' own stories go through
//! (`dramatis-core`, a build dependency); any problem stops the build with the full report.
//! The checked dataset is then written in the compact binary form of `domain::codec` to
//! `$OUT_DIR/story.bin`, which the widget embeds and only decodes, with the plan of its map's
//! layout (`layout::plan`: the most readable start for every width) in
//! `$OUT_DIR/layout-plan.bin`, so readers' browsers lay the map out once instead of searching.

use std::path::Path;

use dramatis_core::domain::{builtin::BUILTIN_JSON, codec, load};
use dramatis_core::layout::{Graph, plan};

fn main() {
    println!("cargo::rerun-if-changed=../../data/story.json");
    let data = match load(BUILTIN_JSON) {
        Ok(data) => data,
        Err(report) => panic!("the built-in story data/story.json is invalid:\n{report}"),
    };
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let out = Path::new(&out);
    std::fs::write(out.join("story.bin"), codec::encode(&data)).expect("OUT_DIR is writable");
    let threads = std::thread::available_parallelism().map_or(1, usize::from);
    let starts = plan::make(&Graph::from_dataset(&data), threads);
    std::fs::write(out.join("layout-plan.bin"), starts).expect("OUT_DIR is writable");
}
