// The benchmarks behind docs/benchmarks.md, on the release build in Debian's Chromium, all in
// one run and one browser: layout (ours against d3-force on the same synthetic graphs: time,
// overlaps, edge crossings), loading and drawing synthetic stories, tap-to-paint latency at 4x
// CPU slowdown, start-up (Lighthouse), and what each dependency costs in the download.
// scripts/bench.sh prepares its inputs in target/bench/ and calls it:
//   node scripts/bench.mjs [--quick]    (--quick: smallest sizes and few repetitions, to
//                                        check the benchmark itself; writes target/bench/)
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/browser.mjs";
import { startServer } from "./local-server.mjs";

const quick = process.argv.includes("--quick");
const port = 4187;
const base = `http://127.0.0.1:${port}`;
const LAYOUT_SIZES = quick ? [50, 500] : [50, 500, 2000, 5000];
const STORY_SIZES = quick ? [50] : [50, 500, 5000];
const REPS = quick ? 5 : 40;

// ---------------------------------------------------------------------------------------------
// Statistics and formatting.

const sorted = (values) => [...values].sort((a, b) => a - b);
const quantile = (values, q) => {
  const s = sorted(values);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const median = (values) => quantile(values, 0.5);
/** An Event Timing duration; 0 stands for one it did not report (under 16 ms). */
const timing = (value) => (value === 0 ? "< 16 ms" : `${Math.round(value)} ms`);
const ms = (value) => (value >= 100 ? `${Math.round(value)} ms` : `${value.toFixed(1)} ms`);
const ratio = (ours, theirs) => (theirs / ours >= 10 ? `${Math.round(theirs / ours)}x` : `${(theirs / ours).toFixed(1)}x`);
/** Growth exponent between consecutive sizes: 1 is linear, 2 quadratic. */
const growth = (rows, key) =>
  rows.map((row, i) => (i === 0 ? "" : (Math.log(row[key] / rows[i - 1][key]) / Math.log(row.n / rows[i - 1].n)).toFixed(2)));
const table = (header, rows) =>
  [`| ${header.join(" | ")} |`, `| ${header.map((h, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`, ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n");

// ---------------------------------------------------------------------------------------------
// Layout: ours (the widget's code compiled to wasm, crates/bench/src/main.rs) against d3-force.

const LAYOUT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Layout benchmark</title>
<script src="d3-dispatch.min.js"></script><script src="d3-quadtree.min.js"></script>
<script src="d3-timer.min.js"></script><script src="d3-force.min.js"></script>
<script type="module">
import init, * as dramatis from "./layout/layout_bench.js";
await init();
window.dramatis = dramatis;
</script></head><body></body></html>
`;

/** Runs in the page: times both layouts of the n-actor story's graph and measures them. */
async function compareLayouts({ n, reps, d3reps }) {
  const dm = window.dramatis;
  dm.prepare(n);
  const ours = [];
  for (let r = 0; r < reps; r++) {
    const start = performance.now();
    dm.run();
    ours.push(performance.now() - start);
  }
  const packed = dm.boxes();
  const edgeList = dm.edges();
  const count = packed.length / 6;
  // Each node's box (touch target and label) relative to its centre: the same for both.
  const rel = Array.from({ length: count }, (_, i) => packed.slice(6 * i + 2, 6 * i + 6));
  const edges = Array.from({ length: edgeList.length / 2 }, (_, i) => [edgeList[2 * i], edgeList[2 * i + 1]]);
  const quality = (xs, ys) => {
    const boxes = rel.map(([dx, dy, w, h], i) => [xs[i] + dx, ys[i] + dy, w, h]);
    let overlaps = 0;
    const order = boxes.map((_, i) => i).sort((a, b) => boxes[a][0] - boxes[b][0]);
    for (let a = 0; a < order.length; a++) {
      const p = boxes[order[a]];
      for (let b = a + 1; b < order.length; b++) {
        const q = boxes[order[b]];
        if (q[0] >= p[0] + p[2] - 0.5) break;
        if (q[1] < p[1] + p[3] - 0.5 && p[1] < q[1] + q[3] - 0.5) overlaps++;
      }
    }
    const segments = edges.map(([a, b]) => [xs[a], ys[a], xs[b], ys[b], a, b]);
    const side = (ax, ay, bx, by, cx, cy) => Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
    let crossings = 0;
    for (let i = 0; i < segments.length; i++) {
      const [ax, ay, bx, by, a1, a2] = segments[i];
      const minX = Math.min(ax, bx), maxX = Math.max(ax, bx), minY = Math.min(ay, by), maxY = Math.max(ay, by);
      for (let j = i + 1; j < segments.length; j++) {
        const [cx, cy, dx, dy, b1, b2] = segments[j];
        if (Math.max(cx, dx) < minX || Math.min(cx, dx) > maxX || Math.max(cy, dy) < minY || Math.min(cy, dy) > maxY) continue;
        if (a1 === b1 || a1 === b2 || a2 === b1 || a2 === b2) continue;
        if (side(ax, ay, bx, by, cx, cy) * side(ax, ay, bx, by, dx, dy) < 0 && side(cx, cy, dx, dy, ax, ay) * side(cx, cy, dx, dy, bx, by) < 0) crossings++;
      }
    }
    const left = Math.min(...boxes.map((b) => b[0])), right = Math.max(...boxes.map((b) => b[0] + b[2]));
    const top = Math.min(...boxes.map((b) => b[1])), bottom = Math.max(...boxes.map((b) => b[1] + b[3]));
    return { overlaps, crossings, width: right - left, height: bottom - top };
  };
  const oursQuality = quality(
    rel.map((_, i) => packed[6 * i]),
    rel.map((_, i) => packed[6 * i + 1]),
  );
  // d3-force as its documentation sets it up, with a collision radius that covers each box.
  const radius = rel.map(([dx, dy, w, h]) => Math.max(Math.hypot(dx, dy), Math.hypot(dx + w, dy), Math.hypot(dx, dy + h), Math.hypot(dx + w, dy + h)));
  const theirs = [];
  let nodes;
  let ticks;
  for (let r = 0; r < d3reps; r++) {
    nodes = rel.map(() => ({}));
    const simulation = d3
      .forceSimulation(nodes)
      .force("link", d3.forceLink(edges.map(([source, target]) => ({ source, target }))))
      .force("charge", d3.forceManyBody())
      .force("collide", d3.forceCollide((_, i) => radius[i]))
      .force("center", d3.forceCenter(0, 0))
      .stop();
    ticks = Math.ceil(Math.log(simulation.alphaMin()) / Math.log(1 - simulation.alphaDecay()));
    const start = performance.now();
    simulation.tick(ticks);
    theirs.push(performance.now() - start);
  }
  const theirQuality = quality(
    nodes.map((d) => d.x),
    nodes.map((d) => d.y),
  );
  return { n: count, edges: edges.length, ours, theirs, ticks, oursQuality, theirQuality };
}

async function layoutBenchmark(browser) {
  mkdirSync("target/bench", { recursive: true });
  writeFileSync("target/bench/layout.html", LAYOUT_PAGE);
  for (const name of ["d3-dispatch", "d3-quadtree", "d3-timer", "d3-force"]) {
    copyFileSync(`node_modules/${name}/dist/${name}.min.js`, `target/bench/${name}.min.js`);
  }
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${base}/bench/layout.html`);
  await page.waitForFunction(() => window.dramatis && window.d3?.forceSimulation, null, { timeout: 30_000 });
  const rows = [];
  for (const n of LAYOUT_SIZES) {
    const reps = quick ? 2 : n <= 500 ? 10 : 3;
    const d3reps = quick ? 1 : n <= 500 ? 5 : 1;
    page.setDefaultTimeout(600_000);
    const result = await page.evaluate(compareLayouts, { n, reps, d3reps });
    rows.push({ ...result, ourTime: median(result.ours), theirTime: median(result.theirs), reps, d3reps });
    console.log(`layout ${n}: ours ${ms(median(result.ours))}, d3-force ${ms(median(result.theirs))}`);
  }
  await page.close();
  if (errors.length) throw new Error(`layout page errors: ${errors.join("; ")}`);
  return rows;
}

