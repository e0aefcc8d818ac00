/**
 * The researcher profile in headless Chromium against the real app and the real demo data: the seed profile's
 * numbers and tooltips, the embedded graph (drawn, same size as the API's slice, hover highlights neighbours, click
 * opens a card, zoom), works sorting and paging, a busy Paperscape author, not-found, and a 390×844 phone.
 * Screenshots go to test-artifacts/profile-*.png.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { launchBrowser, openPage, screenshot, type WatchedPage } from "../_helpers/browser.ts";
import { KIND_COLORS } from "../../client/graph/style.ts";
import { graphReady, hoverableNode, kindPixelCounts, realProblems, sliceFromApi } from "./profile-graph.ts";

const SEED = "arxiv:Xia Song";
const BUSY = "arxiv:S.Shelah";
const profileUrl = (id: string) => `/people/${encodeURIComponent(id)}`;

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

async function open(path: string, viewport?: { width: number; height: number }): Promise<WatchedPage> {
  return openPage(browser, `${app.baseUrl}${path}`, viewport);
}

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

describe("the seed profile", () => {
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    watched = await open(profileUrl(SEED));
    page = watched.page;
    await page.waitForSelector("main[data-state=ready]");
  });

  afterAll(async () => {
    await page.context().close();
  });

  it("shows the header and the trust snapshot numbers of the modelled page", async () => {
    expect(await text(page, "h1")).toBe("Xia Song");
    expect(await text(page, ".profile-header")).toContain("Affiliation not imported");
    expect(await text(page, ".profile-header")).toContain("Unclaimed author");
    expect(await text(page, "[data-stat=trust] .trust__number")).toBe("21");
    expect(await text(page, "[data-stat=trust]")).toContain("Emerging");
    expect(await text(page, "[data-stat=verification]")).toContain("Verification L1");
    expect(await text(page, "[data-stat=works] .stat__value")).toBe("7");
    expect(await text(page, "[data-stat=followers] .stat__value")).toBe("0");
    expect(await text(page, "[data-stat=topics] .stat__value")).toBe("3");
    expect(await text(page, "[data-stat=close-collaborators] .stat__value")).toBe("4");
    expect(await page.locator("[data-list=close-collaborators] li").count()).toBe(4);
    expect(await page.locator(".topic-row").count()).toBe(3);
  });

  it("explains each number on keyboard focus, with the trust points from the API", async () => {
    const works = page.locator("[data-stat=works]");
    const tooltip = works.locator("[role=tooltip]");
    expect(await tooltip.isVisible()).toBe(false);
    await works.focus();
    await expect.poll(() => tooltip.isVisible()).toBe(true);
    expect(await tooltip.innerText()).toContain("6 of 20 points");
    // The tooltip is wired for assistive technology too.
    const describedBy = await works.getAttribute("aria-describedby");
    expect(describedBy).toBe(await tooltip.getAttribute("id"));
    await page.keyboard.press("Escape");
    await expect.poll(() => tooltip.isVisible()).toBe(false);
    await page.locator("[data-stat=trust]").hover();
    expect(await page.locator("[data-stat=trust] [role=tooltip]").innerText()).toContain("Verification: 6/30");
  });

  it("draws the research-graph slice the API returns", async () => {
    const state = await graphReady(page);
    const api = await sliceFromApi(page, `person:${SEED}`);
    expect(state.order).toBeGreaterThan(0);
    expect(state.order).toBe(api.nodes);
    expect(state.size).toBe(api.edges);
    expect(await page.locator(".graph-box").getAttribute("data-node-count")).toBe(String(api.nodes));
    expect(await text(page, ".legend")).toContain("Papers");
    // The canvas really shows it: pixels of the person, paper and topic colours in the graph box.
    const pixels = await kindPixelCounts(page);
    expect(pixels.person).toBeGreaterThan(200);
    expect(pixels.paper).toBeGreaterThan(20);
    expect(pixels.topic).toBeGreaterThan(50);
    await screenshot(page, "profile-seed-desktop");
  });

  it("highlights a hovered node's neighbours and fades the rest", async () => {
    const target = await hoverableNode(page);
    await page.mouse.move(target.x, target.y);
    await expect.poll(() => page.evaluate(() => window.__rge!.view.getState().hoveredNode)).toBe(target.key);
    const display = await page.evaluate(
      ({ key, kindColors }) => {
        const { graph, renderer } = window.__rge!;
        const neighbours = new Set(graph.neighbors(key));
        const rows = graph.nodes().map((node) => ({
          node,
          neighbour: neighbours.has(node),
          color: renderer.getNodeDisplayData(node)!.color,
          kindColor: kindColors[graph.getNodeAttribute(node, "kind")],
        }));
        return { rows, hovered: renderer.getNodeDisplayData(key)! };
      },
      { key: target.key, kindColors: KIND_COLORS as Record<string, string> },
    );
    expect(display.hovered.highlighted).toBe(true);
    const neighbours = display.rows.filter((r) => r.neighbour);
    const others = display.rows.filter((r) => !r.neighbour && r.node !== target.key);
    expect(neighbours.length).toBeGreaterThan(0);
    expect(others.length).toBeGreaterThan(0);
    for (const row of neighbours) expect(row.color, row.node).toBe(row.kindColor);
    for (const row of others) expect(row.color, row.node).toBe("#e5e7eb");
    await screenshot(page, "profile-seed-hover");
    await page.mouse.move(5, 5);
    await expect.poll(() => page.evaluate(() => window.__rge!.view.getState().hoveredNode)).toBeNull();
  });

  it("opens a card with a link to the clicked node's page", async () => {
    const target = await hoverableNode(page);
    await page.mouse.click(target.x, target.y);
    const card = page.locator(".node-card");
    await card.waitFor();
    expect(await card.getAttribute("data-node")).toBe(target.key);
    const href = await card.locator("a.button--primary").getAttribute("href");
    const [kind, ...rest] = target.key.split(":");
    const id = rest.join(":");
    if (kind === "person") expect(href).toBe(`/people/${encodeURIComponent(id)}`);
    else if (kind === "paper") expect(href).toBe(`/papers/${encodeURIComponent(id)}`);
    else expect(href).toContain(`/explore?focus=${encodeURIComponent(target.key)}`);
    await card.locator(".node-card__close").click();
    expect(await card.count()).toBe(0);
  });

  it("zooms in, out and back with the buttons", async () => {
    const ratio = () => page.evaluate(() => window.__rge!.renderer.getCamera().ratio);
    const before = await ratio();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await expect.poll(ratio).toBeLessThan(before);
    await page.getByRole("button", { name: "Reset view" }).click();
    await expect.poll(ratio).toBeCloseTo(before, 5);
    await page.getByRole("button", { name: "Zoom out" }).click();
    await expect.poll(ratio).toBeGreaterThan(before);
  });

  it("lists the works, sorts them by citations and expands an abstract", async () => {
    await page.waitForSelector(".works .work");
    expect(await page.locator(".works .work").count()).toBe(7);
    expect(await page.locator("[data-works-total]").getAttribute("data-works-total")).toBe("7");
    const years = await page.locator(".works .work__year").allInnerTexts();
    expect(years.map(Number)).toEqual([...years.map(Number)].sort((a, b) => b - a));
    // Authors are links; the profile's own name is not.
    expect(await page.locator(".works .work__authors a").count()).toBeGreaterThan(10);
    await page.locator("[data-sort=citations]").click();
    await expect.poll(() => page.locator("[data-sort=citations]").getAttribute("aria-pressed")).toBe("true");
    await page.waitForSelector(".works__list:not([aria-busy]) .work");
    expect(await page.locator(".works .work").count()).toBe(7);
    const details = page.locator(".works .work__abstract").first();
    await details.locator("summary").click();
    expect(await details.getAttribute("open")).not.toBeNull();
  });

  it("opens the full explorer focused on the person", async () => {
    const link = page.locator("[data-action=open-explorer]");
    const href = await link.getAttribute("href");
    const url = new URL(href!, app.baseUrl);
    expect(url.pathname).toBe("/explore");
    expect(url.searchParams.get("focus")).toBe(`person:${SEED}`);
    // The explorer always starts from the depth-1 slice: the link carries no `depth`.
    expect(url.searchParams.get("depth")).toBeNull();
    // Everything the profile did so far went without a console error or a failed request.
    expect(realProblems(watched.problems)).toEqual([]);
    await link.click();
    await page.waitForURL((u) => u.pathname === "/explore");
    expect(new URL(page.url()).searchParams.get("focus")).toBe(`person:${SEED}`);
  });
});

describe("a busy Paperscape author", () => {
  it("shows the hub's numbers, its whole slice, and pages through 135 works", async () => {
    const { page, problems } = await open(profileUrl(BUSY));
    await page.waitForSelector("main[data-state=ready]");
    expect(await text(page, "h1")).toBe("S.Shelah");
    expect(await text(page, "[data-stat=works] .stat__value")).toBe("135");
    const state = await graphReady(page);
    const api = await sliceFromApi(page, `person:${BUSY}`);
    expect(state.order).toBe(api.nodes);
    expect(state.order).toBeGreaterThan(50);
    await screenshot(page, "profile-busy-desktop");
    await page.waitForSelector(".works .work");
    expect(await page.locator(".works .work").count()).toBe(10);
    expect(await text(page, ".pager")).toContain("1–10 of 135");
    await page.getByRole("button", { name: "Next →" }).click();
    await expect.poll(() => text(page, ".pager")).toContain("11–20 of 135");
    expect(realProblems(problems)).toEqual([]);
    await page.context().close();
  });
});

describe("layout stability", () => {
  it("reserves the graph's room: nothing below it moves when the graph arrives", async () => {
    const { page } = await open(profileUrl(SEED));
    await page.waitForSelector(".graph-box");
    const before = await page.evaluate(() => ({
      box: document.querySelector(".graph-box")!.getBoundingClientRect().toJSON(),
      works: document.querySelector(".works")!.getBoundingClientRect().top,
    }));
    await graphReady(page);
    const after = await page.evaluate(() => ({
      box: document.querySelector(".graph-box")!.getBoundingClientRect().toJSON(),
      works: document.querySelector(".works")!.getBoundingClientRect().top,
    }));
    expect(after.box).toEqual(before.box);
    expect(after.works).toBe(before.works);
    await page.context().close();
  });
});

describe("not found", () => {
  it("an unknown person gets a proper not-found page", async () => {
    const { page } = await open(profileUrl("arxiv:Nobody At All"));
    await page.waitForSelector("main[data-state=not-found]");
    expect(await text(page, "h1")).toBe("Researcher not found");
    expect(await page.title()).toContain("not found");
    expect(await page.locator("main a[href='/']").count()).toBe(1);
    await screenshot(page, "profile-not-found");
    await page.context().close();
  });
});

describe("on a phone (390×844)", () => {
  it("fits the width, keeps every section and draws the graph", async () => {
    const { page, problems } = await open(profileUrl(SEED), { width: 390, height: 844 });
    await page.waitForSelector("main[data-state=ready]");
    const state = await graphReady(page);
    expect(state.order).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const selector of [".trust", ".graph-panel", ".topics", ".collaborators", ".works"]) {
      expect(await page.locator(selector).isVisible(), selector).toBe(true);
    }
    // The trust snapshot comes right after the header on small screens.
    const order = await page.evaluate(() =>
      [".profile-header", ".trust", ".graph-panel"].map((s) => document.querySelector(s)!.getBoundingClientRect().top),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    await screenshot(page, "profile-seed-mobile");
    await page.locator(".graph-panel").scrollIntoViewIfNeeded();
    await screenshot(page, "profile-seed-mobile-graph");
    expect(realProblems(problems)).toEqual([]);
    await page.context().close();
  });

  it("keeps a long history inside its card", async () => {
    // The demo's people span a few years; a 1M-work store has careers of 37 (1990–2026), which widened the page.
    const { page } = await open(profileUrl(SEED), { width: 390, height: 844 });
    await page.waitForSelector(".history-card[data-state=ready] .hc-plot");
    const overflow = await page.evaluate(() => {
      const plot = document.querySelector(".hc-plot")!;
      const year = plot.querySelector(".hc-year")!;
      while (plot.children.length < 60) plot.append(year.cloneNode(true));
      return document.documentElement.scrollWidth - window.innerWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await page.context().close();
  });
});
