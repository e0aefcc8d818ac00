/**
 * "How are you connected?" in headless Chromium against the real app: on a profile, a person 7+ co-author hops away
 * (chosen with the raw-data oracle, tests/_helpers/path-oracle.ts) is picked by keyboard, the path is listed as
 * steps (one per hop, as many as the oracle's distance) and drawn in the profile's graph (the path's nodes in the
 * data graph, emphasised by the page layer, the rest faded); another alternative is picked; a pair in different
 * components says so. Screenshots: test-artifacts/paths-*.png.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { launchBrowser, openPage, screenshot, type WatchedPage } from "../_helpers/browser.ts";
import { explorerSettled } from "../_helpers/explorer-settled.ts";
import { readPaperscape } from "../_helpers/paperscape-oracle.ts";
import { componentOf, oracleGraph, type Adjacency } from "../_helpers/path-oracle.ts";
import { realProblems } from "./profile-graph.ts";

const FROM = "person:arxiv:S.Shelah";
/** Plain "A.Name" people: names the search finds first when typed in full. */
const INITIALS_NAME = /^person:arxiv:[A-Z]\.[A-Z][a-z]+$/;

let app: RunningApp;
let browser: Browser;
let coauthors: Adjacency;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  coauthors = oracleGraph(readPaperscape(), "coauthor");
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Co-author hops from FROM to every person of its component, by BFS over the raw CSV. */
function distancesFrom(start: string): Map<string, number> {
  const seen = new Map([[start, 0]]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of coauthors.get(node) ?? []) {
        if (seen.has(other)) continue;
        seen.set(other, seen.get(node)! + 1);
        next.push(other);
      }
    }
    frontier = next;
  }
  return seen;
}

/** Types `name` into the path picker and chooses the suggestion for `key` by keyboard. */
async function pick(page: Page, key: string): Promise<void> {
  const input = page.locator("[data-path-card] input[role=combobox]");
  await input.fill(key.slice("person:arxiv:".length));
  const options = page.locator("[data-path-card] [role=option]");
  await page.waitForSelector(`[data-path-card] [role=option][data-key="${key}"]`);
  const keys = await options.evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.key));
  for (let i = 0; i <= keys.indexOf(key); i += 1) await input.press("ArrowDown");
  await input.press("Enter");
}

describe("How are you connected? on a profile", () => {
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    watched = await openPage(browser, `${app.baseUrl}/people/${encodeURIComponent(FROM.slice("person:".length))}`);
    page = watched.page;
    await page.waitForSelector(".graph-box[data-layout=done]");
  });
  afterAll(async () => {
    await page.context().close();
  });

  it("lists and draws a path to someone 7+ hops away", async () => {
    const reach = distancesFrom(FROM);
    const [target, hops] = [...reach.entries()]
      .filter(([key, d]) => d >= 7 && d <= 9 && INITIALS_NAME.test(key))
      .sort(([a], [b]) => (a < b ? -1 : 1))[0]!;
    await pick(page, target);
    await page.locator("[data-path-card] [data-action=find-paths]").press("Enter");
    await page.waitForSelector("[data-path-output][data-state=found] [data-path-steps] li");
    await page.waitForSelector(".graph-box[data-path=drawn][data-layout=done]");
    const steps = page.locator("[data-path-steps] li");
    expect(await steps.count()).toBe(hops);
    expect(await page.locator("[data-path-message]").innerText()).toContain(`${hops} hops`);
    const first = await steps.first().innerText();
    expect(first).toMatch(/^S\.Shelah co-wrote .+ \(\d{4}\).* with /);
    expect(await steps.nth(1).innerText()).toMatch(/^who co-wrote /);
    const drawn = await page.evaluate((end) => {
      const { graph, view, renderer } = window.__rge!;
      const emphasis = view.layer().emphasis!;
      const outside = graph.filterNodes((key) => !emphasis.nodes.has(key))[0]!;
      return {
        inGraph: [...emphasis.nodes].every((key) => graph.hasNode(key)),
        nodes: emphasis.nodes.size,
        edges: [...emphasis.edges].filter((key) => graph.hasEdge(key)).length,
        hasEnd: emphasis.nodes.has(end),
        endHighlighted: renderer.getNodeDisplayData(end)?.highlighted === true,
        outsideFaded: renderer.getNodeDisplayData(outside)?.color === view.getState().theme.nodeFade,
      };
    }, target);
    expect(drawn).toEqual({
      inGraph: true,
      nodes: hops + 1,
      edges: hops,
      hasEnd: true,
      endHighlighted: true,
      outsideFaded: true,
    });
    await page.locator(".graph-box").evaluate((box) => box.scrollIntoView({ block: "center" }));
    await screenshot(page, "paths-profile-far");
    await page.locator("[data-path-card]").scrollIntoViewIfNeeded();
    await screenshot(page, "paths-profile-steps");
  });

  it("switches to another alternative by keyboard", async () => {
    const radios = page.locator("[data-path-index]");
    expect(await radios.count()).toBeGreaterThan(1);
    const before = await page.locator("[data-path-steps]").innerText();
    await radios.first().focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForSelector("[data-path-steps='1']");
    expect(await page.locator("[data-path-steps]").innerText()).not.toBe(before);
  });

  it("says when the two are in different components", async () => {
    const component = componentOf(coauthors, FROM);
    const outside = [...coauthors.keys()].filter((key) => !component.has(key) && INITIALS_NAME.test(key)).sort();
    await pick(page, outside[0]!);
    await page.locator("[data-path-card] [data-action=find-paths]").click();
    await page.waitForSelector("[data-path-output][data-state=none]");
    expect(await page.locator("[data-path-message]").innerText()).toMatch(/different components/);
    await screenshot(page, "paths-profile-none");
    expect(realProblems(watched.problems)).toEqual([]);
  });
});

