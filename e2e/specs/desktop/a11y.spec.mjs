// axe-core scans of every state a reader reaches, at 320, 768 and 1280 px, light and dark.
// (Desktop project only: widths are set here, and touch changes nothing axe looks at.)
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { Widget } from "../../pages/widget.mjs";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const STATES = {
  initial: async () => {},
  "actor selected": async (widget) => widget.press(widget.actor("peskov")),
  "relation selected": async (widget) => widget.pressEdge("r-kyiv-rejects"),
  "quote in context": async (widget) => {
    await widget.press(widget.article.getByTestId("evidence-mark").filter({ hasText: "“dragging on”" }));
    await widget.press(widget.card("q-kremlin-dragging-on").getByTestId("in-context"));
  },
  "article view": async (widget) => {
    await widget.press(widget.card("q-cavusoglu-realistic").getByTestId("in-context"));
  },
  "filtered to reported speech": async (widget) => widget.press(widget.root.locator('[data-testid="filter-reported"]')),
  "panels open": async (widget) => {
    await widget.press(widget.root.getByTestId("legend").locator("summary"));
    await widget.press(widget.root.getByTestId("relations-text").locator("summary"));
  },
};

for (const width of [320, 768, 1280]) {
  for (const scheme of ["light", "dark"]) {
    test(`axe finds nothing at ${width}px in ${scheme} mode, in every state`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.emulateMedia({ colorScheme: scheme });
      const widget = new Widget(page);
      for (const [state, reach] of Object.entries(STATES)) {
        await widget.open("/");
        await reach(widget);
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const found = results.violations.map((v) => `${state}: ${v.id} (${v.nodes.length}): ${v.nodes[0].target.join(" ")} ${v.nodes[0].failureSummary}`);
        expect(found, `${state} at ${width}px, ${scheme}`).toEqual([]);
        expect(results.passes.length).toBeGreaterThan(10);
      }
      expect(widget.errors).toEqual([]);
    });
  }
}

for (const scheme of ["light", "dark"]) {
  test(`axe finds nothing in the error states, ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/hosts/broken.html");
    await expect(page.locator("#missing").getByTestId("problems")).toBeVisible();
    await expect(page.locator("#invalid").getByTestId("problems")).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes[0].target.join(" ")}`)).toEqual([]);
  });
}
