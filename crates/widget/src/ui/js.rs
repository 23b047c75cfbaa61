//! The few browser calls that are JavaScript glue, one module of it: the Clipboard and Web
//! Share APIs (web-sys offers them only as unstable APIs, behind `--cfg web_sys_unstable_apis`)
//! and the host page's article for "In context" (DOM ranges and the CSS Custom Highlight API,
//! in `web/context.js`).

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
// The host page's own copy of the article (web/context.js, loaded on first use: a page whose
// article is the widget's own never fetches it).
let context = null;
const load = () => (context ??= import(new URL("../../context.js", import.meta.url).href));
export function context_show(root, exact, prefix, suffix, key, done) {
  load().then((c) => done(c.show(root, exact, prefix, suffix, key)), () => done(false));
}
export function context_watch(root, select) { load().then((c) => c.watch(root, select)); }
export function context_clear() { context?.then((c) => c.clear()); }
"#)]
extern "C" {
    /// Copies `text` (Clipboard API), then calls `done` with whether it worked.
    pub fn copy_text(text: &str, done: &JsValue);
    /// Opens the system share sheet (Web Share API).
    pub fn share(title: &str, text: &str, url: &str);
    /// Whether the Web Share API exists here (phones, mostly).
    pub fn can_share() -> bool;

    /// Shows and highlights the passage the selector picks in `root`, named `key`; calls
    /// `done` with whether it was found.
    pub fn context_show(
        root: &web_sys::Element,
        exact: &str,
        prefix: &str,
        suffix: &str,
        key: &str,
        done: &JsValue,
    );
    /// Calls `select` with the key of the highlighted passage when a reader activates it.
    pub fn context_watch(root: &web_sys::Element, select: &JsValue);
    /// Takes the highlight away, if there is one.
    pub fn context_clear();
}
