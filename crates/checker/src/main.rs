//! The browser's dataset checker, a separate WebAssembly module that the widget loads only to
//! show a story other than the built-in one. It runs the same checker as `dramatis-check` and
//! the build, and hands the widget a packed result (see `domain::codec::check_and_pack`).

use wasm_bindgen::prelude::*;

/// Checks a dataset document; returns the packed dataset or report.
#[wasm_bindgen]
pub fn check(json: &str) -> Vec<u8> {
    dramatis_core::domain::codec::check_and_pack(json)
}

fn main() {}
