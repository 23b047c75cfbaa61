// The widget speaks the story's language: a German and an Arabic story (written for these
// tests) get the interface in their language, with `lang` and `dir` right, no English left,
// nothing cut off or scrolling sideways at 320 px, and axe finding nothing, light and dark.
// (Desktop project only: widths are set here.)
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { Widget } from "../../pages/widget.mjs";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** A catalogue's messages without placeables: id to text. */
function words(lang) {
  const source = readFileSync(new URL(`../../../crates/i18n/locales/${lang}.ftl`, import.meta.url), "utf8");
  const messages = new Map();
  for (const line of source.split("\n")) {
    const match = /^([a-z][a-z0-9-]*) = (.+)$/.exec(line);
    if (match && !match[2].includes("{")) messages.set(match[1], match[2].trim());
  }
  return messages;
}

const STORIES = {
  de: { path: "/index.html?story=/stories/de-streik.json", dir: "ltr", title: "Pflegekräfte am Stadtklinikum streiken weiter" },
  ar: { path: "/index.html?story=/stories/ar-mina.json", dir: "rtl", title: "عمال الميناء يواصلون الإضراب" },
};

/** The widget's visible text without the story's own words (title, quotes, article). */
async function interfaceText(page) {
  return page.locator("[data-dramatis]").evaluate((host) => {
    const root = host.querySelector(".dm-root");
    const clone = root.cloneNode(true);
    for (const el of clone.querySelectorAll("[lang]")) if (el.getAttribute("lang") !== root.getAttribute("lang")) el.remove();
    return clone.innerText;
  });
}

