// The widget inside a newsroom's article page (its own article text with links and <em>, a
// sticky masthead, Bootstrap): compact at first, "In context" in the host's own copy of the
// article, the rest one tap away; as a script mount, in an iframe sized by embed.js, and in
// one sized by pym.js.
import AxeBuilder from "@axe-core/playwright";
import { holdModule } from "../pages/held-module.mjs";
import { expect, test } from "@playwright/test";
import { Widget } from "../pages/widget.mjs";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** The most a first view may take: 1.5 screens on a phone, one on a desktop. */
function budget(page, isTouch) {
  const { height } = page.viewportSize();
  return isTouch ? 1.5 * height : height;
}

/** Page errors and console errors from the start. */
function watch(page) {
  const errors = [];
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => message.type() === "error" && errors.push(`console: ${message.text()}`));
  return errors;
}

/** The highlighted passage in the host page, where it is, and how far down the masthead reaches. */
async function highlighted(page) {
  return page.evaluate(() => {
    const highlight = globalThis.CSS?.highlights?.get("dramatis-context");
    const range = highlight ? [...highlight][0] : null;
    const marks = [...document.querySelectorAll("mark.dramatis-context")];
    const text = range ? range.toString() : marks.map((m) => m.textContent).join("");
    const rect = range ? range.getBoundingClientRect() : marks[0]?.getBoundingClientRect();
    return {
      text: text.replace(/\s+/g, " ").trim(),
      top: rect?.top ?? -1,
      bottom: rect?.bottom ?? -1,
      masthead: document.getElementById("masthead").getBoundingClientRect().bottom,
      viewport: innerHeight,
    };
  });
}

/** Brings `card`'s statement to the front of the row (next, next, …) and presses its "In context". */
async function inContext(widget, key) {
  const card = widget.card(key);
  for (let i = 0; i < 20 && !(await card.isVisible()) ; i++) await widget.press(widget.root.getByTestId("row-next"));
  for (let i = 0; i < 20; i++) {
    const box = await card.boundingBox();
    const row = await widget.root.locator(".dm-row").boundingBox();
    if (box && row && box.x >= row.x - 2 && box.x + box.width <= row.x + row.width + 2) break;
    await widget.press(widget.root.getByTestId("row-next"));
  }
  const button = card.getByTestId("in-context");
  // Clear of the sticky masthead.
  await button.evaluate((b) => b.scrollIntoView({ block: "center" }));
  await widget.press(button);
}