// ---------------------------------------------------------------------------------------------
// Loading and drawing stories, and interaction latency, in the widget itself.

async function throttled(page, rate) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  return cdp;
}

/** Opens the widget with a story and returns the time from navigation to the drawn map. */
async function openStory(browser, path, actors, rate) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await throttled(page, rate);
  await page.goto(`${base}${path}`);
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="actor"]').length >= n, actors, { timeout: 300_000, polling: "raf" });
  const drawn = await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(performance.now()))));
  // The parts out of view (cards, article, the map as text) come a few frames after the map:
  // count the elements once the last of them is built.
  await page.waitForFunction(() => document.querySelector('[data-testid="text-actor"]'), null, { timeout: 300_000 });
  const dom = await page.evaluate(() => ({
    all: document.getElementsByTagName("*").length,
    map: document.querySelector('[data-testid="actor-map"]').getElementsByTagName("*").length,
    cards: document.querySelector('[data-testid="card-list"]')?.getElementsByTagName("*").length ?? 0,
  }));
  if (errors.length) throw new Error(`${path}: ${errors.join("; ")}`);
  return { page, drawn, dom };
}

async function storyBenchmark(browser) {
  const rows = [];
  const stories = [["built-in", "/", 0], ...STORY_SIZES.map((n) => [`${n} actors`, `/index.html?story=/bench/synth-${n}.json`, n])];
  for (const [name, path, actors] of stories) {
    const bytes = actors ? readFileSync(`target/bench/synth-${actors}.json`).length : 0;
    const row = { name, actors, bytes };
    for (const rate of actors >= 5000 ? [1] : [1, 4]) {
      const { page, drawn, dom } = await openStory(browser, path, Math.max(actors, 1), rate);
      row[`drawn${rate}`] = drawn;
      row.dom = dom;
      await page.close();
    }
    console.log(`story ${name}: drawn in ${ms(row.drawn1)} (4x: ${row.drawn4 ? ms(row.drawn4) : "-"}), ${row.dom.all} elements`);
    rows.push(row);
  }
  return rows;
}

