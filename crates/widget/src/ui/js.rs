//! The few browser calls that are simpler as JavaScript than through `web-sys`: one module
//! of glue, so the page loads one snippet for all of them.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
export function copy_text(text, button, announcer) {
  const done = (ok) => {
    const message = ok ? "Copied" : "Could not copy";
    button.textContent = message;
    button.setAttribute("data-copied", String(ok));
    if (announcer) announcer.textContent = `${message}.`;
  };
  navigator.clipboard.writeText(text).then(() => done(true), () => done(false));
}
export function share(title, text, url) {
  // A reader closing the share sheet rejects the promise: nothing to report.
  navigator.share({ title, text, url }).catch(() => {});
}
export function can_share() { return typeof navigator.share === "function"; }
export function schedule(f, paint) {
  // A task of its own; with `paint`, once the next frame is painted (a task queued from an
  // animation frame runs after that frame).
  if (paint) requestAnimationFrame(() => setTimeout(f));
  else setTimeout(f);
}
export function push_fragment(fragment) {
  // After the next paint: writing the history costs a tap about a millisecond of its frame.
  schedule(() => {
    const url = location.pathname + location.search + (fragment ? `#${fragment}` : "");
    history.pushState(null, "", url);
  }, true);
}
"#)]
extern "C" {
    /// Copies `text` (Clipboard API), then says so on `button` and in the live region.
    pub fn copy_text(text: &str, button: &web_sys::Element, announcer: Option<web_sys::Element>);
    /// Opens the system share sheet (Web Share API).
    pub fn share(title: &str, text: &str, url: &str);
    /// Whether the Web Share API exists here (phones, mostly).
    pub fn can_share() -> bool;
    /// Calls `f` in a task of its own: soon, or once the next frame is painted.
    pub fn schedule(f: &JsValue, paint: bool);
    /// Puts `#fragment` (or no fragment, if empty) in the page URL as a new history entry,
    /// once the frame that shows the change is painted.
    pub fn push_fragment(fragment: &str);
}
