// The pages rendered ahead of time (`dramatis-check render`, run by the release build for its
// own pages): the whole story is there without JavaScript, and when the module arrives it takes
// the page over without anything moving and without a warning.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { holdModule } from "../pages/held-module.mjs";

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"));
const PAGES = [
  ["the widget's own page", "/", read("data/story.json")],
  ["the compact embed's page", "/embed.html", read("data/story.json")],
  // Written by `dramatis-check render tests/stories/minimal.json --out target/site` (scripts/test.sh).
  ["a site written by dramatis-check render", "/site/", read("tests/stories/minimal.json")],
];

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const [name, path, data] of PAGES) {
    test(`${name}: every statement with its speaker and kind, the map's marks and its key`, async ({ page }) => {
      await page.goto(path);
      const root = page.getByTestId("dramatis-root");
      await expect(root.getByTestId("story-title")).toHaveText(data.story.title);
      const marks = root.getByTestId("actor");
      await expect(marks).toHaveCount(data.actors.length);
      for (const mark of await marks.all()) await expect(mark).toBeVisible();
      const cards = root.getByTestId("quote-card");
      const compact = path.includes("embed");
      if (!compact) {
        await expect(root.getByTestId("legend")).toBeVisible();
        await expect(root.getByTestId("text-actor")).toHaveCount(data.actors.length);
        await expect(root.getByTestId("evidence-mark").first()).toBeVisible();
      }
      // The compact embed shows a row of cards; the full page all of them.
      if (!compact) await expect(cards).toHaveCount(data.quotes.length);
      else expect(await cards.count()).toBeGreaterThan(0);
      for (const quote of data.quotes) {
        const card = root.locator(`[data-testid="quote-card"][data-quote="${quote.id}"]`);
        if (compact && (await card.count()) === 0) continue;
        const speaker = data.actors.find((a) => a.id === quote.speaker);
        await expect(card.locator(".dm-byline")).toContainText(speaker.name);
        await expect(card.locator(".dm-card-kind")).toHaveText(quote.kind === "verbatim" ? "Quoted" : "Reported speech, not a direct quote");
        await expect(card).toContainText(quote.text);
        // Controls that need the module keep their place but do not pretend to work.
        await expect(card.getByTestId("copy")).toBeHidden();
      }
    });
  }

  test("“In context” is a plain link to the statement's sentence in the article", async ({ page }) => {
    const data = read("data/story.json");
    await page.goto("/");
    const quote = data.quotes.at(-1);
    const link = page.locator(`[data-testid="quote-card"][data-quote="${quote.id}"]`).getByTestId("in-context");
    await expect(link).toBeVisible();
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^#dm-at-\d+$/);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    const target = page.locator(href);
    await expect(target).toBeInViewport();
    await expect(page.getByTestId("article-body")).toContainText(await target.textContent());
  });
});

// Widths and colour schemes a reader's screen has; the module is held back until the page as
// rendered ahead of time has been measured.
for (const width of [320, 360, 768, 1280]) {
  for (const colorScheme of ["light", "dark"]) {
    test(`at ${width} px, ${colorScheme}: the module takes the page over and nothing moves`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme });
      const messages = [];
      page.on("console", (m) => ["error", "warning"].includes(m.type()) && messages.push(`${m.type()}: ${m.text()}`));
      page.on("pageerror", (e) => messages.push(e.message));
      const release = await holdModule(page);
      await page.goto("/");
      const host = page.locator("[data-dramatis]");
      const boxes = () =>
        page.evaluate(() =>
          [".dm-header", ".dm-map", ".dm-legend", "[data-testid=quote-card]", ".dm-article", ".dm-text-view"].map((s) => {
            const r = document.querySelector(s).getBoundingClientRect();
            return [s, Math.round(r.x), Math.round(r.y + scrollY), Math.round(r.width), Math.round(r.height)];
          }),
        );
      // Before: the story is there, no control that needs the module is visible.
      await expect(page.getByTestId("actor").first()).toBeVisible();
      await expect(page.getByTestId("show-everyone")).toBeHidden();
      const before = await boxes();
      // Elements of the page as rendered, to find again once the module runs.
      await page.evaluate(() => {
        for (const s of ["[data-testid=dramatis-root]", "[data-testid=actor]", "[data-testid=quote-card]"]) document.querySelector(s).dmBefore = true;
      });
      release();
      await expect(host).toHaveAttribute("data-dramatis-state", "mounted");
      await expect(page.locator(".dm-live")).toHaveCount(1);
      await expect(page.getByTestId("show-everyone")).toBeVisible();
      await page.waitForTimeout(500);
      expect(await boxes()).toEqual(before);
      expect(await page.evaluate(() => window.shifts)).toEqual([]);
      // Taken over, not built again: the elements on the page before are the live ones.
      expect(
        await page.evaluate(() =>
          ["[data-testid=dramatis-root]", "[data-testid=actor]", "[data-testid=quote-card]"].map((s) => document.querySelector(s).dmBefore === true),
        ),
      ).toEqual([true, true, true]);
      // And it answers: a tap on an actor selects it.
      const actor = page.getByTestId("actor").first();
      await actor.click();
      await expect(actor).toHaveAttribute("aria-pressed", "true");
      expect(messages).toEqual([]);
    });
  }
}
