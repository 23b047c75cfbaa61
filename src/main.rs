//! The widget's entry point: installs panic handling and mounts a widget into every element
//! of the page marked `data-dramatis`. Everything else lives in the library.

fn main() {
    dramatis::embed::install_panic_hook();
    dramatis::embed::start();
}
