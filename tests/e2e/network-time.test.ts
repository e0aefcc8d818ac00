/**
 * The network through time in headless Chromium against the real app and demo data: "How this network grew" on the
 * seed profile plays every year up to the last, and the co-author edges appear in the order of their firstYear
 * (observed through the render view's reducers after every redraw, no sleeps); reduced motion only steps; the
 * explorer's Play moves the same year filter; the history chart's years filter the graph. Screenshots go to
 * test-artifacts/time-*.png.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { launchBrowser, screenshot } from "../_helpers/browser.ts";
import { graphReady, realProblems } from "./profile-graph.ts";

const SEED = "/people/" + encodeURIComponent("arxiv:Xia Song");
const PLAYBACK = ".graph-years .year-playback";

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function open(path: string, options: { reducedMotion?: "reduce" | "no-preference" } = {}) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, ...options });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(`${app.baseUrl}${path}`);
  return { page, problems };
}

interface Frame {
  year: number;
  shown: string[];
}

/** Records, after every redraw of the embedded view, the year shown and the co-author edges the reducers draw. */
async function recordFrames(page: Page): Promise<Record<string, number>> {
  return page.evaluate((selector) => {
    const { graph, renderer, view } = window.__rge!;
    const firstYears: Record<string, number> = {};
    graph.forEachEdge((key, a) => {
      if (a.kind === "coauthor" && typeof a.firstYear === "number") firstYears[key] = a.firstYear;
    });
    const frames: Frame[] = [];
    (window as unknown as { __frames: Frame[] }).__frames = frames;
    view.onUpdate(() => {
      const element = document.querySelector<HTMLElement>(selector);
      if (!element || element.hidden) return;
      const shown = Object.keys(firstYears).filter((e) => renderer.getEdgeDisplayData(e)?.visibility !== "hidden");
      frames.push({ year: Number(element.dataset.year), shown });
    });
    return firstYears;
  }, PLAYBACK);
}

describe("How this network grew (profile)", () => {
  it("plays to the last year with co-author edges appearing in the order of their first shared year", async () => {
    const { page, problems } = await open(SEED);
    await graphReady(page);
    const firstYears = await recordFrames(page);
    const distinct = new Set(Object.values(firstYears));
    expect(distinct.size).toBeGreaterThan(1); // otherwise the order below could not fail
    const positionsOf = () =>
      page.evaluate(() => {
        const { graph } = window.__rge!;
        return Object.fromEntries(graph.mapNodes((key, a) => [key, [a.x, a.y]]));
      });
    const before = await positionsOf();
    await page.click("[data-action=grow]");
    await page.selectOption(`${PLAYBACK} .yp-speed`, "4");
    const extent = await page.evaluate(() => {
      const state = document.querySelector<HTMLElement>(".graph-years .year-playback")!;
      const brush = state.querySelector<HTMLInputElement>(".yp-brush")!;
      return [Number(brush.min), Number(brush.max)] as const;
    });
    const middle = Math.round((extent[0] + extent[1]) / 2);
    await page.waitForFunction(
      ([s, y]) => Number(document.querySelector<HTMLElement>(s)!.dataset.year) >= y,
      [PLAYBACK, middle] as const,
      { timeout: 60_000 },
    );
    await screenshot(page, "time-profile-playing");
    await page.waitForFunction(
      ([s, last]) => {
        const element = document.querySelector<HTMLElement>(s)!;
        return element.dataset.playing === "false" && element.dataset.year === String(last);
      },
      [PLAYBACK, extent[1]] as const,
      { timeout: 120_000 },
    );
    await screenshot(page, "time-profile-last-year");
    const frames = await page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames);
    // Every year from the first to the last, in order.
    const years = [...new Set(frames.map((f) => f.year))];
    expect(years).toEqual(Array.from({ length: extent[1] - extent[0] + 1 }, (_, i) => extent[0] + i));
    // In every frame, exactly the co-authorships begun by that year are drawn.
    for (const frame of frames) {
      const expected = Object.keys(firstYears).filter((e) => firstYears[e]! <= frame.year);
      expect(frame.shown.sort(), `year ${frame.year}`).toEqual(expected.sort());
    }
    // Order of appearance follows firstYear.
    const appeared = new Map<string, number>();
    for (const frame of frames) for (const e of frame.shown) if (!appeared.has(e)) appeared.set(e, frame.year);
    const order = [...appeared.keys()].map((e) => firstYears[e]!);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(appeared.size).toBe(Object.keys(firstYears).length);
    // The counter names the last year reached; no node moved while the years played (no layout ran).
    expect(await page.locator(`${PLAYBACK} .yp-year`).innerText()).toContain(String(extent[1]));
    expect(await positionsOf()).toEqual(before);
    expect(realProblems(problems)).toEqual([]);
    await page.context().close();
  });

  it("under reduced motion does not animate, but steps", async () => {
    const { page } = await open(SEED, { reducedMotion: "reduce" });
    await graphReady(page);
    await page.click("[data-action=grow]");
    const playback = page.locator(PLAYBACK);
    const first = Number(await playback.locator(".yp-brush").getAttribute("min"));
    expect(await playback.getAttribute("data-playing")).toBe("false");
    expect(await playback.getAttribute("data-year")).toBe(String(first));
    expect(await playback.locator("[data-action=year-play]").isDisabled()).toBe(true);
    await playback.locator("[data-action=year-forward]").click();
    expect(await playback.getAttribute("data-year")).toBe(String(first + 1));
    // The brush is a labelled range: the keyboard moves it too.
    await playback.locator(".yp-brush").press("ArrowRight");
    expect(await playback.getAttribute("data-year")).toBe(String(first + 2));
    await screenshot(page, "time-profile-reduced-motion");
    await page.context().close();
  });
});

