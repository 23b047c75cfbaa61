// Faults: each ends in a readable message within 3 seconds, never a blank or endless spinner.
import { expect, test } from "@playwright/test";

const NOTE = "The interactive version of this story could not start in this browser.";

test("a missing wasm file leaves the story rendered ahead of time and a note", async ({ page }) => {
  await page.route("**/dramatis_bg.wasm", (route) => route.fulfill({ status: 404, body: "not found" }));
  await page.goto("/");
  await expect(page.getByRole("alert")).toHaveText(NOTE, { timeout: 3000 });
  // The story as rendered ahead of time stays readable.
  await expect(page.getByTestId("story-title")).toHaveText("Negotiations Between Ukraine and Russia are Difficult");
});

test("a corrupted wasm file leaves the story rendered ahead of time and a note", async ({ page }) => {
  await page.route("**/dramatis_bg.wasm", async (route) => {
    const response = await route.fetch();
    const body = Buffer.from(await response.body());
    body.fill(0x42, 8, 4096);
    await route.fulfill({ response, body });
  });
  await page.goto("/");
  await expect(page.getByRole("alert")).toHaveText(NOTE, { timeout: 3000 });
});

test("a missing JavaScript glue file leaves the story rendered ahead of time readable", async ({ page }) => {
  await page.route("**/dramatis.js", (route) => route.fulfill({ status: 404, body: "" }));
  await page.goto("/");
  await expect(page.getByTestId("story-title")).toHaveText("Negotiations Between Ukraine and Russia are Difficult");
  await expect(page.getByTestId("quote-card").first()).toBeVisible();
  await expect(page.getByTestId("data-link").getByRole("link")).toBeVisible();
});

test("a story that never answers shows a message within 3 seconds", async ({ page }) => {
  // The test server holds this answer back for a minute.
  await page.goto("/index.html?story=/slow/60000/stories/minimal.json");
  await expect(page.locator("[data-dramatis]")).toContainText("Loading the story…", { timeout: 3000 });
});

test("a 404 story says so within 3 seconds", async ({ page }) => {
  await page.goto("/index.html?story=/stories/nowhere.json");
  await expect(page.getByTestId("problems")).toContainText("the server answered 404", { timeout: 3000 });
});
