// axe-core scans of every state a reader reaches, at phone and desktop widths, light and dark.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { Widget } from "../pages/widget.mjs";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

const STATES = {
  initial: async () => {},
  "actor selected": async (widget) => widget.press(widget.actor("peskov")),
  "relation selected": async (widget) => widget.pressEdge("r-kyiv-rejects"),
  "quote in context": async (widget) => {
    await widget.press(widget.article.getByTestId("evidence-mark").filter({ hasText: "“dragging on”" }));
    await widget.press(widget.card("q-kremlin-dragging-on").getByTestId("in-context"));
  },
  "panels open": async (widget) => {
    await widget.press(widget.root.getByTestId("legend").locator("summary"));
    await widget.press(widget.root.getByTestId("relations-text").locator("summary"));
  },
};

for (const width of [320, 1280]) {
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
