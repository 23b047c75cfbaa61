//! Checks the built-in story at build time and ships it pre-checked.
//!
//! `data/story.json` goes through the very checker that readers' own stories go through
//! (the domain sources, compiled into this script); any problem stops the build with the full
//! report. The checked dataset is then written in the compact binary form of
//! `domain::codec` to `$OUT_DIR/story.bin`, which the widget embeds and only decodes.

use std::path::Path;

// The domain layer, compiled into this script: its files refer to each other as `super::x`,
// which here is the script's root.
#[allow(dead_code, unused_imports)]
#[path = "src/domain/cameo.rs"]
pub mod cameo;
#[allow(dead_code, unused_imports)]
#[path = "src/domain/check.rs"]
mod check;
#[allow(dead_code, unused_imports)]
#[path = "src/domain/codec.rs"]
pub mod codec;
#[allow(dead_code, unused_imports)]
#[path = "src/domain/error.rs"]
pub mod error;
#[allow(dead_code, unused_imports)]
#[path = "src/domain/ids.rs"]
pub mod ids;
#[allow(dead_code, unused_imports)]
#[path = "src/domain/jsonscan.rs"]
pub mod jsonscan;
#[allow(dead_code, unused_imports)]
#[path = "src/domain/kinds.rs"]
pub mod kinds;
#[allow(dead_code, unused_imports)]
#[path = "src/domain/load.rs"]
pub mod load;
#[allow(dead_code, unused_imports)]
#[path = "src/domain/model.rs"]
pub mod model;
#[allow(dead_code, unused_imports)]
#[path = "src/domain/order.rs"]
pub mod order;
#[allow(dead_code, unused_imports)]
#[path = "src/domain/query.rs"]
pub mod query;
#[allow(dead_code, unused_imports)]
#[path = "src/domain/raw.rs"]
pub mod raw;
#[allow(dead_code, unused_imports)]
#[path = "src/domain/text.rs"]
pub mod text;

fn main() {
    println!("cargo::rerun-if-changed=data/story.json");
    println!("cargo::rerun-if-changed=src/domain");
    let json = std::fs::read_to_string("data/story.json").expect("data/story.json is readable");
    let data = match load::load(&json) {
        Ok(data) => data,
        Err(report) => panic!("the built-in story data/story.json is invalid:\n{report}"),
    };
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("story.bin"), codec::encode(&data))
        .expect("OUT_DIR is writable");
}
