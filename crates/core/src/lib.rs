//! The core of Dramatis, in plain Rust with no browser dependency: the dataset format and its
//! checker, the read-only queries the views ask of a checked story, and the geometry of the
//! actor map. The widget, the command-line tools, the browser's checker module, the build
//! script and the fuzzer all use it; `cargo test` on the host covers it.
//!
//! - [`domain`]: the dataset format, its checker and the queries the views need.
//! - [`import`]: a story built from spreadsheet exports (and the sheets written back out).
//! - [`layout`]: the geometry of the actor map; it reads the [`domain`], never the other way.

pub mod domain;
pub mod draft;
pub mod import;
pub mod layout;
