// The widget's module held back, so a test can measure the page before the module arrives,
// with every layout shift from the page's start recorded in `window.shifts`.

/**
 * Starts recording layout shifts and holds back `dramatis_bg.wasm` until the returned function
 * is called. Call before `page.goto`.
 * @param {import('@playwright/test').Page} page
 */
export async function holdModule(page) {
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => window.shifts.push(...list.getEntries().map((e) => e.value))).observe({ type: "layout-shift", buffered: true });
  });
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route("**/dramatis_bg.wasm", async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
