// Starts Dramatis: loads the WebAssembly module, which mounts a widget into every element
// marked data-dramatis. A file of its own (not an inline script) so that pages run under a
// Content Security Policy without 'unsafe-inline'. Paths resolve relative to this file, so
// the widget works from any sub-path or origin.
//
// For widgets added later: `import { ready } from ".../loader.js"; (await ready).mount(el)`.
import init, * as dramatis from "./dramatis.js";

// A panic stops the module (the release build at once, without formatting a message, see
// scripts/release.sh; the debug build after its panic hook logs the message): the browser
// raises a WebAssembly.RuntimeError in whatever called into the module, a listener, a timer
// or the host page. Every widget is then replaced with a short apology, so that a reader sees
// a message instead of a frozen map and the host page keeps working.
// Only the stops of this module count, not those of another on the host page: its stack
// names the module (Chrome, Firefox) or the glue (Safari's wasm frames carry no address).
const OURS = [new URL("dramatis_bg.wasm", import.meta.url).href, new URL("dramatis.js", import.meta.url).href];
const mounted = [];
function stopped(error) {
  if (!(error instanceof WebAssembly.RuntimeError) || !OURS.some((url) => String(error.stack).includes(url))) return;
  console.error("Dramatis stopped:", error);
  const hosts = new Set(document.querySelectorAll("[data-dramatis-state]"));
  for (const ref of mounted) if (ref.deref()) hosts.add(ref.deref());
  for (const host of hosts) {
    const shell = (host.shadowRoot ?? host).querySelector(".dm-shell");
    if (!shell) continue;
    // The widget left its apology in its own language on the host (English if it never got
    // that far).
    shell.textContent = host.dataset.dramatisApology ?? "Sorry, this interactive story stopped working. Reload the page to try again.";
    shell.setAttribute("role", "alert");
    shell.className = "dm-root dm-crashed";
    host.setAttribute("data-dramatis-state", "crashed");
  }
}
addEventListener("error", (event) => stopped(event.error));
addEventListener("unhandledrejection", (event) => stopped(event.reason));
const guarded = (f) => (...args) => {
  try {
    return f(...args);
  } catch (error) {
    stopped(error);
    throw error;
  }
};

export const ready = init({ module_or_path: new URL("dramatis_bg.wasm", import.meta.url) }).then(
  // The API, and the module's memory for hosts that watch it. Widgets mounted through it are
  // remembered (weakly) for the apology above, wherever they are, even in a shadow root.
  (wasm) =>
    Object.freeze({
      ...dramatis,
      mount: guarded((host, ...rest) => {
        mounted.splice(0, mounted.length, ...mounted.filter((ref) => ref.deref()?.isConnected));
        mounted.push(new WeakRef(host));
        return dramatis.mount(host, ...rest);
      }),
      memory: wasm.memory,
    }),
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
