// Quote cards and the article view: who said what, in their words or reported, and where.
import { expect, test } from "@playwright/test";
import { Widget } from "../pages/widget.mjs";

test.describe("quote cards and the article", () => {
  let widget;
  test.beforeEach(async ({ page }) => {
    widget = new Widget(page);
    await widget.open();
  });
  test.afterEach(() => expect(widget.errors).toEqual([]));

  test("with nothing selected every statement is shown in the article's order", async () => {
    await expect(widget.cardCount).toHaveText("14 of 14 statements");
    await expect(widget.cards).toHaveCount(14);
    const keys = await widget.cards.evaluateAll((cards) => cards.map((c) => c.dataset.quote));
    expect(keys.slice(0, 3)).toEqual(["q-kremlin-long-way", "q-kremlin-dragging-on", "q-ukraine-talks-necessary"]);
    expect(keys.at(-1)).toBe("q-orban-rubles");
  });

  test("quotes are set as quotations and reported speech is labelled apart", async () => {
    const quoted = widget.card("q-cavusoglu-realistic");
    await expect(quoted.locator("blockquote")).toHaveText(
      "“We are still hopeful and cautiously optimistic. But, at the same time, we are realistic”",
    );
    await expect(quoted).toContainText("Quoted");
    const reported = widget.card("q-orban-rubles");
    await expect(reported.locator("blockquote")).toHaveCount(0);
    await expect(reported).toContainText("Reported speech, not a direct quote");
    await expect(reported.locator(".dm-reported")).toHaveText("He is willing to pay in rubles for Russian gas.");
    await expect(reported.locator(".dm-byline")).toHaveText("— Viktor Orban, Hungarian Prime Minister (speaks for Hungary)");
    await expect(widget.card("q-moscow-hysteria").locator(".dm-byline")).toHaveText("— Kremlin (speaks for Russia), as “Moscow”");
    await expect(widget.card("q-cavusoglu-hampered").locator(".dm-card-meta")).toHaveText("Make pessimistic comment · on Wednesday");
  });

  test("selecting an actor shows its statements first, then statements about it", async () => {
    await widget.press(widget.actor("zelensky"));
    await expect(widget.cardCount).toHaveText("3 of 14 statements");
    const speakers = await widget.cards.locator(".dm-byline").allTextContents();
    expect(speakers.every((s) => s.includes("Volodimir Zelensky"))).toBe(true);

    await widget.press(widget.actor("hungary"));
    await expect(widget.cardCount).toHaveText("1 of 14 statements");
    await expect(widget.cards.first()).toHaveAttribute("data-quote", "q-kyiv-cynical");
  });

  test("selecting a relation shows its evidence", async () => {
    await widget.pressEdge("r-turkey-russia");
    await expect(widget.cardCount).toHaveText("2 of 14 statements");
    const keys = await widget.cards.evaluateAll((cards) => cards.map((c) => c.dataset.quote));
    expect(keys).toEqual(["q-cavusoglu-hope", "q-cavusoglu-realistic"]);
  });

  test("the filter switches between all, quoted and reported", async () => {
    await widget.press(widget.root.locator('[data-testid="filter-quoted"]'));
    await expect(widget.cardCount).toHaveText("3 of 14 statements");
    expect(await widget.cards.evaluateAll((c) => c.map((x) => x.dataset.kind))).toEqual(["verbatim", "verbatim", "verbatim"]);
    await expect(widget.root.locator('[data-testid="filter-quoted"]')).toHaveAttribute("aria-pressed", "true");
    await widget.press(widget.root.locator('[data-testid="filter-reported"]'));
    await expect(widget.cardCount).toHaveText("11 of 14 statements");
    await widget.press(widget.root.locator('[data-testid="filter-all"]'));
    await expect(widget.cardCount).toHaveText("14 of 14 statements");
  });

  test("'In context' opens the article at the statement's sentence, highlighted", async ({ page }) => {
    await widget.press(widget.card("q-moscow-hysteria").getByTestId("in-context"));
    const highlighted = widget.article.locator(".dm-in-context");
    await expect(highlighted.first()).toBeInViewport();
    const text = (await highlighted.allTextContents()).join("");
    expect(text).toBe(
      "Moscow accuses the West of thwarting the negotiations by spreading “hysteria” about the war crimes allegedly committed by the Russians in the Kyiv region.",
    );
    // Focus moved with the reader, to the highlighted passage.
    expect(await page.evaluate(() => document.activeElement?.classList.contains("dm-in-context"))).toBe(true);
  });

  test("a mark in the article selects its card, and the card leads back to the text", async () => {
    const mark = widget.article.getByTestId("evidence-mark").filter({ hasText: "“dragging on”" });
    await widget.press(mark);
    await expect(widget.cardCount).toHaveText("1 of 14 statements");
    await expect(widget.card("q-kremlin-dragging-on")).toHaveClass(/dm-card-chosen/);
    await expect(mark).toHaveClass(/dm-evidence-selected/);
    await widget.press(widget.card("q-kremlin-dragging-on").getByTestId("in-context"));
    await expect(widget.article.locator(".dm-in-context").first()).toBeInViewport();
  });

  test("a mark for an event selects the relation it supports", async () => {
    const mark = widget.article.getByTestId("evidence-mark").filter({ hasText: "arms supplies by, for example, the United States to Ukraine" }).first();
    await widget.press(mark);
    await expect(widget.detailsTitle).toHaveText("Support");
  });

  test("screen readers hear selection changes politely", async () => {
    await expect(widget.announcer).toHaveAttribute("aria-live", "polite");
    await widget.press(widget.actor("zelensky"));
    await expect(widget.announcer).toHaveText("Selected Volodimir Zelensky. 3 statements shown.");
  });

  test("copy puts the quote with its attribution and source on the clipboard", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const card = widget.card("q-kremlin-long-way");
    await widget.press(card.getByTestId("copy"));
    await expect(card.getByTestId("copy")).toHaveText("Copied");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split("\n")).toEqual([
      "“still a long way to go”",
      "— Kremlin (speaks for Russia), in “Negotiations Between Ukraine and Russia are Difficult”",
    ]);
    await expect(widget.announcer).toHaveText("Copied.");
  });
});

