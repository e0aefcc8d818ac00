/**
 * The home page in headless Chromium against the real app: example profiles with live numbers, autocomplete with
 * the keyboard (arrows + Enter) landing on a profile, and an unknown route's not-found page.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { launchBrowser, openPage, screenshot } from "../_helpers/browser.ts";
import { realProblems } from "./profile-graph.ts";

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

describe("home", () => {
  it("shows example profiles, including the seed profile and the biggest Paperscape hub", async () => {
    const { page, problems } = await openPage(browser, `${app.baseUrl}/`);
    await page.waitForSelector(".person-card[data-key]");
    const seed = page.locator(".person-card[data-key='person:arxiv:Xia Song']");
    expect(await seed.innerText()).toContain("7 works");
    expect(await seed.getAttribute("href")).toBe(`/people/${encodeURIComponent("arxiv:Xia Song")}`);
    expect(await page.locator(".person-card[data-key='person:arxiv:S.Shelah']").innerText()).toContain("135 works");
    await screenshot(page, "home-desktop");
    expect(realProblems(problems)).toEqual([]);
    await page.context().close();
  });

  it("finds a person by name prefix and opens the profile with the keyboard", async () => {
    const { page, problems } = await openPage(browser, `${app.baseUrl}/`);
    const input = page.getByRole("combobox");
    await input.focus();
    await page.keyboard.type("Shela");
    await page.waitForSelector(".search__option");
    expect(await input.getAttribute("aria-expanded")).toBe("true");
    const labels = await page.locator(".search__option .search__label").allInnerTexts();
    expect(labels).toContain("S.Shelah");
    await screenshot(page, "home-search");
    const index = labels.indexOf("S.Shelah");
    for (let i = 0; i <= index; i++) await page.keyboard.press("ArrowDown");
    expect(await input.getAttribute("aria-activedescendant")).toBe(
      await page.locator(".search__option").nth(index).getAttribute("id"),
    );
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === `/people/${encodeURIComponent("arxiv:S.Shelah")}`);
    await page.waitForSelector("main[data-state=ready]");
    expect(await page.locator("h1").innerText()).toBe("S.Shelah");
    expect(realProblems(problems)).toEqual([]);
    await page.context().close();
  });

  it("says so when nothing matches, and Escape closes the list", async () => {
    const { page } = await openPage(browser, `${app.baseUrl}/`);
    await page.getByRole("combobox").fill("zzqxv");
    await page.waitForSelector(".search__empty");
    expect(await page.locator(".search__empty").innerText()).toContain("No match");
    await page.keyboard.press("Escape");
    expect(await page.getByRole("combobox").getAttribute("aria-expanded")).toBe("false");
    await page.context().close();
  });

  it("answers an unknown route with a not-found page", async () => {
    const { page } = await openPage(browser, `${app.baseUrl}/no/such/page`);
    await page.waitForSelector("main[data-state=not-found]");
    expect(await page.locator("h1").innerText()).toBe("Page not found");
    await page.context().close();
  });

  it("works on a phone (390×844)", async () => {
    const { page } = await openPage(browser, `${app.baseUrl}/`, { width: 390, height: 844 });
    await page.waitForSelector(".person-card[data-key]");
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await screenshot(page, "home-mobile");
    await page.context().close();
  });
});
