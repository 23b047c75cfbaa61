// Dramatis iframe parent: sizes every <iframe data-dramatis-frame> to its content, so it never
// scrolls or leaves a gap. It speaks NPR's pym.js protocol (pages already using pym.js need
// nothing else) and acts only on well-formed messages from its own iframes.
//   <iframe data-dramatis-frame src="https://example.org/dramatis/?story=story.json"
//           title="Who said what" loading="lazy" style="width:100%;border:0"></iframe>
//   <script type="module" src="https://example.org/dramatis/embed.js"></script>
const DELIMITER = "xPYMx";
const frames = new Map();

function send(frame, id, type, message) {
  frame.contentWindow?.postMessage(["pym", id, type, message].join(DELIMITER), "*");
}

document.querySelectorAll("iframe[data-dramatis-frame]").forEach((frame, index) => {
  const id = /^[\w.:-]{1,64}$/.test(frame.dataset.dramatisFrame) ? frame.dataset.dramatisFrame : `dramatis-${index}`;
  const url = new URL(frame.getAttribute("src"), document.baseURI);
  url.searchParams.set("initialWidth", String(frame.clientWidth));
  url.searchParams.set("childId", id);
  frames.set(id, frame);
  frame.setAttribute("scrolling", "no");
  frame.src = url.href;
});

window.addEventListener("message", (event) => {
  if (typeof event.data !== "string") return;
  const parts = event.data.split(DELIMITER);
  if (parts.length !== 4 || parts[0] !== "pym") return;
  const [, id, type, message] = parts;
  const frame = frames.get(id);
  // Only the frame itself may resize itself.
  if (!frame || event.source !== frame.contentWindow || type !== "height") return;
  const height = Number(message);
  if (!Number.isInteger(height) || height < 0 || height > 100000) return;
  frame.style.height = `${height}px`;
});

let pending = 0;
window.addEventListener("resize", () => {
  cancelAnimationFrame(pending);
  pending = requestAnimationFrame(() => frames.forEach((frame, id) => send(frame, id, "width", String(frame.clientWidth))));
});
