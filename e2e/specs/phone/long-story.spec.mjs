// A long story on a phone: what lies below its article (thousands of marked passages) stays
// steady under a tap, after scrolling past the whole article and back.
import { expect, test } from "@playwright/test";
import { Widget } from "../../pages/widget.mjs";

test("on a long story, the map as text below the article selects what is tapped", async ({ page }) => {
  const widget = new Widget(page);
  await widget.open("/index.html?story=/bench/synth-500.json");
  const text = page.getByTestId("relations-text");
  await widget.press(text.locator("summary"));
  await expect(text.getByTestId("text-actor")).toHaveCount(500);
  // Far down the list, after scrolling past the whole article, and back up again.
  for (const at of [450, 20, 499]) {
    const item = text.getByTestId("text-actor").nth(at).locator("button");
    const name = (await item.textContent()).split(",")[0];
    await widget.press(item);
    await expect(widget.detailsTitle).toHaveText(name);
  }
  const item = text.getByTestId("text-relation").nth(900);
  const fragment = `relation=${await item.getAttribute("data-key")}`;
  const relation = item.locator("button");
  await widget.press(relation);
  await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe(`#${fragment}`);
  expect(widget.errors).toEqual([]);
});
