// Starts Dramatis: loads the WebAssembly module, which mounts a widget into every element
// marked data-dramatis. A file of its own (not an inline script) so that pages run under a
// Content Security Policy without 'unsafe-inline'. Paths resolve relative to this file, so
// the widget works from any sub-path or origin.
//
// For widgets added later: `import { ready } from ".../loader.js"; (await ready).mount(el)`.
import init, * as dramatis from "./dramatis.js";

export const ready = init({ module_or_path: new URL("dramatis_bg.wasm", import.meta.url) }).then(
  // The API, and the module's memory for hosts that watch it.
  (wasm) => Object.freeze({ ...dramatis, memory: wasm.memory }),
  (error) => {
    console.error("Dramatis could not start:", error);
    // Say so where the widgets would be; their fallback (title and link) stays readable.
    for (const host of document.querySelectorAll("[data-dramatis]")) {
      host.setAttribute("data-dramatis-state", "failed");
      const note = document.createElement("p");
      note.className = "dm-fallback-note";
      note.setAttribute("role", "alert");
      note.textContent = "The interactive version of this story could not start in this browser.";
      host.append(note);
    }
    throw error;
  },
);

// Inside an iframe whose parent gave a child id (pym.js, or our embed.js): report the page's
// height in pym.js's protocol whenever it changes, and answer the parent's width messages.
// Only messages from the parent window, of the exact form, are acted on.
const childId = new URLSearchParams(location.search).get("childId");
if (window.parent !== window && childId && /^[\w.:-]{1,64}$/.test(childId)) {
  const DELIMITER = "xPYMx";
  const sendHeight = () =>
    window.parent.postMessage(["pym", childId, "height", String(document.body.offsetHeight)].join(DELIMITER), "*");
  new ResizeObserver(sendHeight).observe(document.body);
  window.addEventListener("message", (event) => {
    if (event.source !== window.parent || typeof event.data !== "string") return;
    const parts = event.data.split(DELIMITER);
    if (parts.length === 4 && parts[0] === "pym" && parts[1] === childId && parts[2] === "width" && /^\d+$/.test(parts[3])) {
      sendHeight();
    }
  });
  sendHeight();
}