test.describe("a script mount in a newsroom's article", () => {
  let widget;
  let errors;
  test.beforeEach(async ({ page }) => {
    errors = watch(page);
    await page.goto("/hosts/newsroom.html");
    widget = new Widget(page, page.locator("[data-dramatis]"));
    await expect(widget.root.getByTestId("actor").first()).toBeVisible();
  });
  test.afterEach(() => expect(errors).toEqual([]));

  test("is compact at first and repeats none of the article the page shows", async ({ page }) => {
    const height = await widget.root.evaluate((host) => host.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(budget(page, widget.isTouch()));
    await expect(widget.root.getByTestId("card-row")).toBeVisible();
    await expect(widget.root.getByTestId("row-position")).toHaveText("1 of 14");
    await expect(widget.article).toHaveCount(0);
    const paragraphs = await page.locator("#story-body > p").allTextContents();
    const inside = (await widget.root.evaluate((host) => host.shadowRoot.textContent)).replace(/\s+/g, " ");
    for (const paragraph of paragraphs) {
      const start = paragraph.replace(/\s+/g, " ").trim().slice(0, 60);
      if (start.length > 20) expect(inside, start).not.toContain(start);
    }
    // Nothing changes its height on its own.
    await page.waitForTimeout(1500);
    expect(await widget.root.evaluate((host) => host.getBoundingClientRect().height)).toBeCloseTo(height, 0);
  });

  test("'In context' shows the sentence in the page's own article, below the masthead, highlighted; activating it selects its card", async ({ page }) => {
    await inContext(widget, "q-moscow-hysteria");
    await expect.poll(async () => (await highlighted(page)).text).toBe(
      "Moscow accuses the West of thwarting the negotiations by spreading “hysteria” about the war crimes allegedly committed by the Russians in the Kyiv region.",
    );
    const at = await highlighted(page);
    expect(at.top).toBeGreaterThanOrEqual(at.masthead);
    expect(at.bottom).toBeLessThanOrEqual(at.viewport);
    // Another statement's card is on show; a tap on the highlighted sentence brings this one back.
    await widget.press(widget.actor("zelensky"));
    await expect(widget.card("q-moscow-hysteria")).toHaveCount(0);
    // Where the highlighted words are in their paragraph; the paragraph is tapped there.
    const position = await page.evaluate(() => {
      const range = [...CSS.highlights.get("dramatis-context")][0];
      const paragraph = range.startContainer.parentElement.closest("p");
      paragraph.dataset.probe = "highlighted";
      const [r, p] = [range.getClientRects()[0], paragraph.getBoundingClientRect()];
      return { x: r.left - p.left + Math.min(r.width / 2, 40), y: r.top - p.top + r.height / 2 };
    });
    await widget.press(page.locator("[data-probe=highlighted]"), { position });
    await expect(widget.card("q-moscow-hysteria")).toHaveClass(/dm-card-chosen/);
    await expect(widget.root.getByTestId("row-position")).toHaveText("1 of 1");
  });

  test("a sentence the page has since edited is reported on its card, and nothing wrong is highlighted", async ({ page }) => {
    await page.evaluate(() => {
      const body = document.getElementById("story-body");
      for (const p of body.querySelectorAll("p")) {
        for (const node of p.childNodes) {
          if (node.nodeType === Node.TEXT_NODE && node.data.includes("thwarting")) node.data = node.data.replace("thwarting", "blocking");
        }
      }
    });
    await inContext(widget, "q-moscow-hysteria");
    const card = widget.card("q-moscow-hysteria");
    await expect(card.getByTestId("context-missing")).toContainText("not in the article on this page");
    await expect(card.getByTestId("context-missing")).toContainText("Moscow accuses the West of thwarting the negotiations");
    expect((await highlighted(page)).text).toBe("");
  });

  test("'Show everything' opens the full list, the key and the map as text, and 'Show less' returns to the compact height", async ({ page }) => {
    const compact = await widget.root.evaluate((host) => host.getBoundingClientRect().height);
    const expand = widget.root.getByTestId("expand");
    await expect(expand).toHaveAttribute("aria-expanded", "false");
    await widget.press(expand);
    await expect(expand).toHaveAttribute("aria-expanded", "true");
    await expect(widget.cardCount).toHaveText("14 of 14 statements");
    await expect(widget.root.getByTestId("legend")).toBeVisible();
    await expect(widget.root.getByTestId("relations-text")).toBeVisible();
    // The page shows the article: the widget does not, even expanded.
    await expect(widget.article).toHaveCount(0);
    expect(await widget.root.evaluate((host) => host.getBoundingClientRect().height)).toBeGreaterThan(compact + 100);
    await widget.press(expand);
    await expect(widget.root.getByTestId("card-row")).toBeVisible();
    expect(await widget.root.evaluate((host) => host.getBoundingClientRect().height)).toBeCloseTo(compact, 0);
  });

  test("axe finds nothing in the compact and the expanded states", async ({ page }) => {
    for (const state of ["compact", "expanded"]) {
      if (state === "expanded") await widget.press(widget.root.getByTestId("expand"));
      const results = await new AxeBuilder({ page }).include("[data-dramatis]").withTags(TAGS).analyze();
      expect(results.violations.map((v) => `${state}: ${v.id}: ${v.nodes[0].target.join(" ")} ${v.nodes[0].failureSummary}`)).toEqual([]);
    }
  });
});

/** The widget's iframe on an article page, and the widget inside it. */
async function framed(page, path, selector) {
  await page.goto(path);
  const iframe = page.locator(selector);
  const frame = page.frameLocator(selector);
  const widget = new Widget(page, frame.locator("body"));
  await expect(frame.getByTestId("actor").first()).toBeVisible();
  return { iframe, widget };
}

for (const [name, path, selector] of [
  ["embed.js", "/hosts/newsroom-frame.html", "iframe[data-dramatis-frame]"],
  ["pym.js", "/hosts/newsroom-pym.html", "#dramatis-pym iframe"],
]) {
  test(`an iframe sized by ${name} is compact at first, resizes on expand and collapse, and shows 'In context' in the page's article`, async ({ page }) => {
    const errors = watch(page);
    const { iframe, widget } = await framed(page, path, selector);
    const isTouch = widget.isTouch();
    const height = () => iframe.evaluate((f) => f.getBoundingClientRect().height);
    await expect.poll(height).toBeGreaterThan(300);
    const compact = await height();
    expect(compact).toBeLessThanOrEqual(budget(page, isTouch));
    await expect(widget.article).toHaveCount(0);
    await widget.press(widget.root.getByTestId("expand"));
    await expect.poll(height).toBeGreaterThan(compact + 100);
    await widget.press(widget.root.getByTestId("expand"));
    await expect.poll(height).toBeLessThan(compact + 3);
    await inContext(widget, "q-cavusoglu-realistic");
    await expect.poll(async () => (await highlighted(page)).text).toBe(
      "“We are still hopeful and cautiously optimistic. But, at the same time, we are realistic,” Cavusoglu said on the sidelines of a NATO meeting in Brussels.",
    );
    const at = await highlighted(page);
    expect(at.top).toBeGreaterThanOrEqual(at.masthead);
    expect(at.bottom).toBeLessThanOrEqual(at.viewport);
    expect(errors).toEqual([]);
  });
}

// Heights are a contract: the page (with web/host.css in its head) keeps the compact widget's
// exact height from its first paint, before the module has arrived, so nothing on it moves
// when the widget appears: no layout-shift entries at all (CLS 0).
// The iframes show embed.html, rendered ahead of time: the story is there before the module.
for (const [name, path, box, widget] of [
  ["a script mount", "/hosts/newsroom.html", "[data-dramatis]", (page) => page],
  ["an iframe sized by embed.js", "/hosts/newsroom-frame.html", "[data-dramatis-box]", (page) => page.frameLocator("iframe[data-dramatis-frame]")],
  ["an iframe sized by pym.js", "/hosts/newsroom-pym.html", "[data-dramatis-box]", (page) => page.frameLocator("#dramatis-pym iframe")],
]) {
  test(`${name}: the page keeps the widget's height from its first paint and nothing on it moves as the widget arrives`, async ({ page }) => {
    const errors = watch(page);
    // The module is held back until the reserved space has been measured.
    const release = await holdModule(page);
    await page.goto(path);
    const height = () => page.locator(box).evaluate((e) => e.getBoundingClientRect().height);
    const next = () => page.locator(`${box} ~ p`).first().evaluate((p) => p.getBoundingClientRect().top + scrollY);
    // The module has not run: no widget says it is mounted.
    await expect(widget(page).locator("[data-dramatis-state]")).toHaveCount(0);
    const reserved = await height();
    const below = await next();
    expect(reserved).toBeGreaterThan(600);
    expect(reserved).toBeLessThanOrEqual(budget(page, page.viewportSize().width < 500));
    release();
    await expect(widget(page).locator("[data-dramatis-state=mounted]")).toHaveCount(1);
    await expect(widget(page).getByTestId("actor").first()).toBeVisible();
    await page.waitForTimeout(1000);
    expect(await height()).toBeCloseTo(reserved, 0);
    expect(await next()).toBeCloseTo(below, 0);
    expect(await page.evaluate(() => window.shifts)).toEqual([]);
    expect(errors).toEqual([]);
  });
}