/** Installed in the page: the time from each click's input event to the next painted frame. */
function watchLatency() {
  window.latencies = [];
  window.slowEvents = [];
  window.timed = new Set();
  addEventListener(
    "click",
    (event) => {
      // Only the clicks timedClick arms, not the untimed ones that set the scene.
      if (!window.armed) return;
      window.armed = false;
      const start = event.timeStamp;
      window.timed.add(start);
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.latencies.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
  // The browser's own Event Timing, which reports only events of 16 ms or more (of the timed
  // clicks: an entry's start time is its event's time stamp).
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.name === "click" && window.timed.has(entry.startTime)) window.slowEvents.push(entry.duration);
    }
  }).observe({ type: "event", durationThreshold: 16 });
}

/** Clicks the middle of `locator` with the mouse, as a reader would, and waits for the paint. */
async function timedClick(page, locator) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  const before = await page.evaluate(() => {
    window.armed = true;
    return window.latencies.length;
  });
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction((k) => window.latencies.length > k, before);
  await page.waitForTimeout(30);
}

async function latencyBenchmark(browser, name, path, actors) {
  const { page } = await openStory(browser, path, actors, 1);
  await page.evaluate(watchLatency);
  await throttled(page, 4);
  const actorKeys = await page.$$eval('[data-testid="actor"]', (nodes) => nodes.map((n) => n.dataset.actor));
  const results = {};
  const take = async (kind, act) => {
    await page.evaluate(() => {
      window.latencies = [];
      window.slowEvents = [];
    });
    for (let i = 0; i < REPS; i++) await act(i);
    results[kind] = await page.evaluate(() => ({ latencies: window.latencies, slow: window.slowEvents }));
  };
  const actor = (key) => page.locator(`[data-testid="actor"][data-actor="${key}"]`);
  const pressed = (key) => page.waitForFunction((k) => document.querySelector(`[data-testid="actor"][data-actor="${k}"]`)?.getAttribute("aria-pressed") === "true", key);
  await take("select an actor on the map", async (i) => {
    const key = actorKeys[(i * 7) % actorKeys.length];
    if ((await actor(key).getAttribute("aria-pressed")) === "true") await page.keyboard.press("Escape");
    await timedClick(page, actor(key));
    await pressed(key);
  });
  const relationButton = page.locator('[data-testid="details"] [data-testid="select-relation"]');
  await take("select a relation in the actor's details", async (i) => {
    // Untimed: an actor with relations, then one of its relations, timed.
    for (let k = i; ; k++) {
      if (k > i + 2 * actorKeys.length) throw new Error("no actor with a relation in its details");
      await page.mouse.click(1, 1);
      await page.keyboard.press("Escape");
      const key = actorKeys[(k * 7) % actorKeys.length];
      await actor(key).scrollIntoViewIfNeeded();
      await actor(key).dispatchEvent("click");
      await pressed(key);
      // The panels follow once the frame is painted: after the next frame, in a task queued then.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
      if ((await relationButton.count()) > 0) break;
    }
    const button = relationButton.nth(i % (await relationButton.count()));
    await timedClick(page, button);
    await page.waitForFunction(() => decodeURIComponent(location.hash).includes("relation="));
  });
  await page.keyboard.press("Escape");
  await page.evaluate(() => (location.hash = ""));
  const inContext = page.locator('[data-testid="quote-card"] [data-testid="in-context"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="quote-card"]').length > 0);
  await take("show a quote in the article", async (i) => {
    const button = inContext.nth(i % Math.min(8, await inContext.count()));
    await timedClick(page, button);
    await page.locator(".dm-in-context").first().waitFor();
  });
  // The floor on this machine: the same measure of a click that changes nothing on screen.
  await page.keyboard.press("Escape");
  const title = page.locator('[data-testid="story-title"]');
  await take("a click that changes nothing (the floor)", async () => timedClick(page, title));
  await page.close();
  const rows = Object.entries(results).map(([kind, { latencies, slow }]) => {
    // Event Timing reports only events of 16 ms or more: the others count as under 16 (0 here).
    const timing = [...slow, ...Array(Math.max(0, latencies.length - slow.length)).fill(0)];
    return {
    story: name,
    kind,
    count: latencies.length,
    timingMedian: median(timing),
    timingP95: quantile(timing, 0.95),
    median: median(latencies),
    p95: quantile(latencies, 0.95),
    min: Math.min(...latencies),
    max: Math.max(...latencies),
    slow: slow.length,
    slowMax: slow.length ? Math.max(...slow) : 0,
    };
  });
  for (const r of rows) console.log(`latency ${name}, ${r.kind}: Event Timing median ${timing(r.timingMedian)}, p95 ${timing(r.timingP95)}; first task after the frame: median ${ms(r.median)}, p95 ${ms(r.p95)}`);
  return rows;
}

