// Hostile data: datasets carrying markup, script URLs, invisible characters, megabyte strings,
// deep nesting, repeated keys and invalid UTF-8. Nothing may execute; text stays text; invalid
// data is reported clearly.
import { expect, test } from "@playwright/test";

const CASES = {
  "markup-everywhere": null,
  "javascript-url": 'story.url: "javascript:window.__pwned=1" is not an absolute http or https URL',
  "data-url": "story.url",
  "megabyte-string": "actors[2].name: too long: 1000000 characters, at most 200",
  "deep-nesting": "not valid JSON: recursion limit exceeded",
  "duplicate-keys": "actors[2].kind: this key appears twice in the same object",
  "bidi-override": "actors[2].name: contains the invisible control character U+202E",
  "invalid-utf8": "is not valid UTF-8",
};

for (const [name, expected] of Object.entries(CASES)) {
  test(`hostile dataset "${name}" executes nothing and ${expected ? "is reported" : "renders as text"}`, async ({ page }) => {
    const dialogs = [];
    page.on("dialog", async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const errors = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto("/hosts/mount.html");
    await expect(page.locator("body")).toHaveAttribute("data-ready", "true");
    await page.evaluate((story) => {
      const host = document.getElementById("slot");
      host.dataset.story = story;
      window.dramatis.mount(host);
    }, `/stories/hostile/${name}.json`);
    const slot = page.locator("#slot");
    if (expected) {
      await expect(slot.getByTestId("problems")).toContainText(expected, { timeout: 10_000 });
    } else {
      await expect(slot.getByTestId("story-title")).toHaveText("Talks <script>window.__pwned = 1</script> Stall");
      await expect(slot.locator('[data-testid="actor"]')).toHaveCount(3);
      // Select everything that shows data, so every panel renders it.
      for (const actor of ["government", "rebels", "lima"]) {
        await slot.locator(`[data-actor="${actor}"]`).click();
      }
      await slot.locator('[data-relation="r-talks"] .dm-edge-hit').dispatchEvent("click");
      await expect(slot.getByTestId("details-summary")).toHaveText('Talks <img src=x onerror="window.__pwned = 1">');
      await expect(slot.getByTestId("quote-card").first()).toContainText("“<script>window.__pwned = 1</script> difficult”");
      // The only elements inside the widget are its own: no script or img came from the data.
      const foreign = await page.evaluate(() => document.getElementById("slot").shadowRoot.querySelectorAll("script, img, iframe, object").length);
      expect(foreign).toBe(0);
      // Right-to-left and zero-width text survive untouched.
      expect(await slot.locator('[data-actor="lima"]').getAttribute("aria-label")).toContain("דובר المتحدث");
    }
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
  });
}
