// Embedding: iframes that size themselves (pym.js and our own parent script), script mounts of
// several independent instances amid hostile CSS, other stories, strict CSP, sub-paths and
// other origins, fallbacks, failures, and mounting many times without leaks.
import { expect, test } from "@playwright/test";
import { Widget } from "../pages/widget.mjs";

/** Collects page errors, console errors and CSP violations from the start. */
async function watch(page) {
  const problems = [];
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("console", (message) => message.type() === "error" && problems.push(`console: ${message.text()}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return problems;
}

/** The height of the widget page's content inside a frame. */
async function contentHeight(frame) {
  return frame.evaluate(() => document.body.offsetHeight);
}

/** One widget mounted through the script API into #slot of the mount host page, drawn; the
 * page's uncaught errors are collected in `errors`. */
async function mountInSlot(page) {
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto("/hosts/mount.html");
  await expect(page.locator("body")).toHaveAttribute("data-ready", "true");
  await page.evaluate(() => window.dramatis.mount(document.getElementById("slot")));
  const slot = page.locator("#slot");
  const actor = slot.getByTestId("actor").first();
  await expect(actor).toBeVisible();
  return { slot, actor, errors };
}

test("a pym.js parent page sizes the iframe to the widget, and keeps it sized", async ({ page }) => {
  const problems = await watch(page);
  await page.goto("/hosts/pym.html");
  const iframe = page.locator("#dramatis-pym iframe");
  const frame = page.frameLocator("#dramatis-pym iframe");
  const widget = new Widget(page, frame);
  await expect(frame.getByTestId("actor").first()).toBeVisible();
  const child = page.frames().find((f) => f.url().includes("childId="));
  await expect.poll(async () => Math.abs((await iframe.evaluate((f) => f.offsetHeight)) - (await contentHeight(child)))).toBeLessThanOrEqual(2);
  // Selecting an actor (its details may fit beside the map on a desktop) and then showing
  // everything change the content's height; the frame follows each time.
  const before = await iframe.evaluate((f) => f.offsetHeight);
  await widget.press(widget.actor("zelensky"));
  await expect(widget.detailsTitle).toHaveText("Volodimir Zelensky");
  await expect.poll(async () => Math.abs((await iframe.evaluate((f) => f.offsetHeight)) - (await contentHeight(child)))).toBeLessThanOrEqual(2);
  await widget.press(widget.root.getByTestId("expand"));
  await expect.poll(async () => Math.abs((await iframe.evaluate((f) => f.offsetHeight)) - (await contentHeight(child)))).toBeLessThanOrEqual(2);
  expect(await iframe.evaluate((f) => f.offsetHeight)).toBeGreaterThan(before + 100);
  expect(problems).toEqual([]);
});

test("our own parent script sizes the iframe and ignores messages from anyone else", async ({ page }) => {
  const problems = await watch(page);
  await page.goto("/hosts/frame.html");
  const iframe = page.locator("iframe[data-dramatis-frame]");
  const frame = page.frameLocator("iframe[data-dramatis-frame]");
  await expect(frame.getByTestId("actor").first()).toBeVisible();
  const child = page.frames().find((f) => f.url().includes("childId="));
  await expect.poll(async () => Math.abs((await iframe.evaluate((f) => f.offsetHeight)) - (await contentHeight(child)))).toBeLessThanOrEqual(2);
  // The theme passed in the iframe's URL applies.
  await expect(frame.locator(".dramatis")).toHaveAttribute("data-theme", "dark");
  // A message forged by the host page itself (not from the frame) changes nothing.
  const height = await iframe.evaluate((f) => f.offsetHeight);
  await page.evaluate(() => window.postMessage("pymxPYMxstoryxPYMxheightxPYMx5", "*"));
  await page.waitForTimeout(200);
  expect(await iframe.evaluate((f) => f.offsetHeight)).toBe(height);
  expect(problems).toEqual([]);
});

test("two script-mounted widgets are independent and neither the page's CSS nor theirs leaks", async ({ page }) => {
  const problems = await watch(page);
  await page.goto("/hosts/two.html");
  const first = new Widget(page, page.locator("#first"));
  const second = new Widget(page, page.locator("#second"));
  await expect(first.root.getByTestId("actor").first()).toBeVisible();
  await expect(second.root.getByTestId("story-title")).toHaveText("Talks Stall in Freedonia");
  await expect(second.root.getByTestId("actor")).toHaveCount(3);

  await first.press(first.actor("turkey"));
  await expect(first.detailsTitle).toHaveText("Turkey");
  // The second is compact (the first asks for the full layout): no panel until it has a selection.
  await expect(first.details).toBeVisible();
  await expect(second.details).toHaveCount(0);
  await second.press(second.actor("lima"));
  await expect(second.detailsTitle).toHaveText("Ana Lima");
  await expect(first.detailsTitle).toHaveText("Turkey");
  // Two widgets on one page leave the URL alone.
  expect(new URL(page.url()).hash).toBe("");

  // The page's hostile rules (svg hidden, huge red titles, hotpink buttons) do not reach in.
  const inside = await page.locator("#first").evaluate((host) => {
    const root = host.shadowRoot;
    const style = (el) => getComputedStyle(el);
    return {
      svg: style(root.querySelector(".dm-map-svg")).display,
      titleSize: style(root.querySelector(".dm-title")).fontSize,
      button: style(root.querySelector(".dm-chip")).backgroundColor,
    };
  });
  expect(inside.svg).toBe("block");
  expect(inside.titleSize).toBe("22px");
  expect(inside.button).not.toBe("rgb(255, 105, 180)");
  // Nor do the widget's styles reach out.
  expect(await page.locator("#page-text").evaluate((p) => getComputedStyle(p).color)).toBe("rgb(102, 0, 34)");
  // Theming: the second widget is dark with the host's accent colour.
  const accent = await page.locator("#second").evaluate((host) => getComputedStyle(host.shadowRoot.querySelector(".dm-root")).getPropertyValue("--dm-accent").trim());
  expect(accent).toBe("#ff80ab");
  const background = await page.locator("#second").evaluate((host) => getComputedStyle(host.shadowRoot.querySelector(".dm-root")).backgroundColor);
  expect(background).toBe("rgb(22, 24, 29)");
  expect(problems).toEqual([]);
});

test("under a strict Content Security Policy both the built-in and another story run with no violation", async ({ page }) => {
  const problems = await watch(page);
  const response = await page.goto("/hosts/csp/index.html");
  expect(response.headers()["content-security-policy"]).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await expect(page.locator("#builtin").getByTestId("actor").first()).toBeVisible();
  await expect(page.locator("#other").getByTestId("story-title")).toHaveText("Talks Stall in Freedonia");
  const widget = new Widget(page, page.locator("#builtin"));
  await widget.press(widget.actor("kremlin"));
  await expect(widget.detailsTitle).toHaveText("Kremlin");
  expect(problems).toEqual([]);
});

test("served from a sub-path, the widget finds all its files", async ({ page }) => {
  const problems = await watch(page);
  const failed = [];
  page.on("response", (r) => r.status() >= 400 && failed.push(r.url()));
  await page.goto("/sub/dramatis/index.html#actor=orban");
  const widget = new Widget(page);
  await expect(widget.detailsTitle).toHaveText("Viktor Orban");
  expect(failed).toEqual([]);
  expect(problems).toEqual([]);
});

test("served from another origin, the widget mounts in the host page", async ({ page }) => {
  const problems = await watch(page);
  await page.goto("/hosts/cross-origin.html");
  const widget = new Widget(page, page.locator("[data-dramatis]"));
  await expect(widget.root.getByTestId("actor").first()).toBeVisible();
  await widget.press(widget.actor("putin"));
  await expect(widget.detailsTitle).toHaveText("Vladimir Putin");
  await expect(widget.details).toContainText("added context");
  expect(problems).toEqual([]);
});

test("stories that cannot be shown say what is wrong, and the page goes on", async ({ page }) => {
  await page.goto("/hosts/broken.html");
  const invalid = page.locator("#invalid").getByTestId("problems");
  await expect(invalid).toContainText("This story's data has 5 problems");
  await expect(invalid).toContainText("quotes[0].speaker");
  await expect(invalid).toContainText('unknown actor "lema"; did you mean "lima"?');
  await expect(page.locator("#missing").getByTestId("problems")).toContainText("the server answered 404");
  const notJson = page.locator("#not-json").getByTestId("problems");
  await expect(notJson).toContainText("not valid JSON");
  await expect(notJson).toContainText("line 1");
  // A javascript: address is never fetched: the built-in story shows instead.
  await expect(page.locator("#refused").getByTestId("actor").first()).toBeVisible();
  await expect(page.locator("#page-still-works")).toBeVisible();
});

test("a slow story shows a readable message at once, then the story", async ({ page }) => {
  await page.goto("/hosts/mount.html");
  await expect(page.locator("body")).toHaveAttribute("data-ready", "true");
  await page.evaluate(() => {
    const host = document.createElement("div");
    host.id = "slow";
    host.dataset.story = "/slow/2000/stories/minimal.json";
    document.body.append(host);
    window.dramatis.mount(host);
  });
  await expect(page.locator("#slow")).toContainText("Loading the story…", { timeout: 1000 });
  await expect(page.locator("#slow").getByTestId("story-title")).toHaveText("Talks Stall in Freedonia", { timeout: 10_000 });
});

test("with JavaScript disabled the page shows the story's title and a link", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  // The story itself, rendered ahead of time (see prerender.spec.mjs), and its data.
  await expect(page.getByTestId("story-title")).toHaveText("Negotiations Between Ukraine and Russia are Difficult");
  const link = page.getByTestId("data-link").getByRole("link");
  await expect(link).toHaveAttribute("href", "story.json");
  const data = await (await page.request.get("/story.json")).json();
  expect(data.format).toBe("dramatis/1");
  await context.close();
});

test("without WebAssembly the story rendered ahead of time stays and says the interactive version could not start", async ({ page }) => {
  await page.addInitScript(() => {
    delete window.WebAssembly;
  });
  await page.goto("/");
  await expect(page.getByTestId("story-title")).toHaveText("Negotiations Between Ukraine and Russia are Difficult");
  await expect(page.getByRole("alert")).toHaveText("The interactive version of this story could not start in this browser.");
});

// A real stop of the widget's module, as a panic is in the release build (a trap): the module
// runs out of memory. Every page its memory could still grow into is taken from the page, then
// the widget is asked to read a 16 MB attribute, which it cannot allocate.
async function exhaustMemory(page) {
  await page.evaluate(() => {
    const memory = window.dramatis.memory;
    for (let pages = 65536; pages >= 1; ) {
      try {
        memory.grow(pages);
      } catch {
        pages >>= 1;
      }
    }
    const host = document.createElement("div");
    host.id = "too-big";
    host.dataset.theme = "x".repeat(1 << 24);
    document.body.append(host);
  });
}

test("a stop inside the widget (it ran out of memory) leaves a message in its place and the host page working", async ({ page }) => {
  const { slot } = await mountInSlot(page);
  await exhaustMemory(page);
  const thrown = await page.evaluate(() => {
    try {
      window.dramatis.mount(document.getElementById("too-big"));
      return "nothing";
    } catch (error) {
      return `${error.name}: ${error.message}`;
    }
  });
  expect(thrown).toBe("RuntimeError: unreachable");
  await expect(slot).toContainText("Sorry, this interactive story stopped working.");
  await expect(slot).toHaveAttribute("data-dramatis-state", "crashed");
  // The page's own scripts still run.
  expect(await page.evaluate(() => 6 * 7)).toBe(42);
});

test("a stop in one of the widget's own tasks (a timer, not a call from the page) also leaves the message", async ({ page }) => {
  const { slot, errors } = await mountInSlot(page);
  await exhaustMemory(page);
  // The module's own export, not the loader's guarded API: the stop reaches the page only as
  // an uncaught error of a timer task.
  await page.evaluate(async () => {
    const module = await import("/dramatis.js");
    setTimeout(() => module.mount(document.getElementById("too-big")));
  });
  await expect(slot).toContainText("Sorry, this interactive story stopped working.");
  await expect(slot).toHaveAttribute("data-dramatis-state", "crashed");
  await expect(slot.getByRole("alert")).toHaveCount(1);
  expect(errors.join("\n")).toContain("unreachable");
  expect(await page.evaluate(() => 6 * 7)).toBe(42);
});

test("a stop of another WebAssembly module on the host page leaves the widget working", async ({ page }) => {
  const { slot, actor, errors } = await mountInSlot(page);
  // (module (func (export "f") unreachable)), run from a timer: an uncaught RuntimeError.
  await page.evaluate(() => {
    const bytes = [0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11];
    const other = new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array(bytes)));
    setTimeout(other.exports.f);
  });
  await expect.poll(() => errors.join("\n")).toContain("unreachable");
  await expect(slot).toHaveAttribute("data-dramatis-state", "mounted");
  await expect(slot).not.toContainText("stopped working");
  await actor.click();
  await expect(actor).toHaveAttribute("aria-pressed", "true");
});

test("mounting and unmounting many times returns the DOM to its baseline and memory levels off", async ({ page }) => {
  await page.goto("/hosts/mount.html");
  await expect(page.locator("body")).toHaveAttribute("data-ready", "true");
  const result = await page.evaluate(async () => {
    const count = () => {
      let n = document.getElementsByTagName("*").length;
      for (const el of document.querySelectorAll("*")) if (el.shadowRoot) n += el.shadowRoot.querySelectorAll("*").length;
      return n;
    };
    const settle = async () => {
      for (let i = 0; i < 3; i++) {
        window.gc?.();
        await new Promise((done) => setTimeout(done, 20));
      }
      return performance.memory.usedJSHeapSize;
    };
    const slot = document.getElementById("slot");
    const baseline = count();
    const cycle = async (times) => {
      for (let i = 0; i < times; i++) {
        const mounted = window.dramatis.mount(slot);
        await new Promise((done) => requestAnimationFrame(done));
        mounted.unmount();
        mounted.free();
      }
    };
    await cycle(20);
    const afterWarmup = await settle();
    const wasmAfterWarmup = window.dramatis.memory.buffer.byteLength;
    await cycle(100);
    const afterMore = await settle();
    const wasmAfterMore = window.dramatis.memory.buffer.byteLength;
    return { baseline, after: count(), afterWarmup, afterMore, hasGc: typeof window.gc === "function", wasmAfterWarmup, wasmAfterMore };
  });
  expect(result.after).toBe(result.baseline);
  expect(result.hasGc).toBe(true);
  // 100 more cycles may not grow the JavaScript heap by more than 1 MB, nor the
  // WebAssembly memory (which never shrinks) by more than one 64 KB page.
  expect(result.afterMore - result.afterWarmup).toBeLessThan(1_000_000);
  expect(result.wasmAfterMore - result.wasmAfterWarmup).toBeLessThanOrEqual(65_536);
});