// ---------------------------------------------------------------------------------------------

const server = await startServer(port);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
let layoutRows, storyRows, latencyRows;
try {
  layoutRows = await layoutBenchmark(browser);
  storyRows = await storyBenchmark(browser);
  latencyRows = [
    ...(await latencyBenchmark(browser, "built-in", "/", 1)),
    ...(await latencyBenchmark(browser, quick ? "50 actors" : "500 actors", `/index.html?story=/bench/synth-${quick ? 50 : 500}.json`, quick ? 50 : 500)),
  ];
} finally {
  await browser.close();
  server.kill();
}
const version = await (async () => {
  const b = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const v = b.version();
  await b.close();
  return v;
})();

const costs = JSON.parse(readFileSync("target/bench/costs.json", "utf8"));
const sizes = readFileSync("target/bench/sizes.txt", "utf8").trim();
const native = readFileSync("target/bench/native.txt", "utf8").trim();
const draft = readFileSync("target/bench/draft.txt", "utf8").trim();
const lighthouse = quick ? "(not run with --quick)" : readFileSync("target/reports/lighthouse.md", "utf8").split("\n").filter((l) => l.startsWith("|")).join("\n");
const d3Version = JSON.parse(readFileSync("node_modules/d3-force/package.json", "utf8")).version;

const layoutTable = table(
  ["actors", "springs", "ours (median)", "growth", "d3-force, 300 ticks", "growth", "d3 / ours", "overlaps: ours / d3", "edge crossings: ours / d3", "drawing: ours / d3 (px)"],
  layoutRows.map((r, i) => [
    r.n,
    r.edges,
    ms(r.ourTime),
    growth(layoutRows, "ourTime")[i],
    ms(r.theirTime),
    growth(layoutRows, "theirTime")[i],
    ratio(r.ourTime, r.theirTime),
    `${r.oursQuality.overlaps} / ${r.theirQuality.overlaps}`,
    `${r.oursQuality.crossings} / ${r.theirQuality.crossings} (${(r.oursQuality.crossings / Math.max(1, r.theirQuality.crossings)).toFixed(2)}x)`,
    `${Math.round(r.oursQuality.width)}x${Math.round(r.oursQuality.height)} / ${Math.round(r.theirQuality.width)}x${Math.round(r.theirQuality.height)}`,
  ]),
);
const storyTable = table(
  ["story", "document", "map drawn (no slowdown)", "map drawn (4x CPU slowdown)", "elements in the page", "in the map", "in the card list"],
  storyRows.map((r) => [
    r.name,
    r.bytes ? `${(r.bytes / 1e6).toFixed(2)} MB` : "built in",
    ms(r.drawn1),
    r.drawn4 ? ms(r.drawn4) : "not run",
    r.dom.all,
    r.dom.map,
    r.dom.cards,
  ]),
);
const latencyTable = table(
  ["story", "interaction", "taps", "Event Timing median", "Event Timing p95", "taps under 16 ms", "first task after the frame: median", "p95", "min", "max"],
  latencyRows.map((r) => [r.story, r.kind, r.count, timing(r.timingMedian), timing(r.timingP95), `${r.count - r.slow} of ${r.count}`, ms(r.median), ms(r.p95), ms(r.min), ms(r.max)]),
);
const costTable = table(
  ["crate", "code bytes", "share"],
  costs.rows.filter((r) => r.bytes >= 300).map((r) => [r.crate, r.bytes, `${((100 * r.bytes) / costs.total).toFixed(1)}%`]),
);

