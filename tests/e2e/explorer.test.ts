/**
 * The explorer in headless Chromium against the real app and the real demo data: open it from the profile, expand,
 * collapse, undo/redo, labels that never overlap, every filter, reload, search, back/forward. Screenshots (for people
 * to look at, nothing compares them) go to test-artifacts/explorer-*.png.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { launchBrowser, openPage, screenshot, type WatchedPage } from "../_helpers/browser.ts";

const FOCUS = "person:arxiv:Xia Song";
const NEIGHBOUR = "person:arxiv:Saurabh Tiwary";
/** A topic of the slice: thousands of papers, so expanding it always brings new nodes. */
const TOPIC = "topic:arxiv:cs.CL";

let app: RunningApp;
let browser: Browser;
let watched: WatchedPage;
let page: Page;

/** The explorer's graph as the page holds it. */
const graphState = () =>
  page.evaluate(() => {
    const ex = window.__rgeExplorer!;
    return {
      nodes: ex.model.graph.nodes().sort(),
      edges: ex.model.graph.size,
      busy: ex.model.busy(),
      selection: ex.model.getState().selection,
      expanded: [...ex.model.getDerived().expanded],
    };
  });

/** Keys Sigma currently draws hidden (the filters' effect, read back from the renderer). */
const hiddenNodes = () =>
  page.evaluate(() => {
    const { model, view } = window.__rgeExplorer!;
    return model.graph.nodes().filter((key) => view.renderer.getNodeDisplayData(key)?.visibility === "hidden");
  });

async function settled(): Promise<void> {
  await page.waitForFunction(() => {
    const ex = window.__rgeExplorer;
    return ex !== undefined && ex.model.graph.order > 0 && !ex.model.busy();
  });
}

/** Settled, and the layout that placed the new nodes has stopped (what a picture or a label check needs). */
async function laidOut(): Promise<void> {
  await settled();
  await page.waitForFunction(() => !window.__rgeExplorer!.layoutRunning(), null, { timeout: 60_000 });
  // Labels are picked on the animation frame after the last move: let two frames pass.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** The drawn labels' boxes (viewport pixels) and the pairs of them that overlap. */
const labelOverlaps = () =>
  page.evaluate(() => {
    const boxes = window.__rgeExplorer!.view.labelBoxes();
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i]!.box;
        const b = boxes[j]!.box;
        if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
          overlaps.push(`${boxes[i]!.key} × ${boxes[j]!.key}`);
      }
    }
    return { count: boxes.length, overlaps };
  });

