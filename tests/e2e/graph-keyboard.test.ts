/**
 * The graph by keyboard only, against the real app and data: Tab from the top of a profile reaches the trust
 * snapshot before the graph and the graph before the works; in the graph the focus ring shows (pixels of its
 * colour in a real screenshot), arrows walk three neighbours (each to the screen side the arrow names), the live
 * region reads each one, Enter opens its card, Escape then Tab leaves. In the explorer, E expands the focused node.
 * Screenshots: test-artifacts/keyboard-*.png.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { launchBrowser, openPage, screenshot } from "../_helpers/browser.ts";
import { LIGHT_GRAPH_THEME } from "../../client/graph/theme.ts";
import { colorPixelCounts, graphReady } from "./profile-graph.ts";

const HUB = "arxiv:S.Shelah";
const HUB_KEY = `person:${HUB}`;

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  ({ page } = await openPage(browser, `${app.baseUrl}/people/${encodeURIComponent(HUB)}`));
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Which region the focused element is in: trust, graph (the canvas), works, or null. */
const focusedRegion = () =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (!active) return null;
    if (active.matches("[aria-roledescription=graph]")) return "graph";
    if (active.closest(".trust")) return "trust";
    if (active.closest(".works")) return "works";
    return null;
  });

const announcement = () => page.locator("[data-graph-announcer]").first().innerText();
const focusedNode = () => page.evaluate(() => window.__rge!.view.keyboard.focused());
/** A node's drawn position in the canvas (viewport pixels), read from the renderer. */
const screenOf = (key: string) =>
  page.evaluate((k) => {
    const r = window.__rge!.renderer;
    return r.framedGraphToViewport(r.getNodeDisplayData(k)!);
  }, key);

describe("a profile's graph by keyboard only", () => {
  it("Tab reaches the trust snapshot, then the graph, then the works (the seed page's reading order)", async () => {
    await graphReady(page);
    const order: string[] = [];
    for (let i = 0; i < 80 && !order.includes("works"); i += 1) {
      await page.keyboard.press("Tab");
      const region = await focusedRegion();
      if (region && order[order.length - 1] !== region) order.push(region);
      // Inside the graph Tab walks neighbours: Escape hands Tab back to the page.
      if (region === "graph") await page.keyboard.press("Escape");
    }
    expect(order).toEqual(["trust", "graph", "works"]);
  });

  it("entering the graph focuses the researcher, draws the ring and reads the node", async () => {
    await page.locator("[aria-roledescription=graph]").focus();
    // Whatever focus() started, Escape leaves the walk and an arrow key enters it again at the slice's focus.
    await page.keyboard.press("Escape");
    await page.keyboard.press("ArrowDown");
    expect(await focusedNode()).toBe(HUB_KEY);
    const api = await page.evaluate(async (id) => {
      const person = (await (await fetch(`/api/people/${encodeURIComponent(id)}`)).json()) as {
        name: string;
        counts: { works: number; coauthors: number };
      };
      return person;
    }, HUB);
    const degree = await page.evaluate((k) => window.__rge!.graph.degree(k), HUB_KEY);
    expect(await announcement()).toBe(
      `${api.name}, researcher, ${api.counts.works} works, ${api.counts.coauthors} co-authors; ${degree} neighbours shown`,
    );
    const ring = LIGHT_GRAPH_THEME.ring;
    await expect.poll(async () => (await colorPixelCounts(page, ".graph-box", { ring })).ring).toBeGreaterThan(40);
    await screenshot(page, "keyboard-1-ring");
  });

  it("arrows move across three nodes, each on the side the arrow names, and the live region reads each", async () => {
    // Start from the researcher: Escape, then an arrow enters again at the focus node.
    await page.keyboard.press("Escape");
    await page.keyboard.press("ArrowDown");
    expect(await focusedNode()).toBe(HUB_KEY);
    const visited = [HUB_KEY];
    for (const key of ["ArrowRight", "ArrowDown", "ArrowLeft", "ArrowUp", "ArrowRight"]) {
      if (visited.length === 4) break;
      const from = visited[visited.length - 1]!;
      const before = await screenOf(from);
      await page.keyboard.press(key);
      const now = await focusedNode();
      if (now === null || now === from) continue; // nothing that way: try the next arrow
      const after = await screenOf(now);
      if (key === "ArrowRight") expect(after.x).toBeGreaterThan(before.x);
      if (key === "ArrowLeft") expect(after.x).toBeLessThan(before.x);
      if (key === "ArrowDown") expect(after.y).toBeGreaterThan(before.y);
      if (key === "ArrowUp") expect(after.y).toBeLessThan(before.y);
      const label = await page.evaluate((k) => window.__rge!.graph.getNodeAttribute(k, "label"), now);
      expect(await announcement()).toContain(`${label}, `);
      expect(await announcement()).toMatch(/; \d+ neighbours? shown$/);
      visited.push(now);
    }
    expect(visited.length).toBe(4);
    expect(new Set(visited.slice(1)).size).toBeGreaterThanOrEqual(2);
    expect(visited.slice(1).some((key) => key !== HUB_KEY)).toBe(true);
    await screenshot(page, "keyboard-2-walked");
  });

  it("Tab cycles the node's neighbours, Enter opens the card, Escape then Tab leaves the graph", async () => {
    const centre = (await focusedNode())!;
    const neighbours = await page.evaluate((k) => window.__rge!.graph.neighbors(k), centre);
    await page.keyboard.press("Tab");
    const first = await focusedNode();
    expect(neighbours).toContain(first);
    await page.keyboard.press("Enter");
    await page.locator(`.graph-card-slot .node-card[data-node="${first}"]`).waitFor();
    await page.locator("[aria-roledescription=graph]").focus();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Escape");
    expect(await focusedNode()).toBeNull();
    await page.keyboard.press("Tab");
    expect(await focusedRegion()).not.toBe("graph");
  });
});

