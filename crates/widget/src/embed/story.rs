//! Loading another story: the fetch (gloo-net, with a size cap and a time limit) and the call
//! into the browser's checker module (`dramatis-checker`, loaded only when needed, running the
//! very checker the built-in story passes at build time). The widget receives a checked
//! dataset in compact form, or what went wrong in words.

use dramatis_core::domain::codec::{fingerprint, unpack};
use dramatis_core::domain::{Dataset, DatasetError, MAX_DOCUMENT_BYTES};
use dramatis_i18n::Catalog;
use gloo_net::http::Request;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

// Loading a second module on demand is a dynamic `import()`, and finding our own files needs
// `import.meta.url`: neither has a Rust equivalent, so these stay JavaScript.
#[wasm_bindgen(inline_js = r#"
export function asset_base() { return new URL("../../", import.meta.url).href; }
let checker = null;
export function check(text) {
  if (!checker) {
    const base = asset_base();
    checker = import(new URL("dramatis-checker.js", base).href).then(async (m) => {
      await m.default({ module_or_path: new URL("dramatis-checker_bg.wasm", base) });
      return m;
    });
    checker.catch(() => { checker = null; });
  }
  return checker.then((m) => m.check(text));
}
"#)]
extern "C" {
    /// Where the widget's files are served from (its own directory, with a trailing slash).
    pub fn asset_base() -> String;
    /// Loads the checker module (once) and checks `text`: the packed dataset or report.
    fn check(text: &str) -> js_sys::Promise;
}

/// How long a story may take to arrive, in seconds.
const TIMEOUT_SECONDS: u32 = 20;

/// Why a story could not be shown: a heading for the reader, and the details.
#[derive(Debug)]
pub struct Failure {
    /// One line saying what failed.
    pub heading: String,
    /// What exactly, with JSON paths where the data is at fault.
    pub errors: Vec<DatasetError>,
}

impl Failure {
    fn new(heading: String, detail: String) -> Self {
        Self {
            heading,
            errors: vec![DatasetError::new("", detail)],
        }
    }
}

/// The message of a JavaScript error, or what it says of itself.
fn message(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map_or_else(|| format!("{error:?}"), |e| String::from(e.message()))
}

/// Fetches and checks the story at `url`: the dataset, or what went wrong (the network, the
/// server, the size or the data), in the words of `t`.
///
/// # Errors
/// The story at `url`, checked, with its fingerprint; or every way a story can fail to arrive
/// or to pass the checker, in words for the reader.
pub async fn load_story(url: &str, t: &Catalog) -> Result<(Dataset, String), Failure> {
    let limit = MAX_DOCUMENT_BYTES;
    let signal = web_sys::AbortSignal::timeout_with_u32(TIMEOUT_SECONDS * 1000);
    let response = Request::get(url)
        .abort_signal(Some(&signal))
        .credentials(web_sys::RequestCredentials::Omit)
        .send()
        .await
        .map_err(|error| match error {
            gloo_net::Error::JsError(e) if e.name == "TimeoutError" => {
                Failure::new(t.not_loaded(), t.no_answer(url, TIMEOUT_SECONDS))
            }
            gloo_net::Error::JsError(e) => {
                Failure::new(t.not_loaded(), t.network_failed(url, e.message))
            }
            other => Failure::new(t.not_loaded(), t.network_failed(url, other)),
        })?;
    if !response.ok() {
        let status = format!("{} {}", response.status(), response.status_text());
        return Err(Failure::new(
            t.not_loaded(),
            t.server_answered(status.trim(), url),
        ));
    }
    let too_large = |n: usize| Failure::new(t.too_large(), t.too_large_detail(n, limit));
    let announced = response
        .headers()
        .get("content-length")
        .and_then(|n| n.trim().parse::<usize>().ok())
        .unwrap_or(0);
    if announced > limit {
        return Err(too_large(announced));
    }
    let bytes = response
        .binary()
        .await
        .map_err(|error| Failure::new(t.not_loaded(), error.to_string()))?;
    if bytes.len() > limit {
        return Err(too_large(bytes.len()));
    }
    let text = String::from_utf8(bytes).map_err(|_| Failure::new(t.not_text(), t.not_utf8(url)))?;
    let packed = JsFuture::from(check(&text))
        .await
        .map_err(|error| Failure::new(t.checker_failed(), message(&error)))?;
    let bytes = js_sys::Uint8Array::new(&packed).to_vec();
    let data = unpack(&bytes).map_err(|report| Failure {
        heading: t.story_problems(report.errors.len()),
        errors: report.errors,
    })?;
    // The checked story's encoded form follows the packed answer's first byte.
    Ok((data, fingerprint(&bytes[1..])))
}