/** Viewport position of a node, to click it with the real mouse. */
async function nodePoint(key: string): Promise<{ x: number; y: number }> {
  return page.evaluate((k) => {
    const r = window.__rgeExplorer!.view.renderer;
    const data = r.getNodeDisplayData(k)!;
    const p = r.framedGraphToViewport(data);
    const box = r.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, key);
}

async function setRange(name: string, value: number): Promise<void> {
  await page.$eval(
    `input[name="${name}"]`,
    (input, v) => {
      (input as HTMLInputElement).value = String(v);
      input.dispatchEvent(new Event("input", { bubbles: true }));
    },
    value,
  );
}

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  watched = await openPage(browser, `${app.baseUrl}/people/${encodeURIComponent("arxiv:Xia Song")}`);
  page = watched.page;
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe("explorer", () => {
  it("opens from the profile's Open full explorer button on the person's slice", async () => {
    const button = page.locator('a[data-action="open-explorer"]');
    await button.waitFor({ timeout: 15_000 });
    await button.click();
    await page.waitForURL(/\/explore\?/);
    await settled();
    const state = await graphState();
    expect(new URL(page.url()).searchParams.get("focus")).toBe(FOCUS);
    expect(state.nodes).toContain(FOCUS);
    expect(state.nodes).toContain(NEIGHBOUR);
    expect(state.nodes.length).toBeGreaterThan(10);
    await laidOut();
    await screenshot(page, "explorer-1-start");
  });

  it("double-click expands a node in place, collapse removes what it added, undo/redo replay it", async () => {
    const before = await graphState();
    const point = await nodePoint(TOPIC);
    await page.mouse.dblclick(point.x, point.y);
    await page.waitForFunction((n) => window.__rgeExplorer!.model.graph.order > n, before.nodes.length);
    await settled();
    const expanded = await graphState();
    expect(expanded.expanded).toContain(TOPIC);
    const added = expanded.nodes.filter((k) => !before.nodes.includes(k));
    expect(added.length).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.getAll("s")).toEqual([`e.${TOPIC}`]);
    // The layout moved nodes under the pointer that double-clicked: a hovered node would fade the rest and hide its
    // labels. Move the pointer off the canvas and await the hover state to clear before reading the labels.
    await page.mouse.move(1, 1);
    await page.waitForFunction(() => window.__rgeExplorer!.view.getState().hoveredNode === null);
    await laidOut();
    await screenshot(page, "explorer-2-expanded");

    // The same view code as the profile draws the labels: after the expansion none overlaps another.
    const labels = await labelOverlaps();
    expect(labels.count).toBeGreaterThan(5);
    expect(labels.overlaps).toEqual([]);

    await page.evaluate((k) => window.__rgeExplorer!.select(k), TOPIC);
    await page.locator('.ex-right button[data-action="collapse"]').click();
    await page.waitForFunction((n) => window.__rgeExplorer!.model.graph.order === n, before.nodes.length);
    expect((await graphState()).nodes).toEqual(before.nodes);

    await page.keyboard.press("Control+z");
    await page.waitForFunction((n) => window.__rgeExplorer!.model.graph.order === n, expanded.nodes.length);
    expect((await graphState()).nodes).toEqual(expanded.nodes);
    await page.locator('button[aria-label="Redo"]').click();
    await page.waitForFunction((n) => window.__rgeExplorer!.model.graph.order === n, before.nodes.length);
    await page.keyboard.press("Control+z");
    await page.waitForFunction((n) => window.__rgeExplorer!.model.graph.order === n, expanded.nodes.length);
  });

  it("each filter hides nodes through the reducers, and reset shows them again", async () => {
    expect(await hiddenNodes()).toEqual([]);
    await page.locator('input[name="kind"][value="paper"]').uncheck();
    const noPapers = await hiddenNodes();
    expect(noPapers.length).toBeGreaterThan(0);
    expect(noPapers.every((k) => k.startsWith("paper:"))).toBe(true);
    await page.locator('button[data-action="reset-filters"]').click();

    await setRange("yearFrom", 2023);
    const late = await hiddenNodes();
    expect(late.length).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.get("from")).toBe("2023");
    await page.locator('button[data-action="reset-filters"]').click();

    await setRange("minEdgeWeight", 3);
    await page.locator('input[name="hideIsolated"]').check();
    const strong = await hiddenNodes();
    expect(strong.length).toBeGreaterThan(0);
    expect(strong).not.toContain(FOCUS);
    await screenshot(page, "explorer-3-filtered");
    await page.locator('button[data-action="reset-filters"]').click();

    const topic = await page.$eval('select[name="topic"]', (s) => (s as HTMLSelectElement).options[1]!.value);
    await page.selectOption('select[name="topic"]', topic);
    const byTopic = await hiddenNodes();
    expect(byTopic.length).toBeGreaterThan(0);
    expect(byTopic).not.toContain(topic);
    await page.locator('button[data-action="reset-filters"]').click();
    expect(await hiddenNodes()).toEqual([]);
  });

  it("the sidebar keeps its width whatever the names in its selects", async () => {
    // A select is as wide as its longest option; at 1M works one long topic name pushed every filter past the edge.
    const widths = await page.evaluate(() => {
      const select = document.querySelector<HTMLSelectElement>('select[name="topic"]')!;
      const long = new Option("Statistical Symmetry Model Agricultural Dynamics of Adaptive Neural Transport", "long");
      select.add(long);
      const left = document.querySelector<HTMLElement>(".ex-left")!;
      const measured = { client: left.clientWidth, scroll: left.scrollWidth };
      long.remove();
      return measured;
    });
    expect(widths.scroll).toBe(widths.client);
  });

  it("colour by community updates the legend", async () => {
    await page.selectOption('select[name="colorBy"]', "community");
    await expect.poll(() => page.locator(".ex-legend li").first().textContent()).toContain("Community 1");
    await page.selectOption('select[name="sizeBy"]', "works");
    expect(new URL(page.url()).searchParams.get("color")).toBe("community");
    await screenshot(page, "explorer-4-communities");
  });

  it("a reload of the URL reproduces the same graph and encodings", async () => {
    const before = await graphState();
    await page.reload();
    await settled();
    const after = await graphState();
    expect(after.nodes).toEqual(before.nodes);
    expect(after.expanded).toEqual(before.expanded);
    expect(await page.$eval('select[name="colorBy"]', (s) => (s as HTMLSelectElement).value)).toBe("community");
  });

  it("search adds a node to the graph and moves the camera to it; back and forward walk the history", async () => {
    const before = await graphState();
    await page.locator(".ex-search__input").fill("Shelah");
    const option = page.locator('.ex-search__option[data-key="person:arxiv:S.Shelah"]');
    await option.waitFor();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => window.__rgeExplorer!.model.graph.hasNode("person:arxiv:S.Shelah"));
    await settled();
    const after = await graphState();
    expect(after.selection).toEqual(["person:arxiv:S.Shelah"]);
    expect(after.nodes.length).toBeGreaterThan(before.nodes.length + 1);
    await expect.poll(() => page.locator(".ex-right .ex-card__title").textContent()).toBe("S.Shelah");
    await laidOut();
    await screenshot(page, "explorer-5-search");

    await page.goBack();
    await page.waitForFunction(() => !window.__rgeExplorer!.model.graph.hasNode("person:arxiv:S.Shelah"));
    expect((await graphState()).nodes).toEqual(before.nodes);
    await page.goForward();
    await page.waitForFunction(() => window.__rgeExplorer!.model.graph.hasNode("person:arxiv:S.Shelah"));
    // Navigations (profile → explorer, reload) abort requests in flight; anything else is a real problem.
    expect(watched.problems.filter((p) => !p.includes("net::ERR_ABORTED"))).toEqual([]);
  });
});
