/**
 * Colour scheme and motion preferences, in a real browser against the real app: the dark scheme darkens the page
 * and gives the graph light labels on dark plates; reduced motion lays the graph out without the animated
 * ForceAtlas2 worker and makes camera moves jump. Screenshots (test-artifacts/appearance-*.png) are for people to
 * look at: light, dark, reduced motion, and the explorer in dark.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { launchBrowser, screenshot } from "../_helpers/browser.ts";
import { DARK_GRAPH_THEME, LIGHT_GRAPH_THEME } from "../../client/graph/theme.ts";
import { graphReady } from "./profile-graph.ts";

const PROFILE = `/people/${encodeURIComponent("arxiv:Xia Song")}`;
const FOCUS = "person:arxiv:Xia Song";

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  // Counts the web workers a page starts (the animated layout runs ForceAtlas2 in one).
  await context.addInitScript(() => {
    const w = window as unknown as { __workers: number; Worker: typeof Worker };
    w.__workers = 0;
    const Base = w.Worker;
    w.Worker = class extends Base {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        w.__workers += 1;
      }
    };
  });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** Relative luminance of the page background, 0 (black) to 1 (white). */
const backgroundLuminance = () =>
  page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.body)
      .backgroundColor.match(/\d+(\.\d+)?/g)!
      .slice(0, 3)
      .map((c) => Number(c) / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  });

/** What Sigma draws for the slice's focus node: its label colour and plate. */
const focusLabel = () =>
  page.evaluate((key) => {
    const data = window.__rge!.renderer.getNodeDisplayData(key)!;
    return { color: data.labelColor, plate: data.labelBackgroundColor };
  }, FOCUS);

const workers = () => page.evaluate(() => (window as unknown as { __workers: number }).__workers);

async function open(scheme: "light" | "dark", motion: "reduce" | "no-preference"): Promise<void> {
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: motion });
  await page.goto(`${app.baseUrl}${PROFILE}`);
  await graphReady(page);
}

describe("colour schemes", () => {
  it("light: a light page, dark labels on light plates", async () => {
    await open("light", "no-preference");
    expect(await backgroundLuminance()).toBeGreaterThan(0.8);
    expect(await focusLabel()).toEqual({ color: LIGHT_GRAPH_THEME.label, plate: LIGHT_GRAPH_THEME.labelBackground });
    await screenshot(page, "appearance-light");
  });

  it("dark: a dark page, light labels on dark plates", async () => {
    await open("dark", "no-preference");
    expect(await backgroundLuminance()).toBeLessThan(0.05);
    expect(await focusLabel()).toEqual({ color: DARK_GRAPH_THEME.label, plate: DARK_GRAPH_THEME.labelBackground });
    await screenshot(page, "appearance-dark");
  });

  it("switching the system scheme while the page is open recolours the graph", async () => {
    await page.emulateMedia({ colorScheme: "light" });
    await expect.poll(focusLabel).toEqual({ color: LIGHT_GRAPH_THEME.label, plate: LIGHT_GRAPH_THEME.labelBackground });
  });
});

describe("motion", () => {
  it("without a preference the layout animates in a worker", async () => {
    await open("light", "no-preference");
    expect(await workers()).toBeGreaterThan(0);
  });

  it("reduced motion: the layout is placed without the animated worker, and zoom jumps", async () => {
    await open("light", "reduce");
    expect(await workers()).toBe(0);
    const before = await page.evaluate(() => window.__rge!.renderer.getCamera().ratio);
    // Clicking the button and reading the camera in one task: with no animation the ratio has already changed.
    const after = await page.evaluate(() => {
      document.querySelector<HTMLButtonElement>('.graph-controls button[aria-label="Zoom in"]')!.click();
      return window.__rge!.renderer.getCamera().ratio;
    });
    expect(after).toBeLessThan(before);
    await screenshot(page, "appearance-reduced-motion");
  });

  it("the explorer in the dark scheme", async () => {
    await page.emulateMedia({ colorScheme: "dark", reducedMotion: "reduce" });
    await page.goto(`${app.baseUrl}/explore?focus=${encodeURIComponent(FOCUS)}`);
    await page.waitForFunction(() => {
      const ex = window.__rgeExplorer;
      return ex !== undefined && ex.model.graph.order > 0 && !ex.model.busy() && !ex.layoutRunning();
    });
    expect(await backgroundLuminance()).toBeLessThan(0.05);
    await screenshot(page, "appearance-explorer-dark");
  });
});
