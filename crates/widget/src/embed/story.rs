//! Loading another story. The fetch (with a size cap and a time limit) and the call into the
//! browser's checker module (`dramatis-checker`, loaded only when needed, running the very
//! checker the built-in story passes at build time) are a few lines of JavaScript glue; the
//! widget receives either a checked dataset in compact form or the checker's report.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

use crate::domain::codec::unpack;
use crate::domain::{Dataset, DatasetError, MAX_DOCUMENT_BYTES};

#[wasm_bindgen(inline_js = r#"
export function asset_base() { return new URL("../../", import.meta.url).href; }
let checker = null;
function checker_module(base) {
  if (!checker) {
    checker = import(new URL("dramatis-checker.js", base).href).then(async (m) => {
      await m.default({ module_or_path: new URL("dramatis-checker_bg.wasm", base) });
      return m;
    });
    checker.catch(() => { checker = null; });
  }
  return checker;
}
const fail = (heading, detail) => { throw { heading, detail }; };
export function fetch_and_check(url, limit, seconds, ok, failed) {
  run(url, limit, seconds).then(ok, failed);
}
async function run(url, limit, seconds) {
  let response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(seconds * 1000), credentials: "omit" });
  } catch (error) {
    if (error?.name === "TimeoutError") fail("The story could not be loaded", `${url} did not answer within ${seconds} seconds`);
    fail("The story could not be loaded", `the network request for ${url} failed (${error?.message ?? error})`);
  }
  if (!response.ok) fail("The story could not be loaded", `the server answered ${response.status} ${response.statusText} for ${url}`);
  const announced = Number(response.headers.get("content-length") ?? 0);
  const tooLarge = (n) => fail("The story is too large", `it has ${n} bytes; the widget reads stories of at most ${limit} bytes`);
  if (announced > limit) tooLarge(announced);
  const bytes = await response.arrayBuffer();
  if (bytes.byteLength > limit) tooLarge(bytes.byteLength);
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    fail("This story's data is not text", `${url} is not valid UTF-8`);
  }
  let module;
  try {
    module = await checker_module(asset_base());
  } catch (error) {
    fail("The story checker could not start", String(error?.message ?? error));
  }
  return module.check(text);
}
"#)]
extern "C" {
    /// Where the widget's files are served from (its own directory, with a trailing slash).
    pub fn asset_base() -> String;
    fn fetch_and_check(url: &str, limit: u32, seconds: u32, ok: JsValue, failed: JsValue);
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

/// Fetches and checks the story at `url`, then calls `done` with the dataset or with what
/// went wrong: the network, the server, the size or the data.
pub fn load_story(url: &str, done: impl FnOnce(Result<Dataset, Failure>) + 'static) {
    let limit = u32::try_from(MAX_DOCUMENT_BYTES).unwrap_or(u32::MAX);
    // Exactly one of the two is called; each frees itself when it is.
    let done = std::rc::Rc::new(std::cell::Cell::new(Some(
        Box::new(done) as Box<dyn FnOnce(Result<Dataset, Failure>)>
    )));
    let finish = done.clone();
    let ok = Closure::once_into_js(move |packed: JsValue| {
        let bytes = js_sys::Uint8Array::new(&packed).to_vec();
        let result = unpack(&bytes).map_err(|report| {
            let count = report.errors.len();
            Failure {
                heading: format!(
                    "This story's data has {count} problem{}",
                    if count == 1 { "" } else { "s" }
                ),
                errors: report.errors,
            }
        });
        if let Some(done) = finish.take() {
            done(result);
        }
    });
    let failed = Closure::once_into_js(move |thrown: JsValue| {
        let field = |name: &str| {
            js_sys::Reflect::get(&thrown, &name.into())
                .ok()
                .and_then(|v| v.as_string())
        };
        let failure = Failure {
            heading: field("heading").unwrap_or_else(|| "The story could not be loaded".to_owned()),
            errors: vec![DatasetError::new(
                "",
                field("detail")
                    .or_else(|| {
                        thrown
                            .dyn_ref::<js_sys::Error>()
                            .map(|e| e.message().into())
                    })
                    .unwrap_or_default(),
            )],
        };
        if let Some(done) = done.take() {
            done(Err(failure));
        }
    });
    fetch_and_check(url, limit, TIMEOUT_SECONDS, ok, failed);
}
