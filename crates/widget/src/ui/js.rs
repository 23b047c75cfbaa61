//! The two browser calls web-sys offers only as unstable APIs (the Clipboard and Web Share
//! APIs need `--cfg web_sys_unstable_apis`): a few lines of JavaScript glue instead.

use wasm_bindgen::prelude::*;

#[wasm_bindgen(inline_js = r#"
export function copy_text(text, done) {
  navigator.clipboard.writeText(text).then(() => done(true), () => done(false));
}
export function share(title, text, url) {
  // A reader closing the share sheet rejects the promise: nothing to report.
  navigator.share({ title, text, url }).catch(() => {});
}
export function can_share() { return typeof navigator.share === "function"; }
"#)]
extern "C" {
    /// Copies `text` (Clipboard API), then calls `done` with whether it worked.
    pub fn copy_text(text: &str, done: &JsValue);
    /// Opens the system share sheet (Web Share API).
    pub fn share(title: &str, text: &str, url: &str);
    /// Whether the Web Share API exists here (phones, mostly).
    pub fn can_share() -> bool;
}
