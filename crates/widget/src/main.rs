//! The widget's entry point: installs panic handling and mounts a widget into every element
//! of the page marked `data-dramatis`. Everything else lives in the library.

fn main() {
    // The release build stops at a panic without running a hook (`scripts/release.sh`);
    // `web/loader.js` shows the apology in both.
    #[cfg(not(panic = "immediate-abort"))]
    dramatis_widget::embed::install_panic_hook();
    // In a task after the one that compiled the module, so that the page can answer a reader
    // between the two instead of waiting for both. Nothing could cancel it: it runs once.
    gloo_timers::callback::Timeout::new(0, dramatis_widget::embed::start).forget();
}