const report = `# Benchmarks

Generated by \`make bench\` (scripts/bench.sh, scripts/bench.mjs)${quick ? " **with --quick: small sizes, few repetitions**" : ""} on the
release build, in ${version.startsWith("1") ? `Chromium ${version}` : version} (headless, Debian's build),
on a shared machine: read the numbers as rough, the ratios (measured in the same run and the
same browser) as firmer. Nothing here is asserted by the tests; the test command enforces only
the deterministic size budgets.

## Weight

What a reader downloads, by brotli size (scripts/size-report.mjs; the test command fails above
the budgets):

\`\`\`
${sizes}
\`\`\`

What each crate costs in the widget's code (function bodies after wasm-bindgen and
\`wasm-opt -Oz\`, attributed by each function's name: code inlined into our functions counts as
ours, so Leptos costs more than its line says; ${costs.total} code bytes of ${costs.file} in the module, the
rest being data: strings, tables and the built-in story):

${costTable}

## Start-up

Lighthouse, mobile preset (simulated slow 4G, 4x CPU slowdown), from \`docs/lighthouse.md\`:

${lighthouse}

Loading and drawing stories in the widget (time from navigation to the first frame with every
actor drawn; synthetic stories from \`examples/synth.rs\`, 10 events and 10 statements per actor;
other stories are fetched and checked by the checker module first):

${storyTable}

## Interaction

Tap to next painted frame at 4x CPU slowdown (Chrome DevTools Protocol), ${REPS} real mouse
clicks each. Two measures: the browser's own Event Timing, from the click's input timestamp to
the presentation of the frame that follows it (in steps of 8 ms; it reports only events of
16 ms or more, so "< 16 ms" is all it says of the others); and, measured in the page, the
time to the first task after that frame (before the panels' update, which waits for that
paint, when the browser runs the tasks in the order they were queued). A tap is answered on
the map in the first frame: the drawing dims as a whole (its own compositor layer) and copies
of what stands out are drawn over it; the details, cards, article marks and the screen-reader
announcement follow once that frame is painted. The last row of each story is the floor of
this machine: a click that changes nothing at all.

${latencyTable}

## Layout

The widget's layout code compiled to wasm (\`crates/bench/src/main.rs\`, release profile as
shipped) against d3-force ${d3Version} from npm, on the same graphs (the synthetic stories'
actors and springs), in the same page. d3-force runs its default ${layoutRows[0].ticks} ticks with
link, many-body, centre and a collision radius covering each actor's box (mark, touch target
and label); ours runs until done (clusters, Barnes-Hut forces, then overlap removal). Quality
is measured on both by the same code: overlapping boxes, crossing straight edges between
centres, and the drawing's size. Growth: the exponent between one size and the previous (1 is
linear, 2 quadratic).

${layoutTable}

Natively (\`cargo run --release --bin layout_bench\`), for reference:

\`\`\`
${native}
\`\`\`

## Draft extractor

\`dramatis-check draft\` on a news article of about 2,000 words (\`crates/bench/src/draft_bench.rs\`:
the English test articles, then again with other names), natively and compiled to wasm in
Chromium at 4x CPU slowdown (\`scripts/draft-bench.mjs\`); the issue's budgets are 10 ms and
100 ms:

\`\`\`
${draft}
\`\`\`
`;
const out = quick ? "target/bench/benchmarks-quick.md" : "target/reports/benchmarks.md";
mkdirSync("target/reports", { recursive: true });
writeFileSync(out, report);
console.log(`wrote ${out}`);
