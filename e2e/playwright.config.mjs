// End-to-end tests against the release build that readers get (dist/, from scripts/release.sh),
// served on 127.0.0.1, in Debian's Chromium, on a desktop and on a phone-sized touch viewport.
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./browser.mjs";

const PORT = 4173;

export default defineConfig({
  testDir: "./specs",
  outputDir: "./.results/artifacts",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  // CI is a shared 2-core machine and the 500-actor story takes seconds to load there:
  // generous waits, so that only a real failure fails.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "./.results/results.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: "off",
  },
  webServer: {
    command: `node scripts/serve.mjs --port ${PORT}`,
    cwd: "..",
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    stdout: "ignore",
  },
  projects: [
    {
      name: "desktop",
      // Specs under phone/ need a touch screen.
      testIgnore: /\/phone\//,
      use: { browserName: "chromium", viewport: { width: 1280, height: 800 } },
    },
    {
      name: "phone",
      // Specs under desktop/ set their own viewports; touch changes nothing they check.
      testIgnore: /\/desktop\//,
      use: {
        browserName: "chromium",
        viewport: { width: 360, height: 740 },
        deviceScaleFactor: 3,
        isMobile: true,
        hasTouch: true,
      },
    },
  ],
});