describe("the explorer by keyboard only", () => {
  it("E on the focused node expands it and the live region says so", async () => {
    await page.goto(`${app.baseUrl}/explore?focus=${encodeURIComponent(HUB_KEY)}`);
    await page.waitForFunction(() => {
      const ex = window.__rgeExplorer;
      return ex !== undefined && ex.model.graph.order > 0 && !ex.model.busy();
    });
    const canvas = page.locator("[aria-roledescription=graph]");
    for (let i = 0; i < 60 && !(await canvas.evaluate((el) => el === document.activeElement)); i += 1)
      await page.keyboard.press("Tab");
    await expect.poll(() => page.evaluate(() => window.__rgeExplorer!.view.keyboard.focused())).toBe(HUB_KEY);
    // Walk to a topic (arrows, then Tab around the researcher), and expand it.
    let target: string | null = null;
    for (let i = 0; i < 40 && !target?.startsWith("topic:"); i += 1) {
      await page.keyboard.press("Tab");
      target = await page.evaluate(() => window.__rgeExplorer!.view.keyboard.focused());
    }
    expect(target).toMatch(/^topic:/);
    const before = await page.evaluate(() => window.__rgeExplorer!.model.graph.order);
    await page.keyboard.press("e");
    await page.waitForFunction((n) => window.__rgeExplorer!.model.graph.order > n, before);
    await page.waitForFunction(() => !window.__rgeExplorer!.model.busy());
    expect(await page.evaluate(() => [...window.__rgeExplorer!.model.getDerived().expanded])).toEqual([target]);
    const label = await page.evaluate((k) => window.__rgeExplorer!.model.graph.getNodeAttribute(k, "label"), target!);
    await expect.poll(announcement).toContain(`Expanded. ${label}, topic`);
    await screenshot(page, "keyboard-3-explorer-expanded");
  });
});
