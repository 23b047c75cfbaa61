// "In context" in the host page's own copy of the article. Finds a passage by its W3C
// TextQuoteSelector (exact, prefix, suffix) over an element's text, across inline markup
// (links, <em>) and however the page breaks lines; scrolls it into view below any sticky
// header, at once (nothing animates); highlights it with the CSS Custom Highlight API, or
// else a <mark> that is removed again; and tells when a reader activates the highlighted
// passage. Never a wrong passage: a selector that matches nowhere, or in several places its
// context cannot tell apart, finds nothing. Used by the widget for script mounts and by
// embed.js for iframes. JavaScript because it is all DOM ranges, tree walks and highlights.
const NAME = "dramatis-context";
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"]);
const INLINE = new Set(["A", "ABBR", "B", "BDI", "BDO", "CITE", "CODE", "DFN", "EM", "I", "KBD", "MARK", "Q", "S", "SAMP", "SMALL", "SPAN", "STRONG", "SUB", "SUP", "TIME", "U", "VAR"]);

let shown = null; // { range, marks, key, root }

/** The element's text with white space collapsed and a space between blocks, and for each of
 * its characters the text node and offset it comes from. */
function textOf(root) {
  let text = "";
  const nodes = [];
  const offsets = [];
  let space = true;
  let pendingBreak = false;
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        const data = child.data;
        for (let i = 0; i < data.length; i++) {
          const blank = /\s/.test(data[i]);
          if (blank || pendingBreak) {
            if (!space) {
              text += " ";
              nodes.push(child);
              offsets.push(i);
            }
            space = true;
            pendingBreak = false;
            if (blank) continue;
          }
          text += data[i];
          nodes.push(child);
          offsets.push(i);
          space = false;
        }
      } else if (child.nodeType === Node.ELEMENT_NODE && !SKIP.has(child.tagName) && !child.hasAttribute("data-dramatis")) {
        // (A widget placed inside the article is not the article's text.)
        const block = !INLINE.has(child.tagName);
        if (block) pendingBreak = true;
        walk(child);
        if (block) pendingBreak = true;
      }
    }
  };
  walk(root);
  return { text, nodes, offsets };
}

const normal = (s) => String(s ?? "").replace(/\s+/g, " ").trim();

/** The range of the one place in `root`'s text that the selector picks, or null. */
export function find(root, exact, prefix, suffix) {
  const want = normal(exact);
  if (!want) return null;
  const { text, nodes, offsets } = textOf(root);
  let hits = [];
  for (let at = text.indexOf(want); at >= 0; at = text.indexOf(want, at + 1)) hits.push(at);
  if (hits.length > 1) {
    // Several places: the context decides, as far as the host's text has it.
    const before = normal(prefix);
    const after = normal(suffix);
    hits = hits.filter((at) => text.slice(0, at).trimEnd().endsWith(before) && text.slice(at + want.length).trimStart().startsWith(after));
  }
  if (hits.length !== 1) return null;
  const start = hits[0];
  const end = start + want.length - 1;
  const range = document.createRange();
  range.setStart(nodes[start], offsets[start]);
  range.setEnd(nodes[end], offsets[end] + 1);
  return range;
}

/** How far down the viewport fixed and sticky elements at its top reach. */
function coveredTop() {
  let bottom = 0;
  for (const x of [4, innerWidth / 2, innerWidth - 4]) {
    for (let el = document.elementFromPoint(x, 2); el && el !== document.documentElement; el = el.parentElement) {
      const { position } = getComputedStyle(el);
      if (position === "fixed" || position === "sticky") bottom = Math.max(bottom, el.getBoundingClientRect().bottom);
    }
  }
  return bottom;
}

/** Adds the page's stylesheet for the highlight once (the ::highlight rule lives in the page). */
function style() {
  const href = new URL("host.css", import.meta.url).href;
  if (![...document.querySelectorAll("link[rel=stylesheet]")].some((l) => l.href === href)) {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    document.head.append(link);
  }
}

/** Takes the highlight away. */
export function clear() {
  globalThis.CSS?.highlights?.delete(NAME);
  for (const mark of shown?.marks ?? []) mark.replaceWith(...mark.childNodes);
  shown = null;
}

/** Wraps the range's text in <mark>s, one per text node it covers. */
function mark(range) {
  const marks = [];
  const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  const texts = [];
  for (let node = walker.currentNode; node; node = walker.nextNode()) if (node.nodeType === Node.TEXT_NODE && range.intersectsNode(node)) texts.push(node);
  for (const node of texts) {
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.data.length;
    if (from >= to) continue;
    const part = document.createRange();
    part.setStart(node, from);
    part.setEnd(node, to);
    const element = document.createElement("mark");
    element.className = NAME;
    part.surroundContents(element);
    marks.push(element);
  }
  return marks;
}

/** Finds the passage in `root`, shows and highlights it; whether it was there. `key` names
 * it for the reader's activation (see `watch`). */
export function show(root, exact, prefix, suffix, key) {
  clear();
  const range = find(root, exact, prefix, suffix);
  if (!range) return false;
  style();
  let marks = [];
  if (globalThis.CSS?.highlights && globalThis.Highlight) CSS.highlights.set(NAME, new Highlight(range));
  else marks = mark(range);
  shown = { range, marks, key, root };
  // The passage's paragraph takes the focus (for screen readers), then the passage is
  // scrolled to the middle of the view and, if a sticky header covers it, from under it.
  const block = (range.startContainer.parentElement ?? root).closest("p, li, blockquote, h1, h2, h3, h4, div") ?? root;
  if (!block.hasAttribute("tabindex")) block.setAttribute("tabindex", "-1");
  block.focus({ preventScroll: true });
  block.scrollIntoView({ block: "center", behavior: "instant" });
  const top = range.getBoundingClientRect().top;
  const covered = coveredTop();
  if (top < covered + 8) window.scrollBy({ top: top - covered - 8, behavior: "instant" });
  return true;
}

/** Calls `select(key)` when a reader clicks or taps the highlighted passage in `root`. */
export function watch(root, select) {
  root.addEventListener("click", (event) => {
    if (!shown || shown.root !== root) return;
    const rects = [...shown.range.getClientRects()];
    if (rects.some((r) => event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom)) {
      select(shown.key);
    }
  });
}