test.describe("the selection in the URL", () => {
  test("is restored on load and survives a reload", async ({ page }) => {
    const widget = new Widget(page);
    await widget.open("/#actor=peskov");
    await expect(widget.detailsTitle).toHaveText("Dmitri Peskov");
    await page.reload();
    await expect(widget.detailsTitle).toHaveText("Dmitri Peskov");
    expect(widget.errors).toEqual([]);
  });

  test("Back and Forward step through selections", async ({ page }) => {
    const widget = new Widget(page);
    await widget.open("/");
    await widget.press(widget.actor("turkey"));
    await expect(page).toHaveURL(/#actor=turkey$/);
    await widget.press(widget.actor("hungary"));
    await expect(page).toHaveURL(/#actor=hungary$/);
    await widget.pressEdge("r-us-arms");
    await expect(page).toHaveURL(/#relation=r-us-arms$/);
    await page.goBack();
    await expect(widget.detailsTitle).toHaveText("Hungary");
    await page.goBack();
    await expect(widget.detailsTitle).toHaveText("Turkey");
    await page.goForward();
    await expect(widget.detailsTitle).toHaveText("Hungary");
    await page.keyboard.press("Escape");
    await expect(page).not.toHaveURL(/#/);
    expect(widget.errors).toEqual([]);
  });

  test("unknown ids leave the widget in its initial state", async ({ page }) => {
    for (const fragment of ["#actor=nobody", "#quote=", "#relation=%zz", "#<script>alert(1)</script>", "#actor"]) {
      const widget = new Widget(page);
      await widget.open(`/${fragment}`);
      await expect(widget.details).toHaveText(/Tap or click an actor/);
      await expect(widget.cardCount).toHaveText("14 of 14 statements");
      expect(widget.errors).toEqual([]);
    }
  });
});

test("share hands the statement, its attribution and a link to it to the Web Share API", async ({ page }) => {
  await page.addInitScript(() => {
    window.shared = [];
    navigator.share = (data) => {
      window.shared.push(data);
      return Promise.resolve();
    };
  });
  const widget = new Widget(page);
  await widget.open("/");
  await widget.press(widget.card("q-orban-rubles").getByTestId("share"));
  const shared = await page.evaluate(() => window.shared);
  expect(shared).toHaveLength(1);
  expect(shared[0].title).toBe("Negotiations Between Ukraine and Russia are Difficult");
  expect(shared[0].text).toContain("He is willing to pay in rubles for Russian gas. (reported, not a direct quote)");
  expect(new URL(shared[0].url).hash).toBe("#quote=q-orban-rubles");
  expect(widget.errors).toEqual([]);
});

test("at 320 px the cards are one column, nothing scrolls sideways, and every card control is 44 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  const widget = new Widget(page);
  await widget.open("/");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  const lefts = await widget.cards.evaluateAll((cards) => new Set(cards.map((c) => Math.round(c.getBoundingClientRect().left))).size);
  expect(lefts).toBe(1);
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('[data-testid="quote-cards"] button')]
      .map((b) => b.getBoundingClientRect())
      .filter((r) => r.width < 44 || r.height < 44).length,
  );
  expect(small).toBe(0);
  const fontSize = await widget.cards.first().evaluate((c) => parseFloat(getComputedStyle(c).fontSize));
  expect(fontSize).toBeGreaterThanOrEqual(16);
});
