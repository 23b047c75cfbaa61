import { chromium } from "@playwright/test";
import { spawn } from "node:child_process";
const server = spawn(process.execPath, ["scripts/serve.mjs", "--port", "4190"], { stdio: "ignore" });
await new Promise(r => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const [w, h, scheme, path, action] = [Number(process.argv[2]), Number(process.argv[3]), process.argv[4] ?? "light", process.argv[5] ?? "/", process.argv[6]];
const page = await browser.newPage({ viewport: { width: w, height: h }, colorScheme: scheme });
const logs = [];
page.on("console", m => logs.push(m.type() + ": " + m.text()));
page.on("pageerror", e => logs.push("pageerror: " + e.message));
await page.goto("http://127.0.0.1:4190" + path);
await page.waitForTimeout(800);
if (action) { await page.locator(action).first().click(); await page.waitForTimeout(300); }
await page.screenshot({ path: `/tmp/shot-${w}.png`, fullPage: true });
console.log(logs.join("\n"));
await browser.close(); server.kill();
