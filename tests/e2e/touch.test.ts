/**
 * Touch on a phone-sized screen (390×844, touch enabled), with real touch events through the DevTools protocol
 * (Input.dispatchTouchEvent), against the real app: a tap on a node opens its card; a two-finger pinch-out zooms
 * the graph in (the camera ratio falls). Screenshot: test-artifacts/touch-tap.png.
 */
import type { Browser, CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { launchBrowser, screenshot } from "../_helpers/browser.ts";
import { graphReady } from "./profile-graph.ts";

const FOCUS = "person:arxiv:Xia Song";

let app: RunningApp;
let browser: Browser;
let page: Page;
let cdp: CDPSession;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  page = await context.newPage();
  cdp = await context.newCDPSession(page);
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto(`${app.baseUrl}/people/${encodeURIComponent("arxiv:Xia Song")}`);
  await graphReady(page);
  await page.locator(".graph-box").scrollIntoViewIfNeeded();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

type Point = { x: number; y: number };
const touch = (type: "touchStart" | "touchMove" | "touchEnd", points: Point[]) =>
  cdp.send("Input.dispatchTouchEvent", {
    type,
    touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id, radiusX: 2, radiusY: 2, force: 1 })),
  });

/** A node's position in the page's viewport (CSS pixels), from the renderer. */
const pagePoint = (key: string) =>
  page.evaluate((k) => {
    const renderer = window.__rge!.renderer;
    const p = renderer.framedGraphToViewport(renderer.getNodeDisplayData(k)!);
    const box = renderer.getContainer().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, key);

const cameraRatio = () => page.evaluate(() => window.__rge!.renderer.getCamera().ratio);

describe("the graph by touch on a phone", () => {
  it("a tap on a node opens its card", async () => {
    const point = await pagePoint(FOCUS);
    await touch("touchStart", [point]);
    await touch("touchEnd", []);
    await page.locator(`.graph-card-slot .node-card[data-node="${FOCUS}"]`).waitFor();
    await screenshot(page, "touch-tap");
    await page.locator(".node-card__close").tap();
  });

  it("a two-finger pinch-out zooms in", async () => {
    const box = (await page.locator("[aria-roledescription=graph]").boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    const before = await cameraRatio();
    const fingers = (spread: number) => [
      { x: centre.x - spread, y: centre.y },
      { x: centre.x + spread, y: centre.y },
    ];
    await touch("touchStart", fingers(20));
    for (const spread of [30, 45, 60, 80, 100]) await touch("touchMove", fingers(spread));
    await touch("touchEnd", []);
    await expect.poll(cameraRatio).toBeLessThan(before * 0.6);
  });
});