for (const [lang, story] of Object.entries(STORIES)) {
  test(`a story in ${lang} gets the interface in ${lang}, with lang and dir right and no English left`, async ({ page }) => {
    const widget = new Widget(page);
    await widget.open(story.path);
    await expect(widget.root.getByTestId("story-title")).toHaveText(story.title);
    const root = page.getByTestId("dramatis-root");
    await expect(root).toHaveAttribute("lang", lang);
    await expect(root).toHaveAttribute("dir", story.dir);
    await expect(widget.root.getByTestId("story-title")).toHaveAttribute("lang", lang);
    await expect(page.locator(".dm-quote").first()).toHaveAttribute("lang", lang);
    // Every state's words: open the panels, select an actor and a relation.
    await page.getByTestId("legend").locator("summary").click();
    await page.getByTestId("relations-text").locator("summary").click();
    const english = words("en");
    const theirs = words(lang);
    const leftOver = (text) =>
      [...english].filter(([id, en]) => en.length > 3 && theirs.get(id) !== en && text.includes(en)).map(([id, en]) => `${id}: ${en}`);
    expect(leftOver(await interfaceText(page))).toEqual([]);
    await widget.press(widget.actor(lang === "de" ? "brandt" : "haddad"));
    await expect(widget.detailsTitle).toBeVisible();
    expect(leftOver(await interfaceText(page))).toEqual([]);
    // The screen reader's words too.
    const labels = await page.locator("[data-testid=actor]").evaluateAll((nodes) => nodes.map((n) => n.getAttribute("aria-label")).join("\n"));
    for (const en of ["relation", "statements by", "speaks for", "is in conflict with"]) expect(labels).not.toContain(en);
    expect(widget.errors).toEqual([]);
  });

  for (const width of [320, 1280]) {
    for (const scheme of ["light", "dark"]) {
      test(`the ${lang} story at ${width}px in ${scheme} mode: axe finds nothing and nothing scrolls sideways`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        await page.emulateMedia({ colorScheme: scheme });
        const widget = new Widget(page);
        await widget.open(story.path);
        await page.getByTestId("legend").locator("summary").click();
        await page.getByTestId("relations-text").locator("summary").click();
        await widget.press(widget.actor(lang === "de" ? "lohmann" : "nasser"));
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes[0].target.join(" ")} ${v.nodes[0].failureSummary}`)).toEqual([]);
        const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        // No button or card is wider than what holds it (long German compounds wrap).
        const wider = await page.locator(".dm-button, .dm-chip, .dm-card, .dm-link").evaluateAll((els) =>
          els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent.trim().slice(0, 40)),
        );
        expect(wider).toEqual([]);
        expect(widget.errors).toEqual([]);
      });
    }
  }
}

test("data-lang sets the interface's language over the story's, and an unknown language falls back to English", async ({ page }) => {
  const widget = new Widget(page);
  await widget.open("/index.html?lang=de");
  await expect(page.getByTestId("dramatis-root")).toHaveAttribute("lang", "de");
  await expect(widget.root.getByTestId("story-title")).toHaveAttribute("lang", "en");
  const notes = [];
  page.on("console", (m) => m.type() === "info" && notes.push(m.text()));
  await widget.open("/index.html?lang=tlh");
  await expect(page.getByTestId("dramatis-root")).toHaveAttribute("lang", "en");
  await expect(widget.showEveryone).toHaveText("Show everyone");
  expect(notes.filter((n) => n.includes("tlh"))).toHaveLength(1);
});

test("right to left, the compact row runs from the right: next brings the following card into view, previous goes back", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const widget = new Widget(page);
  await widget.open("/index.html?story=/stories/ar-mina.json&layout=compact");
  const row = page.locator(".dm-row");
  // Numbers in the interface's sentences are isolated (U+2068 … U+2069).
  const position = async () => (await widget.root.getByTestId("row-position").textContent()).replace(/[\u2066-\u2069]/g, "");
  await expect.poll(position).toMatch(/^1 من \d+$/);
  // The card in view: the one wholly inside the row (a card is 92% of the row's width).
  const lead = async () => {
    const box = await row.boundingBox();
    const cards = await row.locator(".dm-card").evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => [r.left, r.right]));
    return cards.findIndex(([left, right]) => left >= box.x - 1 && right <= box.x + box.width + 1);
  };
  // It starts at the row's right edge.
  const first = await row.locator(".dm-card").first().boundingBox();
  const rowBox = await row.boundingBox();
  expect(rowBox.x + rowBox.width - (first.x + first.width)).toBeLessThan(24);
  expect(await lead()).toBe(0);
  await widget.press(widget.root.getByTestId("row-next"));
  await expect.poll(position).toMatch(/^2 من \d+$/);
  await expect.poll(lead).toBe(1);
  await widget.press(widget.root.getByTestId("row-previous"));
  await expect.poll(position).toMatch(/^1 من \d+$/);
  await expect.poll(lead).toBe(0);
  // The arrows point the way the row runs.
  const mirrored = await page.locator(".dm-step-icon").first().evaluate((el) => getComputedStyle(el).transform);
  expect(mirrored).toBe("matrix(-1, 0, 0, 1, 0, 0)");
  expect(widget.errors).toEqual([]);
});

// Every other interface language on a 320 px phone, compact and expanded: no control or card
// wider than what holds it (Dutch compounds, Ukrainian and Russian words), nothing sideways.
for (const lang of ["nl", "fr", "es", "uk", "ru"]) {
  test(`the interface in ${lang} at 320px fits, compact and expanded`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 800 });
    const widget = new Widget(page);
    await widget.open(`/index.html?story=/stories/de-streik.json&lang=${lang}&layout=compact`);
    await expect(page.getByTestId("dramatis-root")).toHaveAttribute("lang", lang);
    const check = async () => {
      const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      const wider = await page.locator(".dm-button, .dm-chip, .dm-card, .dm-link").evaluateAll((els) =>
        els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent.trim().slice(0, 40)),
      );
      expect(wider).toEqual([]);
    };
    await widget.press(widget.actor("lohmann"));
    await check();
    await widget.press(widget.root.getByTestId("expand"));
    await page.getByTestId("legend").locator("summary").click();
    await check();
    expect(widget.errors).toEqual([]);
  });
}
