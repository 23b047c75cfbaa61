// A big story: 500 actors, 5,000 events and 5,000 statements (written by scripts/test.sh with
// the synthetic story generator). The map offers an overview with zoom and pan and shows only
// the most prominent labels when zoomed out; the cards render only what is in view.
import { expect, test } from "@playwright/test";
import { Widget } from "../../pages/widget.mjs";

test.describe("a story of 500 actors and 5,000 statements", () => {
  let widget;
  test.beforeEach(async ({ page }) => {
    widget = new Widget(page);
    await widget.open("/index.html?story=/bench/synth-500.json");
  });
  test.afterEach(() => expect(widget.errors).toEqual([]));

  test("the map is an overview with zoom and pan, labels by priority", async ({ page }) => {
    await expect(widget.root.getByTestId("actor")).toHaveCount(500);
    const zoom = widget.root.getByTestId("zoom");
    await expect(zoom).toBeVisible();
    const svg = widget.map.locator("svg.dm-map-svg");
    await expect(svg).toHaveClass(/dm-zoomed-out/);
    const visibleLabels = () =>
      page.evaluate(() => [...document.querySelectorAll(".dm-label")].filter((l) => getComputedStyle(l).display !== "none").length);
    expect(await visibleLabels()).toBe(40);
    const before = await svg.getAttribute("viewBox");
    // The map's box has a set height, so the whole drawing starts small: a reader zooms in
    // (each step 1.5x) until the labels can be read, within 8 steps.
    for (let i = 0; i < 8 && /dm-zoomed-out/.test(await svg.getAttribute("class")); i++) {
      await zoom.locator('[data-testid="zoom-in"]').click();
    }
    const zoomed = await svg.getAttribute("viewBox");
    expect(Number(zoomed.split(" ")[2])).toBeLessThan(Number(before.split(" ")[2]) / 3);
    await expect(svg).not.toHaveClass(/dm-zoomed-out/);
    expect(await visibleLabels()).toBe(500);
    await zoom.locator('[data-testid="zoom-right"]').click();
    expect(Number((await svg.getAttribute("viewBox")).split(" ")[0])).toBeGreaterThan(Number(zoomed.split(" ")[0]));
    // Dragging with the mouse pans too.
    const box = await svg.boundingBox();
    const dragFrom = (await svg.getAttribute("viewBox")).split(" ").map(Number);
    await page.mouse.move(box.x + 200, box.y + 200);
    await page.mouse.down();
    await page.mouse.move(box.x + 300, box.y + 260, { steps: 5 });
    await page.mouse.up();
    const dragTo = (await svg.getAttribute("viewBox")).split(" ").map(Number);
    expect(dragTo[0]).toBeLessThan(dragFrom[0]);
    await zoom.locator('[data-testid="zoom-fit"]').click();
    expect(await svg.getAttribute("viewBox")).toBe(before);
  });

  test("a selected actor's lit copy sits exactly over it, zoomed and panned, with its label", async ({ page }) => {
    const zoom = widget.root.getByTestId("zoom");
    // A minor actor: zoomed out, the drawing hides its label; its lit copy shows it.
    const key = await widget.root.locator('[data-testid="actor"][data-minor]').first().getAttribute("data-actor");
    await widget.actor(key).dispatchEvent("click");
    await expect(widget.actor(key)).toHaveAttribute("aria-pressed", "true");
    const boxes = () =>
      page.evaluate((k) => {
        const box = (selector) => {
          const r = document.querySelector(selector).getBoundingClientRect();
          return [r.x, r.y, r.width, r.height].map((v) => Math.round(v));
        };
        return { drawn: box(`[data-actor="${k}"] .dm-mark`), lit: box(`[data-lit-actor="${k}"] .dm-mark`) };
      }, key);
    let seen = await boxes();
    expect(seen.lit).toEqual(seen.drawn);
    const label = widget.root.locator(`[data-lit-actor="${key}"] .dm-label`);
    await expect(widget.map.locator("svg.dm-map-svg")).toHaveClass(/dm-zoomed-out/);
    expect(await label.evaluate((l) => getComputedStyle(l).display)).not.toBe("none");
    for (let i = 0; i < 3; i++) await zoom.locator('[data-testid="zoom-in"]').click();
    await zoom.locator('[data-testid="zoom-left"]').click();
    seen = await boxes();
    expect(seen.drawn[2]).toBeGreaterThan(20);
    expect(seen.lit).toEqual(seen.drawn);
  });

  test("keyboard focus brings an actor outside the view into it", async ({ page }) => {
    const zoom = widget.root.getByTestId("zoom");
    for (let i = 0; i < 5; i++) await zoom.locator('[data-testid="zoom-in"]').click();
    await widget.actor("a0").focus();
    await page.keyboard.press("End");
    const inside = await page.evaluate(() => {
      const el = document.activeElement.querySelector(".dm-mark").getBoundingClientRect();
      const svg = document.querySelector(".dm-map-svg").getBoundingClientRect();
      return el.left >= svg.left && el.right <= svg.right && el.top >= svg.top && el.bottom <= svg.bottom;
    });
    expect(inside).toBe(true);
  });

  test("thousands of cards cost a few hundred DOM nodes, and scrolling shows the rest", async ({ page }) => {
    await expect(widget.cardCount).toHaveText("5000 of 5000 statements");
    const nodes = () => page.evaluate(() => document.querySelector('[data-testid="card-list"]').getElementsByTagName("*").length);
    expect(await nodes()).toBeLessThan(1500);
    const list = widget.root.getByTestId("card-list");
    const firstKey = await widget.cards.first().getAttribute("data-quote");
    await list.evaluate((l) => (l.scrollTop = 236 * 2500));
    await expect(widget.cards.first()).not.toHaveAttribute("data-quote", firstKey);
    expect(await nodes()).toBeLessThan(1500);
    // The scroll height still stands for every card.
    expect(await list.evaluate((l) => l.scrollHeight)).toBeGreaterThan(236 * 4990);
    await widget.press(widget.actor("a7"));
    await expect(widget.cardCount).not.toHaveText("5000 of 5000 statements");
    const shown = Number((await widget.cardCount.textContent()).split(" ")[0]);
    expect(shown).toBeGreaterThanOrEqual(10);
    await expect(widget.cards).toHaveCount(shown);
  });
});
