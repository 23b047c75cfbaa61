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
