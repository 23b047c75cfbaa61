// The widget frame: it mounts with its title, map and statements, on desktop and phone.
import { expect, test } from "@playwright/test";

test("the built-in story mounts with its title, map and statements", async ({ page }) => {
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto("/");
  await expect(page.getByTestId("story-title")).toHaveText("Negotiations Between Ukraine and Russia are Difficult");
  await expect(page.getByTestId("map-area")).toBeVisible();
  await expect(page.getByTestId("card-area")).toBeVisible();
  await expect(page.getByTestId("fallback")).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("the page never scrolls sideways", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("dramatis-root")).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
