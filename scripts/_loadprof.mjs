import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/browser.mjs";
import { startServer } from "./local-server.mjs";
const path = process.argv[2];
const n = Number(process.argv[3]);
const server = await startServer(4194);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
const cdp = await page.context().newCDPSession(page);
await cdp.send("Profiler.enable");
await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
await cdp.send("Profiler.start");
const t = Date.now();
await page.goto("http://127.0.0.1:4194" + path);
await page.waitForFunction((n) => document.querySelectorAll('[data-testid="actor"]').length >= n, n, { timeout: 300000 });
console.log("loaded in", Date.now() - t);
const { profile } = await cdp.send("Profiler.stop");
const byId = new Map(profile.nodes.map((x) => [x.id, x]));
const parent = new Map();
for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
const incl = new Map(), self = new Map();
profile.samples.forEach((id, i) => {
  const d = (profile.timeDeltas[i] ?? 0) / 1000;
  const nm = byId.get(id).callFrame.functionName || "(anon)";
  self.set(nm, (self.get(nm) ?? 0) + d);
  const seen = new Set();
  for (let x = id; x !== undefined; x = parent.get(x)) {
    const name = byId.get(x).callFrame.functionName || "(anon)";
    if (seen.has(name)) continue;
    seen.add(name);
    incl.set(name, (incl.get(name) ?? 0) + d);
  }
});
console.log("SELF"); for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(v.toFixed(0).padStart(7), k.slice(0, 110));
console.log("INCL"); for (const [k, v] of [...incl].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(v.toFixed(0).padStart(7), k.slice(0, 110));
await browser.close(); server.kill();
