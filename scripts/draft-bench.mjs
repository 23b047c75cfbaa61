// Times the draft extractor in the browser: the core's code compiled to wasm
// (crates/bench/src/draft_bench.rs, built by scripts/bench.sh into target/bench/draft/),
// drafting a 2,000-word article in Chromium with the CPU slowed down 4x (CDP
// Emulation.setCPUThrottlingRate), as a mid-range phone. Prints the median and p95.
//   node scripts/draft-bench.mjs [RUNS]     (default 50)
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/browser.mjs";

const runs = Number(process.argv[2] ?? 50);
const root = "target/bench/draft";
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Draft benchmark</title>
<script type="module">
import init, * as bench from "./draft_bench.js";
await init();
window.bench = bench;
</script></head><body></body></html>`;
const types = { ".js": "text/javascript", ".wasm": "application/wasm", ".html": "text/html" };
const server = createServer((request, response) => {
  const path = new URL(request.url, "http://127.0.0.1").pathname;
  if (path === "/") {
    response.writeHead(200, { "content-type": "text/html" }).end(page);
    return;
  }
  try {
    const body = readFileSync(join(root, path.replace(/^\/+/, "").replace(/\.\./g, "")));
    response.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((done) => server.listen(0, "127.0.0.1", done));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const tab = await browser.newPage();
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(() => window.bench);
  const result = await tab.evaluate((runs) => {
    const words = window.bench.draft_prepare();
    const times = [];
    let statements = 0;
    for (let r = 0; r < runs; r++) {
      const start = performance.now();
      statements = window.bench.draft_run();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { words, statements, median: times[times.length >> 1], p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))] };
  }, runs);
  console.log(
    `draft of a ${result.words}-word article (${result.statements} statements): median ${result.median.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms over ${runs} runs (Chromium, CPU 4x slower)`,
  );
} finally {
  await browser.close();
  server.close();
}
