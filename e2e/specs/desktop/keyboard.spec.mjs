// A scripted keyboard tour: every control reachable and operable, every actor reachable with
// the arrow keys, no trap, focus always visible and never hidden behind anything; and every
// target at least 24 by 24 CSS pixels (44 by 44 for the map's actors).
import { expect, test } from "@playwright/test";
import { Widget } from "../../pages/widget.mjs";

/** What has the focus: a description, whether a focus indicator shows, and whether it is covered. */
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const ring = el.querySelector?.(".dm-focus-ring");
    const visible = ring ? getComputedStyle(ring).visibility === "visible" : style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    // An inline link may wrap: its first line box is where it starts.
    const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
    const [x, y] = [r.left + r.width / 2, r.top + Math.min(r.height / 2, 10)];
    const top = document.elementFromPoint(x, y);
    const inView = y >= 0 && y <= window.innerHeight;
    return {
      what: el.dataset.testid ?? (el.tagName !== "A" && el.tagName !== "BUTTON" && el.tagName !== "SUMMARY" ? `<${el.tagName} ${el.className?.baseVal ?? el.className}>` : undefined) ?? el.textContent.trim().slice(0, 40),
      key: el.dataset.actor ?? null,
      visible,
      covered: inView && !(el === top || el.contains(top)),
    };
  });
}

test("tabbing visits every control with a visible, unhidden focus, and leaves the widget", async ({ page }) => {
  const widget = new Widget(page);
  await widget.open("/");
  // Open the collapsed panels so their controls join the tour.
  await page.getByTestId("relations-text").locator("summary").click();
  await page.getByTestId("legend").locator("summary").click();
  // Start the tour from the top: a click on the title moves the sequential focus start there.
  await page.getByTestId("story-title").click();
  const seen = [];
  for (let i = 0; i < 200; i++) {
    await page.keyboard.press("Tab");
    const now = await focused(page);
    if (!now) break;
    expect(now.visible, `focus indicator on ${now.what}`).toBe(true);
    expect(now.covered, `${now.what} is hidden behind something`).toBe(false);
    seen.push(now);
  }
  // The tour ended: focus left the page's last control instead of being trapped.
  expect(seen.length).toBeLessThan(200);
  const what = seen.map((s) => s.what);
  expect(what.filter((w) => w === "actor")).toHaveLength(1);
  expect(what.filter((w) => w === "in-context")).toHaveLength(14);
  expect(what.filter((w) => w === "copy")).toHaveLength(14);
  for (const filter of ["filter-all", "filter-quoted", "filter-reported"]) expect(what).toContain(filter);
  expect(what.filter((w) => w === "evidence-mark").length).toBeGreaterThan(14);
  // Every actor in the map as text, and every statement's speaker.
  expect(seen.filter((s) => s.what === "select-actor").length).toBeGreaterThanOrEqual(16 + 14);
});

test("arrow keys reach every actor, and Enter or Space selects it", async ({ page }) => {
  const widget = new Widget(page);
  await widget.open("/");
  await widget.actor("russia").focus();
  await page.keyboard.press("Home");
  const reached = [(await focused(page)).key];
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press("ArrowRight");
    const key = (await focused(page)).key;
    if (key === reached.at(-1)) break;
    reached.push(key);
  }
  expect(new Set(reached).size).toBe(16);
  await page.keyboard.press("End");
  expect((await focused(page)).key).toBe(reached.at(-1));
  await page.keyboard.press("ArrowLeft");
  expect((await focused(page)).key).toBe(reached.at(-2));
  await page.keyboard.press("ArrowUp");
  const moved = (await focused(page)).key;
  expect(moved).toBeTruthy();
  await widget.actor("nato").focus();
  await page.keyboard.press("Space");
  await expect(widget.detailsTitle).toHaveText("NATO");
});

test("every target is at least 24 by 24 px, and the map's actors 44 by 44", async ({ page }) => {
  for (const width of [320, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    const widget = new Widget(page);
    await widget.open("/");
    await page.getByTestId("relations-text").locator("summary").click();
    await page.getByTestId("legend").locator("summary").click();
    await widget.press(widget.actor("peskov"));
    const small = await page.evaluate(() =>
      [...document.querySelectorAll(".dm-root button, .dm-root summary, .dm-root a")]
        // Links inside a sentence of the article are exempt (WCAG 2.5.8, inline targets).
        .filter((el) => !el.closest(".dm-paragraph, .dm-article-title"))
        .map((el) => [el.textContent.trim().slice(0, 30), el.getBoundingClientRect()])
        .filter(([, r]) => r.width > 0 && (r.width < 24 || r.height < 24))
        .map(([text, r]) => `${text} ${r.width.toFixed(0)}x${r.height.toFixed(0)}`),
    );
    expect(small, `at ${width}px`).toEqual([]);
    const actors = await widget.map.locator(".dm-hit").evaluateAll((hits) => hits.map((h) => Math.min(h.getBoundingClientRect().width, h.getBoundingClientRect().height)));
    expect(Math.min(...actors)).toBeGreaterThanOrEqual(44);
  }
});
