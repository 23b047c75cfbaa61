// Takes the README's screenshots of the release build: node scripts/screenshot.mjs
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/browser.mjs";
import { startServer } from "./local-server.mjs";

const server = await startServer(4192);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const [name, options, fragment] of [
    ["map-desktop", { viewport: { width: 1280, height: 860 } }, "#actor=turkey"],
    ["map-phone-dark", { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, colorScheme: "dark" }, "#relation=r-kyiv-rejects"],
  ]) {
    const page = await browser.newPage(options);
    await page.goto(`http://127.0.0.1:4192/${fragment}`);
    await page.getByTestId("actor").first().waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: `docs/${name}.png` });
    await page.close();
  }
  // The compact embed in a newsroom's article on a phone, with the host's own text around it.
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await page.goto("http://127.0.0.1:4192/hosts/newsroom.html");
  const host = page.locator("[data-dramatis]").first();
  await host.locator("[data-testid=actor]").first().waitFor();
  await host.scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await host.screenshot({ path: "docs/embed-phone.png" });
  await page.close();
} finally {
  await browser.close();
  server.kill();
}
