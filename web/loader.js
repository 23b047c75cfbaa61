// Loads the widget's WebAssembly module. A file of its own (not an inline script) so that the
// page runs under a Content Security Policy without 'unsafe-inline'. Paths resolve relative to
// this file, so the widget works from any sub-path or origin.
import init from "./dramatis.js";

init({ module_or_path: new URL("dramatis_bg.wasm", import.meta.url) }).catch((error) => {
  console.error("Dramatis could not start:", error);
  document.documentElement.classList.add("dm-failed");
});
