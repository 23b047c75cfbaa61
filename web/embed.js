// Dramatis iframe parent: sizes every <iframe data-dramatis-frame> to its content, so it never
// scrolls or leaves a gap. It speaks NPR's pym.js protocol (pages already using pym.js need
// nothing else for sizing) and acts only on well-formed messages from the page's iframes.
//   <iframe data-dramatis-frame src="https://example.org/dramatis/?story=story.json"
//           data-article="#story-body" title="Who said what" style="width:100%;border:0"></iframe>
//   <script type="module" src="https://example.org/dramatis/embed.js"></script>
// With data-article (on the iframe, or on the element pym.js puts its iframe in), "In context"
// shows a statement's sentence in this page's own copy of the article (see context.js).
import * as context from "./context.js";

const DELIMITER = "xPYMx";
const ID = /^[\w.:-]{1,64}$/;
const frames = new Map();
const watched = new WeakSet();

function send(frame, id, type, message) {
  frame.contentWindow?.postMessage(["pym", id, type, message].join(DELIMITER), "*");
}

document.querySelectorAll("iframe[data-dramatis-frame]").forEach((frame, index) => {
  const id = ID.test(frame.dataset.dramatisFrame) ? frame.dataset.dramatisFrame : `dramatis-${index}`;
  const url = new URL(frame.getAttribute("src"), document.baseURI);
  url.searchParams.set("initialWidth", String(frame.clientWidth));
  url.searchParams.set("childId", id);
  if (frame.dataset.article) url.searchParams.set("article", "host");
  frames.set(id, frame);
  frame.setAttribute("scrolling", "no");
  frame.src = url.href;
});

/** The page's iframe a message came from (ours, or one pym.js made), if any. */
function frameOf(source) {
  return [...document.querySelectorAll("iframe")].find((frame) => frame.contentWindow === source);
}

/** The element holding this page's copy of the article for `frame`, if the page says. */
function articleOf(frame) {
  const selector = frame.dataset.article ?? frame.closest("[data-article]")?.dataset.article;
  try {
    return selector ? document.querySelector(selector) : null;
  } catch {
    return null;
  }
}

/** "In context" for a statement: `{key, exact, prefix, suffix}` from the widget. */
function showInContext(frame, id, message) {
  let passage;
  try {
    passage = JSON.parse(message);
  } catch {
    return;
  }
  const fields = ["key", "exact", "prefix", "suffix"];
  if (!passage || !fields.every((f) => typeof passage[f] === "string" && passage[f].length <= 10000)) return;
  const root = articleOf(frame);
  const found = !!root && context.show(root, passage.exact, passage.prefix, passage.suffix, passage.key);
  if (root && !watched.has(root)) {
    watched.add(root);
    context.watch(root, (key) => send(frame, id, "dramatis-select", key));
  }
  send(frame, id, "dramatis-found", JSON.stringify({ key: passage.key, found }));
}

window.addEventListener("message", (event) => {
  if (typeof event.data !== "string") return;
  const parts = event.data.split(DELIMITER);
  if (parts.length !== 4 || parts[0] !== "pym" || !ID.test(parts[1])) return;
  const [, id, type, message] = parts;
  // Only the frame itself may speak for itself.
  const frame = frames.get(id) ?? frameOf(event.source);
  if (!frame || event.source !== frame.contentWindow) return;
  if (type === "height" && frames.get(id) === frame) {
    const height = Number(message);
    if (!Number.isInteger(height) || height < 0 || height > 100000) return;
    frame.style.height = `${height}px`;
  } else if (type === "dramatis-context") {
    showInContext(frame, id, message);
  } else if (type === "dramatis-clear" && articleOf(frame)) {
    context.clear();
  }
});

let pending = 0;
window.addEventListener("resize", () => {
  cancelAnimationFrame(pending);
  pending = requestAnimationFrame(() => frames.forEach((frame, id) => send(frame, id, "width", String(frame.clientWidth))));
});
