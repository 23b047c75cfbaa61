// Release smoke test: loads dist/ in headless Chromium and fails on any console error, page
// error or failed request, or if the widget did not mount. A wasm-opt that breaks the module
// at run time (as Debian's binaryen 108 does) passes the build but fails here.
import { readFileSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/browser.mjs";
import { groupOf } from "./bundle.mjs";
import { startServer } from "./local-server.mjs";

const port = 4179;
const server = await startServer(port);
const problems = [];
const fetched = new Set();
let browser;
try {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => problems.push(`request failed: ${request.url()}`));
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname.slice(1) || "index.html";
    if (request.url().startsWith("http")) fetched.add(path);
  });
  page.on("response", (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(`http://127.0.0.1:${port}/`);
  const root = page.getByTestId("dramatis-root");
  await root.waitFor({ timeout: 15_000 }).catch(() => problems.push("the widget did not mount within 15 s"));
  if (problems.length === 0) {
    const title = await page.getByTestId("story-title").textContent();
    if (!title?.includes("Negotiations Between Ukraine and Russia")) problems.push(`unexpected title: ${title}`);
    if ((await page.getByTestId("actor").count()) < 1) problems.push("the map shows no actors");
    // The size budget's "page" group must be exactly what the page downloads.
    for (const path of fetched) {
      if (groupOf(path) !== "page") problems.push(`the page fetched ${path}, which the size budget counts elsewhere`);
    }
    for (const path of ["index.html", "loader.js", "dramatis.js", "dramatis_bg.wasm", "dramatis.css"]) {
      if (!fetched.has(path)) problems.push(`the page never fetched ${path}`);
    }
    // The build drops wasm-streams' stream adapters, which nothing here calls (minify-glue.mjs).
    const unused = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync("dist/dramatis_bg.wasm")))
      .map((e) => e.name)
      .filter((name) => /intounderlying/i.test(name));
    if (unused.length > 0) problems.push(`the module still exports ${unused.join(", ")}`);
  }
} finally {
  await browser?.close();
  server.kill();
}
if (problems.length > 0) {
  console.error(`smoke test FAILED:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`smoke test passed: the release build mounts with no console error, fetching ${[...fetched].sort().join(", ")}`);