describe("Find paths in the explorer", () => {
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    watched = await openPage(browser, `${app.baseUrl}/explore?focus=${encodeURIComponent(FROM)}`);
    page = watched.page;
    await explorerSettled(page);
  });
  afterAll(async () => {
    await page.context().close();
  });

  it("merges, highlights and lists a path between two selected nodes 7+ hops apart, undoably", async () => {
    const reach = distancesFrom(FROM);
    const [target, hops] = [...reach.entries()]
      .filter(([key, d]) => d >= 7 && d <= 9 && INITIALS_NAME.test(key))
      .sort(([a], [b]) => (a < b ? 1 : -1))[0]!;
    // The far node joins the graph from search (an "add" step), then both are selected as a person would (shift).
    await page.evaluate((key) => window.__rgeExplorer!.add(key), target);
    await explorerSettled(page);
    const before = await page.evaluate(() => window.__rgeExplorer!.model.graph.order);
    await page.evaluate(
      ([a, b]) => {
        window.__rgeExplorer!.select(a!);
        window.__rgeExplorer!.select(b!, true);
      },
      [FROM, target],
    );
    const find = page.locator("[data-path-section] [data-action=find-paths]");
    await find.focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector("[data-path-section] [data-path-output][data-state=found] [data-path-steps] li");
    await explorerSettled(page);
    expect(await page.locator("[data-path-section] [data-path-steps] li").count()).toBe(hops);
    const drawn = await page.evaluate(() => {
      const { model, view } = window.__rgeExplorer!;
      const emphasis = view.layer().emphasis!;
      return {
        nodes: emphasis.nodes.size,
        inGraph: [...emphasis.nodes].every((key) => model.graph.hasNode(key)),
        edges: [...emphasis.edges].filter((key) => model.graph.hasEdge(key)).length,
        steps: model.getState().steps.map((step) => step.type),
        url: window.location.search,
      };
    });
    expect(drawn).toMatchObject({ nodes: hops + 1, inGraph: true, edges: hops });
    expect(drawn.steps.at(-1)).toBe("path");
    expect(decodeURIComponent(drawn.url)).toContain(`s=p3.coauthor.${FROM}|${target}`);
    await screenshot(page, "paths-explorer");
    // Undo takes the path step back: its nodes leave (the two ends stay) and the emphasis ends.
    await page.locator(".ex-canvas").click({ position: { x: 5, y: 5 } });
    await page.keyboard.press("Control+z");
    await page.waitForFunction((n) => window.__rgeExplorer!.model.graph.order === n, before);
    expect(await page.evaluate(() => window.__rgeExplorer!.view.layer().emphasis)).toBeUndefined();
    expect(realProblems(watched.problems)).toEqual([]);
  });
});