describe("the explorer's playback and the history chart", () => {
  it("plays the explorer's year filter to the last year", async () => {
    const { page, problems } = await open(`/explore?focus=${encodeURIComponent("person:arxiv:Xia Song")}`);
    await page.waitForFunction(
      () => (window.__rgeExplorer?.model.graph.order ?? 0) > 0 && !window.__rgeExplorer!.model.busy(),
      null,
      {
        timeout: 60_000,
      },
    );
    const bar = page.locator(".ex-left .year-playback");
    await bar.locator(".yp-speed").selectOption("4");
    const seen = await page.evaluate(() => {
      const ex = window.__rgeExplorer!;
      const years: (number | null)[] = [];
      (window as unknown as { __years: (number | null)[] }).__years = years;
      ex.onChange(() => years.push(ex.model.getState().filters.yearTo));
      return ex.model.getState().filters.yearTo;
    });
    expect(seen).toBeNull();
    await bar.locator("[data-action=year-play]").click();
    const last = Number(await bar.locator(".yp-brush").getAttribute("max"));
    await page.waitForFunction(
      (y) => {
        const element = document.querySelector<HTMLElement>(".ex-left .year-playback")!;
        return element.dataset.playing === "false" && element.dataset.year === String(y);
      },
      last,
      { timeout: 120_000 },
    );
    const years = await page.evaluate(() => (window as unknown as { __years: (number | null)[] }).__years);
    const played = years.filter((y): y is number => y !== null);
    expect(played.length).toBeGreaterThan(1);
    expect(played).toEqual([...played].sort((a, b) => a - b));
    expect(await page.evaluate(() => window.__rgeExplorer!.model.getState().filters.yearTo)).toBeNull();
    await screenshot(page, "time-explorer-played");
    expect(realProblems(problems)).toEqual([]);
    await page.context().close();
  });

  it("filters the profile graph to a year clicked in the history chart", async () => {
    const { page } = await open(SEED);
    await graphReady(page);
    await page.waitForSelector(".history-card[data-state=ready]");
    const year = await page.evaluate(() => {
      const { graph } = window.__rge!;
      const years = graph
        .filterNodes((_k, a) => a.kind === "paper" && typeof a.year === "number")
        .map((k) => graph.getNodeAttribute(k, "year") as number);
      return years.sort()[Math.floor(years.length / 2)]!;
    });
    await page.click(`.history-card .hc-year[data-year="${year}"]`);
    expect(await page.locator(".history-card .hc-year[aria-pressed=true]").getAttribute("data-year")).toBe(
      String(year),
    );
    const drawnPaperYears = await page.evaluate(() => {
      const { graph, renderer } = window.__rge!;
      return graph
        .filterNodes((k, a) => a.kind === "paper" && renderer.getNodeDisplayData(k)?.visibility !== "hidden")
        .map((k) => graph.getNodeAttribute(k, "year"));
    });
    expect(drawnPaperYears.length).toBeGreaterThan(0);
    expect(new Set(drawnPaperYears)).toEqual(new Set([year]));
    expect(await page.locator(".history-card .hc-status").innerText()).toContain(String(year));
    await screenshot(page, "time-history-year");
    await page.click("[data-action=all-years]");
    const hidden = await page.evaluate(() => window.__rge!.view.layer().hiddenNodes.size);
    expect(hidden).toBe(0);
    // The chart follows: no year pressed any more.
    expect(await page.locator(".history-card .hc-year[aria-pressed=true]").count()).toBe(0);
    await page.context().close();
  });
});
