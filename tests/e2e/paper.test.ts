/**
 * Paper pages in headless Chromium against the real app and data: a seed-profile paper (authors, topics, abstract),
 * a Paperscape paper with references and citations (lists and slice match the database), a DOI link for an
 * OpenAlex work, and not-found. Screenshots go to test-artifacts/paper-*.png.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { launchBrowser, openPage, screenshot } from "../_helpers/browser.ts";
import { query, testDriver } from "../_helpers/graph.ts";
import { graphReady, kindPixelCounts, realProblems, sliceFromApi } from "./profile-graph.ts";
import type { Driver } from "neo4j-driver";

const SEED_PAPER = "arxiv:2204.06644"; // METRO, a work of the seed profile
const CITED_PAPER = "arxiv:hep-lat/9212026"; // cites 8 and is cited by 4 works of the Paperscape sample
const paperUrl = (id: string) => `/papers/${encodeURIComponent(id)}`;

let app: RunningApp;
let browser: Browser;
let driver: Driver;

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  driver = testDriver();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await driver?.close();
});

describe("paper pages", () => {
  it("show a seed-profile paper with linked authors, topics, abstract and its slice", async () => {
    const { page, problems } = await openPage(browser, `${app.baseUrl}${paperUrl(SEED_PAPER)}`);
    await page.waitForSelector("main[data-state=ready]");
    expect(await page.locator("h1").innerText()).toContain("METRO");
    const authorLinks = page.locator(".paper-header__authors a");
    expect(await authorLinks.count()).toBe(10);
    expect(await authorLinks.allInnerTexts()).toContain("Xia Song");
    expect(await page.locator(".paper-header__authors a", { hasText: "Xia Song" }).getAttribute("href")).toBe(
      `/people/${encodeURIComponent("arxiv:Xia Song")}`,
    );
    expect(await page.locator(".paper-header").innerText()).toContain("arXiv 2204.06644");
    expect(await page.locator(".abstract__text").innerText()).toContain("ELECTRA");
    expect(await page.locator("[data-stat=topics] .stat__value").innerText()).toBe("3");
    const state = await graphReady(page);
    const api = await sliceFromApi(page, `paper:${SEED_PAPER}`);
    expect(state.order).toBe(api.nodes);
    const pixels = await kindPixelCounts(page);
    expect(pixels.paper).toBeGreaterThan(100);
    expect(pixels.person).toBeGreaterThan(50);
    await screenshot(page, "paper-seed-desktop");
    expect(realProblems(problems)).toEqual([]);
    await page.context().close();
  });

  it("list the references and citing works the database holds", async () => {
    const [facts] = await query<{ refs: string[]; citing: string[] }>(
      driver,
      `MATCH (p:Paper {id: $id})
       RETURN [(p)-[:CITES]->(r) | r.id] AS refs, [(c)-[:CITES]->(p) | c.id] AS citing`,
      { id: CITED_PAPER },
    );
    const { page, problems } = await openPage(browser, `${app.baseUrl}${paperUrl(CITED_PAPER)}`);
    await page.waitForSelector("main[data-state=ready]");
    const keys = async (list: string) =>
      (
        await page
          .locator(`[data-list=${list}] li`)
          .evaluateAll((items) => items.map((li) => li.getAttribute("data-key")))
      )
        .map((key) => key!.replace(/^paper:/, ""))
        .sort();
    expect(await keys("references")).toEqual([...facts!.refs].sort());
    expect(await keys("cited-by")).toEqual([...facts!.citing].sort());
    expect(await page.locator("#references-title").innerText()).toBe(`References (${facts!.refs.length})`);
    const state = await graphReady(page);
    // The citation graph holds the cited and the citing works (fewer than 12 a side: all of them) and the paper.
    const inGraph = await page.evaluate(
      (ids) => ids.filter((id) => window.__rge!.graph.hasNode(`paper:${id}`)).length,
      [...facts!.refs, ...facts!.citing],
    );
    expect(inGraph).toBe(facts!.refs.length + facts!.citing.length);
    expect(state.order).toBe(1 + facts!.refs.length + facts!.citing.length);
    // A reference links to its own paper page.
    const first = page.locator("[data-list=references] li a").first();
    const title = await first.innerText();
    await first.click();
    await page.waitForSelector("main[data-state=ready]");
    expect(await page.locator("h1").innerText()).toBe(title);
    await screenshot(page, "paper-reference-desktop");
    expect(realProblems(problems)).toEqual([]);
    await page.context().close();
  });

  it("link an OpenAlex work's DOI", async () => {
    const [work] = await query<{ id: string; doi: string }>(
      driver,
      "MATCH (p:Paper) WHERE p.id STARTS WITH 'openalex:' AND p.doi IS NOT NULL RETURN p.id AS id, p.doi AS doi ORDER BY p.id LIMIT 1",
    );
    const { page } = await openPage(browser, `${app.baseUrl}${paperUrl(work!.id)}`);
    await page.waitForSelector("main[data-state=ready]");
    const href = await page.locator(".paper-header__links a", { hasText: "DOI" }).getAttribute("href");
    expect(href).toBe(`https://doi.org/${work!.doi.replace(/^https?:\/\/doi.org\//, "")}`);
    await page.context().close();
  });

  it("answer an unknown paper with a not-found page", async () => {
    const { page } = await openPage(browser, `${app.baseUrl}${paperUrl("arxiv:0000.00000")}`);
    await page.waitForSelector("main[data-state=not-found]");
    expect(await page.locator("h1").innerText()).toBe("Paper not found");
    await page.context().close();
  });

  it("work on a phone (390×844)", async () => {
    const { page, problems } = await openPage(browser, `${app.baseUrl}${paperUrl(SEED_PAPER)}`, {
      width: 390,
      height: 844,
    });
    await page.waitForSelector("main[data-state=ready]");
    await graphReady(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, "paper-seed-mobile");
    expect(realProblems(problems)).toEqual([]);
    await page.context().close();
  });
});
