// Gestures only a touch screen has.
import { expect, test } from "@playwright/test";
import { Widget } from "../../pages/widget.mjs";

test("a one-finger swipe over the map scrolls the page and selects nothing", async ({ page }) => {
  const widget = new Widget(page);
  await widget.open();
  const box = await widget.map.boundingBox();
  const cdp = await page.context().newCDPSession(page);
  const x = Math.round(box.x + box.width / 2);
  const start = Math.round(box.y + 450);
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: [{ x, y: start }] });
  for (let k = 1; k <= 10; k++) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: [{ x, y: start - 30 * k }] });
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(150);
  await expect(widget.details).toHaveText(/Tap or click an actor/);
  expect(widget.errors).toEqual([]);
});

test("two fingers pinch and pan a big map; the page itself neither zooms nor scrolls", async ({ page }) => {
  const widget = new Widget(page);
  await widget.open("/index.html?story=/bench/synth-500.json");
  const svg = widget.map.locator("svg.dm-map-svg");
  await expect(svg).toHaveClass(/dm-overview/);
  await svg.scrollIntoViewIfNeeded();
  const box = await svg.boundingBox();
  const viewBox = async () => (await svg.getAttribute("viewBox")).split(" ").map(Number);
  const page0 = await page.evaluate(() => [window.scrollY, window.visualViewport.scale]);
  const before = await viewBox();
  const cdp = await page.context().newCDPSession(page);
  const touch = (type, points) =>
    cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map(([x, y]) => ({ x: Math.round(x), y: Math.round(y) })) });
  const cx = box.x + box.width / 2;
  const cy = box.y + Math.min(box.height, 400) / 2;
  // Fingers spread from 40 to 200 px apart about the same midpoint.
  await touch("touchStart", [[cx - 20, cy], [cx + 20, cy]]);
  for (let k = 1; k <= 8; k++) await touch("touchMove", [[cx - 20 - 10 * k, cy], [cx + 20 + 10 * k, cy]]);
  await touch("touchEnd", []);
  const zoomed = await viewBox();
  expect(zoomed[2]).toBeLessThan(before[2] / 3);
  // The point between the fingers stayed between them: the view box's centre moved
  // towards it, and the drawing under it is the same.
  const under = (v) => v[0] + ((cx - box.x) / box.width) * v[2];
  expect(Math.abs(under(zoomed) - under(before))).toBeLessThan(before[2] * 0.02);
  // Two fingers moving together pan the drawing with them.
  await touch("touchStart", [[cx - 40, cy], [cx + 40, cy]]);
  for (let k = 1; k <= 6; k++) await touch("touchMove", [[cx - 40 + 15 * k, cy + 5 * k], [cx + 40 + 15 * k, cy + 5 * k]]);
  await touch("touchEnd", []);
  const panned = await viewBox();
  expect(panned[2]).toBeCloseTo(zoomed[2], 3);
  expect(panned[0]).toBeLessThan(zoomed[0]);
  expect(panned[1]).toBeLessThan(zoomed[1]);
  // A gesture the browser cancels leaves nothing behind: the next pinch starts afresh.
  await touch("touchStart", [[cx - 30, cy], [cx + 30, cy]]);
  await touch("touchMove", [[cx - 60, cy], [cx + 60, cy]]);
  await touch("touchCancel", []);
  const cancelled = await viewBox();
  await touch("touchStart", [[cx - 100, cy], [cx + 100, cy]]);
  expect(await viewBox()).toEqual(cancelled);
  await touch("touchMove", [[cx - 100, cy], [cx + 100, cy]]);
  expect(await viewBox()).toEqual(cancelled);
  await touch("touchEnd", []);
  // None of it scrolled or zoomed the page, and nothing was selected.
  expect(await page.evaluate(() => [window.scrollY, window.visualViewport.scale])).toEqual(page0);
  await expect(widget.details).toHaveText(/Tap or click an actor/);
  // Taps still work: back to the whole map, then select an actor.
  await widget.press(widget.root.locator('[data-testid="zoom-fit"]'));
  expect(await viewBox()).toEqual(before);
  await widget.press(widget.actor("a0"));
  await expect(widget.detailsTitle).not.toBeEmpty();
  expect(widget.errors).toEqual([]);
});
