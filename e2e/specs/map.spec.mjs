// The actor map, as readers use it: by touch, mouse and keyboard, on desktop and phone.
import { expect, test } from "@playwright/test";
import { Widget } from "../pages/widget.mjs";

test.describe("the actor map", () => {
  let widget;
  test.beforeEach(async ({ page }) => {
    widget = new Widget(page);
    await widget.open();
  });
  test.afterEach(() => expect(widget.errors).toEqual([]));

  test("selecting an actor shows who it is and highlights its relations", async () => {
    await widget.press(widget.actor("zelensky"));
    await expect(widget.detailsTitle).toHaveText("Volodimir Zelensky");
    await expect(widget.details.getByTestId("details-kind")).toHaveText("Person");
    await expect(widget.details.getByTestId("details-role")).toHaveText("Ukrainian President");
    await expect(widget.details.getByTestId("details-counts")).toHaveText("2 relations · 3 statements by · 0 about");
    await expect(widget.actor("zelensky")).toHaveAttribute("aria-pressed", "true");
    // Its relations' other ends, and Ukraine, for which he speaks.
    expect(await widget.litActors()).toEqual(["russia", "ukraine", "west", "zelensky"]);
    await expect(widget.litEdge("r-zelensky-west")).toHaveCount(1);
    await expect(widget.litEdge("r-war")).toHaveCount(0);
  });

  test("selecting an edge shows the relation and the article's sentences behind it", async () => {
    await widget.pressEdge("r-us-arms");
    await expect(widget.detailsTitle).toHaveText("Support");
    await expect(widget.details.getByTestId("details-summary")).toHaveText("The United States supplies arms to Ukraine");
    const sentences = widget.details.getByTestId("evidence-sentence");
    await expect(sentences).toHaveCount(1);
    await expect(sentences.first()).toContainText("arms supplies by, for example, the United States to Ukraine");
    await expect(widget.litEdge("r-us-arms")).toHaveClass(/dm-chosen/);
  });

  test("an edge with several pieces of evidence lists each with its sentence", async () => {
    await widget.pressEdge("r-accuses-west");
    await expect(widget.detailsTitle).toHaveText("Accusation");
    await expect(widget.details.getByTestId("evidence")).toHaveCount(2);
    await expect(widget.details.getByTestId("evidence").nth(1)).toContainText("Kremlin, reported:");
  });

  test("the selection clears with Escape, with 'Show everyone' and with a tap on empty space", async ({ page }) => {
    const hint = /Tap or click an actor/;
    await widget.press(widget.actor("turkey"));
    await expect(widget.detailsTitle).toHaveText("Turkey");
    await page.keyboard.press("Escape");
    await expect(widget.details).toHaveText(hint);

    await widget.press(widget.actor("turkey"));
    await widget.press(widget.showEveryone);
    await expect(widget.details).toHaveText(hint);
    await expect(widget.showEveryone).toBeDisabled();

    await widget.press(widget.actor("turkey"));
    const box = await widget.map.boundingBox();
    const empty = await page.evaluate(({ x, y, w, h }) => {
      // Find a spot on the map's background, away from every actor and edge: background for
      // 28 px around (a touch screen's tap adjustment snaps a tap to a target that near).
      const background = (px, py) => document.elementFromPoint(px, py)?.classList.contains("dm-map-bg");
      const clear = (px, py) => [-28, -14, 0, 14, 28].every((ox) => [-28, -14, 0, 14, 28].every((oy) => background(px + ox, py + oy)));
      for (let dy = 30; dy < h - 30; dy += 7) {
        for (let dx = 30; dx < w - 30; dx += 7) {
          if (clear(x + dx, y + dy)) return { x: x + dx, y: y + dy };
        }
      }
      return null;
    }, { x: box.x, y: box.y, w: box.width, h: Math.min(box.height, 700) });
    expect(empty).not.toBeNull();
    if (widget.isTouch()) await page.touchscreen.tap(empty.x, empty.y);
    else await page.mouse.click(empty.x, empty.y);
    await expect(widget.details).toHaveText(hint);
    expect(await widget.litActors()).toHaveLength(16);
  });

  test("keyboard: the map is one tab stop, arrows move between actors, Enter selects", async ({ page }) => {
    await expect(widget.map.locator('[data-testid="actor"][tabindex="0"]')).toHaveCount(1);
    // Tab from the start of the page until focus lands on an actor.
    let focused = null;
    for (let i = 0; i < 10 && !focused; i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.getAttribute("data-actor"));
    }
    expect(focused).toBeTruthy();
    // The focus ring is visible on the focused actor.
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement.querySelector(".dm-focus-ring")).visibility);
    expect(ring).toBe("visible");
    // One more Tab leaves the map: it is a single tab stop.
    const seen = new Set([focused]);
    for (const key of ["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp", "ArrowRight"]) {
      await page.keyboard.press(key);
      seen.add(await page.evaluate(() => document.activeElement?.getAttribute("data-actor")));
    }
    expect(seen.size).toBeGreaterThan(2);
    const current = await page.evaluate(() => document.activeElement.getAttribute("data-actor"));
    const name = await widget.actor(current).getAttribute("aria-label");
    await page.keyboard.press("Enter");
    await expect(widget.detailsTitle).toHaveText(name.split(",")[0].split(".")[0]);
    // Over the dimmed drawing, the lit layer repeats the focused actor's ring, in its place.
    const litRing = page.getByTestId("map-lit").locator(".dm-lit-ring");
    await expect(litRing).toHaveCSS("visibility", "visible");
    const ringOf = (key) => widget.actor(key).locator(".dm-focus-ring");
    for (const attribute of ["cx", "cy", "r"]) {
      expect(await litRing.getAttribute(attribute)).toBe(await ringOf(current).getAttribute(attribute));
    }
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-actor"))).toBeNull();
    await expect(litRing).toHaveCSS("visibility", "hidden");
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-actor"))).toBe(current);
    await expect(litRing).toHaveCSS("visibility", "visible");
    // An arrow key moves both rings to the next actor.
    await page.keyboard.press("ArrowRight");
    const next = await page.evaluate(() => document.activeElement.getAttribute("data-actor"));
    expect(next).not.toBe(current);
    await expect(litRing).toHaveCSS("visibility", "visible");
    await expect(litRing).toHaveAttribute("cx", await ringOf(next).getAttribute("cx"));
    await page.keyboard.press("Escape");
    await expect(widget.details).toHaveText(/Tap or click an actor/);
    // Focus by pointer shows no ring, in either layer.
    await widget.press(widget.actor("peskov"));
    await expect(widget.actor("peskov")).toHaveAttribute("aria-pressed", "true");
    await expect(ringOf("peskov")).toHaveCSS("visibility", "hidden");
    await expect(litRing).toHaveCSS("visibility", "hidden");
    // A key pressed then makes the focus visible, in both layers, without moving it.
    await page.keyboard.press("Enter");
    await expect(ringOf("peskov")).toHaveCSS("visibility", "visible");
    await expect(litRing).toHaveCSS("visibility", "visible");
    await expect(litRing).toHaveAttribute("cx", await ringOf("peskov").getAttribute("cx"));
  });

  test("every actor has an accessible name saying who it is and how it is connected", async () => {
    const labels = await widget.map.locator('[data-testid="actor"]').evaluateAll((nodes) =>
      nodes.map((n) => [n.getAttribute("role"), n.getAttribute("aria-label")]),
    );
    expect(labels).toHaveLength(16);
    for (const [role, label] of labels) {
      expect(role).toBe("button");
      expect(label).toMatch(/relation|No relations/);
    }
    expect(await widget.actor("peskov").getAttribute("aria-label")).toBe(
      "Dmitri Peskov, Kremlin spokesman, person, speaks for Kremlin. 1 relation: criticises United States. 2 statements by, 0 about.",
    );
  });

  test("the map as text lists every actor and every relation in sentences", async ({ page }) => {
    const text = page.getByTestId("relations-text");
    await widget.press(text.locator("summary"));
    await expect(text.getByTestId("text-actor")).toHaveCount(16);
    await expect(text.getByTestId("text-relation")).toHaveCount(16);
    await expect(text.getByTestId("text-relation").first()).toHaveText("Russia is in talks with Ukraine.");
    await widget.press(text.getByTestId("text-relation").first().locator("button"));
    await expect(widget.detailsTitle).toHaveText("Talks");
  });

  test("the legend explains every line style and mark in use", async ({ page }) => {
    const legend = page.getByTestId("legend");
    await widget.press(legend.locator("summary"));
    for (const label of ["Conflict", "Talks", "Mediation", "Support (arrow", "Rejection (arrow", "Speaks for", "State", "Person", "Collective actor"]) {
      await expect(legend).toContainText(label);
    }
  });

  test("labels never overlap each other or another actor's mark", async ({ page }) => {
    const overlaps = await page.evaluate(() => {
      const boxes = [...document.querySelectorAll('[data-testid="actor"]')].map((g) => ({
        key: g.dataset.actor,
        label: g.querySelector(".dm-label").getBoundingClientRect(),
        mark: g.querySelector(".dm-mark").getBoundingClientRect(),
      }));
      const hit = (a, b) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
      const found = [];
      for (const a of boxes) {
        for (const b of boxes) {
          if (a === b) continue;
          if (hit(a.label, b.label) && a.key < b.key) found.push(`${a.key} label / ${b.key} label`);
          if (hit(a.label, b.mark)) found.push(`${a.key} label / ${b.key} mark`);
          if (hit(a.mark, b.mark) && a.key < b.key) found.push(`${a.key} mark / ${b.key} mark`);
        }
      }
      return found;
    });
    expect(overlaps).toEqual([]);
  });

  test("every actor's touch target is at least 44 by 44 CSS pixels", async () => {
    const sizes = await widget.map.locator(".dm-hit").evaluateAll((hits) =>
      hits.map((h) => {
        const r = h.getBoundingClientRect();
        return Math.min(r.width, r.height);
      }),
    );
    expect(sizes).toHaveLength(16);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);
  });

  test("at 320 CSS pixels the map fits without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await expect(widget.actor("russia")).toBeVisible();
    await page.waitForFunction(() => document.querySelector(".dm-map-svg")?.getBoundingClientRect().width <= 320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const right = await widget.map.locator("svg.dm-map-svg").evaluate((svg) => svg.getBoundingClientRect().right);
    expect(right).toBeLessThanOrEqual(320);
  });

  test("a tap dims the rest of the map in the next frame, with no animation, whatever the motion preference", async ({ page }) => {
    for (const reducedMotion of ["no-preference", "reduce"]) {
      await page.emulateMedia({ reducedMotion });
      await page.keyboard.press("Escape");
      // Clicked and read back within one task and the frame after it: no fade in between.
      const seen = await widget.actor("zelensky").evaluate(async (node) => {
        const stage = node.closest(".dm-map-stage");
        node.dispatchEvent(new MouseEvent("click", { bubbles: true }));
        await new Promise((done) => requestAnimationFrame(() => done()));
        const lit = [...stage.querySelectorAll("[data-lit-relation]")].map((e) => e.dataset.litRelation);
        return {
          animations: stage.getAnimations({ subtree: true }).length,
          opacity: getComputedStyle(node.ownerSVGElement).opacity,
          war: lit.includes("r-war"),
          zelenskyWest: lit.includes("r-zelensky-west"),
        };
      });
      expect(seen).toEqual({ animations: 0, opacity: "0.28", war: false, zelenskyWest: true });
    }
  });
});

/** WCAG relative luminance contrast between two CSS colours. */
function contrast(a, b) {
  const lum = ([r, g, b]) => {
    const c = [r, g, b].map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

for (const scheme of ["light", "dark"]) {
  test(`every line colour and mark outline has 3:1 contrast with the background in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const widget = new Widget(page);
    await widget.open("/");
    const colours = await page.evaluate(() => {
      const rgb = (el, prop) => getComputedStyle(el)[prop].match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
      const bg = rgb(document.querySelector(".dm-root"), "backgroundColor");
      const lines = [...document.querySelectorAll('[data-testid="edge"] .dm-edge-line')].map((l) => [l.closest("[data-relation]").dataset.relation, rgb(l, "stroke")]);
      const marks = [...document.querySelectorAll('[data-testid="actor"] .dm-mark')].map((m) => [m.closest("[data-actor]").dataset.actor, rgb(m, "stroke")]);
      return { bg, lines, marks };
    });
    expect(colours.lines.length).toBeGreaterThan(15);
    for (const [what, colour] of [...colours.lines, ...colours.marks]) {
      expect(contrast(colour, colours.bg), `${what} in ${scheme}`).toBeGreaterThanOrEqual(3);
    }
    expect(widget.errors).toEqual([]);
  });
}
