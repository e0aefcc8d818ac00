/**
 * Follow and claim on a profile as a person would, in headless Chromium, by keyboard: signed out, Follow leads to
 * sign-in and back to the same profile; Follow toggles with its count (and the trust snapshot's followers); the
 * Following page lists the person and, after an import adds a work, shows it as new (once: looking marks it seen);
 * the claim dialog files a claim the profile then shows as waiting for review. The person is a record imported for
 * this test (tests/_helpers/openalex-fixture.ts), removed afterwards. Screenshots: test-artifacts/follow-claim-*.png.
 */
import type { Browser, Page } from "playwright-core";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { launchBrowser, openPage, screenshot } from "../_helpers/browser.ts";
import { query, testDriver } from "../_helpers/graph.ts";
import { openAlexFixture, type OpenAlexFixture } from "../_helpers/openalex-fixture.ts";
import { latestSignInLink } from "../_helpers/outbox.ts";
import { realProblems } from "./profile-graph.ts";

let app: RunningApp;
let browser: Browser;
let driver: Driver;
let fixture: OpenAlexFixture;
const ALPHA = { n: 1, name: "Browser Alpha" };
const BETA = { n: 2, name: "Browser Beta" };

beforeAll(async () => {
  driver = testDriver();
  fixture = openAlexFixture(driver, "984");
  await fixture.importWorks([{ n: 1, title: "Browser fixture one", year: 2021, authors: [ALPHA, BETA] }]);
  [app, browser] = await Promise.all([startTestApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await query(driver, "MATCH (c:Claim)-[:CLAIMS]->(p:Person) WHERE p.id STARTS WITH 'openalex:A984' DETACH DELETE c");
  await fixture?.remove();
  await driver?.close();
});

const followers = (page: Page) => page.locator("[data-stat=followers] .stat__value").innerText();

it("follows from the keyboard after signing in, sees new works on Following, and files a claim", async () => {
  const profile = `/people/${encodeURIComponent(fixture.personId(ALPHA.n))}`;
  const { page, problems } = await openPage(browser, `${app.baseUrl}${profile}`);
  await page.waitForSelector("[data-connect=signed-out]");
  expect(await page.locator("[data-follow=signed-out]").innerText()).toContain("0");

  // Signed out: Follow leads to sign-in, which comes back here.
  await page.locator("[data-follow=signed-out]").focus();
  await page.keyboard.press("Enter");
  await page.waitForURL((url) => url.pathname === "/sign-in" && url.searchParams.get("next") === profile);
  await page.waitForSelector("main.sign-in[data-state=ready]");
  const email = `follower-${Date.now()}@example.org`;
  await page.getByLabel("Email address").fill(email);
  await page.keyboard.press("Enter");
  await page.waitForSelector("[data-state=sent]");
  await page.goto(latestSignInLink(app.app.mailer.outbox!, email));
  await page.waitForURL((url) => url.pathname === profile);

  // Signed in: a toggle button with the count, by keyboard.
  const button = page.locator("[data-follow=signed-in]");
  await button.waitFor();
  expect(await button.getAttribute("aria-pressed")).toBe("false");
  expect(await followers(page)).toBe("0");
  await button.focus();
  await page.keyboard.press("Enter");
  await page.waitForSelector("[data-follow=signed-in][aria-pressed=true]");
  expect(await button.innerText()).toContain("Following");
  expect(await followers(page)).toBe("1");
  await screenshot(page, "follow-claim-followed");
  await page.reload();
  await page.waitForSelector("[data-follow=signed-in][aria-pressed=true]");

  // Following: nothing new yet; an import adds a work; it shows as new once.
  await page.goto(`${app.baseUrl}/following`);
  await page.waitForSelector(`[data-person="${fixture.personId(ALPHA.n)}"] [data-news=none]`);
  await fixture.importWorks([{ n: 2, title: "Browser fixture two", year: 2026, authors: [ALPHA, BETA] }]);
  await page.reload();
  const news = page.locator(`[data-person="${fixture.personId(ALPHA.n)}"] [data-new-works]`);
  await news.waitFor();
  expect(await news.innerText()).toContain("Browser fixture two");
  await screenshot(page, "follow-claim-following-news");
  // Having been looked at, it is no longer new (the page records the look just after drawing).
  await expect
    .poll(async () => {
      await page.reload();
      await page.waitForSelector(`[data-person="${fixture.personId(ALPHA.n)}"] [data-news]`);
      return page.locator(`[data-person="${fixture.personId(ALPHA.n)}"] [data-news]`).getAttribute("data-news");
    })
    .toBe("none");

  // Claim by keyboard: the dialog, the email method, a note; the profile then shows the claim waiting for review.
  await page.goto(`${app.baseUrl}${profile}`);
  const open = page.locator("[data-claim=open]");
  await open.waitFor();
  await open.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  await dialog.getByLabel(/My email address/).check();
  await dialog.getByLabel("Note for the moderators (optional)").fill("My record; I moved institutions.");
  await screenshot(page, "follow-claim-dialog");
  await dialog.getByRole("button", { name: "Send claim" }).click();
  await page.waitForSelector("[data-claim=pending]");
  expect(await page.locator("[data-claim-status]").first().getAttribute("data-claim-status")).toBe("pending");
  expect(realProblems(problems), realProblems(problems).join("\n")).toEqual([]);
}, 240_000);
