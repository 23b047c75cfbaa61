// Page object for the Dramatis widget: what a reader sees and does, by stable data-testids.
import { expect } from "@playwright/test";

export class Widget {
  /** @param {import('@playwright/test').Page} page */
  constructor(page, root = page) {
    this.page = page;
    this.root = root;
    this.map = root.getByTestId("actor-map");
    this.details = root.getByTestId("details");
    this.detailsTitle = root.getByTestId("details-title");
    this.cards = root.getByTestId("quote-card");
    this.cardCount = root.getByTestId("card-count");
    this.article = root.getByTestId("article");
    this.announcer = root.getByTestId("announcer");
    this.showEveryone = root.getByTestId("show-everyone");
  }

  /** Opens the widget page (optionally with a URL fragment) and waits for the map. */
  async open(path = "/") {
    this.errors = [];
    this.page.on("pageerror", (error) => this.errors.push(error.message));
    this.page.on("console", (message) => message.type() === "error" && this.errors.push(message.text()));
    await this.page.goto(path);
    await expect(this.root.getByTestId("actor").first()).toBeVisible();
  }

  actor(key) {
    return this.root.locator(`[data-testid="actor"][data-actor="${key}"]`);
  }

  edge(key) {
    return this.root.locator(`[data-testid="edge"][data-relation="${key}"]`);
  }

  card(key) {
    return this.root.locator(`[data-testid="quote-card"][data-quote="${key}"]`);
  }

  /** Whether the project runs on a touch screen. */
  isTouch() {
    return this.page.context()._options?.hasTouch ?? false;
  }

  /** Taps on touch screens, clicks elsewhere. */
  async press(locator, options) {
    if (this.isTouch()) await locator.tap(options);
    else await locator.click(options);
  }

  /**
   * A point on an edge's line, nearest its middle, well away from every actor (browsers snap a
   * tap to a nearby button), in viewport coordinates.
   */
  async edgePoint(key) {
    return this.edge(key)
      .locator(".dm-edge-hit")
      .evaluate((path) => {
        const total = path.getTotalLength();
        const group = path.closest("[data-relation]");
        const actors = [...document.querySelectorAll('[data-testid="actor"]')].map((g) => g.getBoundingClientRect());
        const margin = 16;
        const clear = (x, y) =>
          actors.every((r) => x < r.left - margin || x > r.right + margin || y < r.top - margin || y > r.bottom + margin);
        for (let k = 0; k <= 40; k++) {
          const t = 0.5 + (k % 2 ? 1 : -1) * Math.ceil(k / 2) * 0.02;
          const at = path.getPointAtLength(total * t);
          const point = new DOMPoint(at.x, at.y).matrixTransform(path.getScreenCTM());
          const inView = point.y > 0 && point.y < window.innerHeight;
          if (inView && clear(point.x, point.y) && group.contains(document.elementFromPoint(point.x, point.y))) {
            return { x: point.x, y: point.y };
          }
        }
        throw new Error("every point of the edge is covered");
      });
  }

  /** Taps or clicks the middle of an edge, as a reader would. */
  async pressEdge(key) {
    await this.edge(key).scrollIntoViewIfNeeded();
    const { x, y } = await this.edgePoint(key);
    if (this.isTouch()) await this.page.touchscreen.tap(x, y);
    else await this.page.mouse.click(x, y);
  }

  /** Keys of the actors that stand out: with a selection, those copied to the lit layer over
   * the dimmed drawing; without one, every actor. */
  async litActors() {
    return this.map.evaluate((map) => {
      const dimmed = map.querySelector(".dm-map-stage").classList.contains("dm-dimmed");
      const nodes = map.querySelectorAll(dimmed ? "[data-lit-actor]" : '[data-testid="actor"]');
      return [...nodes].map((n) => n.dataset.litActor ?? n.dataset.actor).sort();
    });
  }

  /** A relation's copy in the lit layer (present only while it stands out). */
  litEdge(key) {
    return this.root.locator(`[data-testid="map-lit"] [data-lit-relation="${key}"]`);
  }
}
