//! Checks a dataset file.
fn main() {}
