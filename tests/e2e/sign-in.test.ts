/**
 * Signing in as a person does, in headless Chromium against the real app: from a profile, "Sign in" in the header
 * (keyboard only), the email form, "check your email", the link read from the outbox file, back on the same profile
 * with the header showing the account menu; sign out from that menu. Then the account page's delete confirmation.
 */
import { randomUUID } from "node:crypto";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { launchBrowser, openPage, screenshot } from "../_helpers/browser.ts";
import { startOrcidProvider } from "../_helpers/orcid-provider.ts";
import { latestSignInLink } from "../_helpers/outbox.ts";
import { realProblems } from "./profile-graph.ts";

const PROFILE = `/people/${encodeURIComponent("arxiv:Xia Song")}`;

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

/** Tabs until `selector` has the focus (at most `limit` presses), as a keyboard user would. */
async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

/** On the home page, signed out for the header and for the server; no console errors on the way. */
async function landedSignedOut(page: Page, problems: string[]): Promise<void> {
  await page.waitForURL((url) => url.pathname === "/");
  await page.waitForSelector(".site-account-slot[data-state=signed-out]");
  expect((await page.request.get(`${app.baseUrl}/api/me`)).status()).toBe(401);
  expect(realProblems(problems)).toEqual([]);
  await page.context().close();
}

async function signInByEmail(page: Page, email: string): Promise<void> {
  await page.waitForSelector("main.sign-in[data-state=ready]");
  await page.getByLabel("Email address").fill(email);
  await page.keyboard.press("Enter");
  await page.waitForSelector("[data-state=sent]");
  await page.goto(latestSignInLink(app.app.mailer.outbox!, email));
}

describe("sign in by email link, then sign out", () => {
  it("comes back to the same profile signed in, and signs out from the header menu", async () => {
    const email = `browser-${randomUUID()}@example.org`;
    const { page, problems } = await openPage(browser, `${app.baseUrl}${PROFILE}`);
    await page.waitForSelector(".site-account-slot[data-state=signed-out]");
    await screenshot(page, "auth-1-signed-out-profile");
    await tabTo(page, ".site-account__sign-in");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/sign-in" && url.searchParams.get("next") === PROFILE);
    await page.waitForSelector("main.sign-in[data-state=ready]");
    await screenshot(page, "auth-2-sign-in");

    await page.getByLabel("Email address").fill(email);
    await page.keyboard.press("Enter");
    await page.waitForSelector("[data-state=sent]");
    expect(await page.locator("[data-state=sent]").innerText()).toContain(email);
    await screenshot(page, "auth-3-check-your-email");

    await page.goto(latestSignInLink(app.app.mailer.outbox!, email));
    await page.waitForURL((url) => url.pathname === PROFILE);
    await page.waitForSelector(".site-account-slot[data-state=signed-in]");
    expect(await page.locator(".site-account__name").innerText()).toBe(email);
    const [cookie] = await page.context().cookies();
    expect(cookie).toMatchObject({ name: "rge_session", httpOnly: true, sameSite: "Lax" });

    const menuButton = page.locator(".site-account__button");
    await menuButton.focus();
    await page.keyboard.press("Enter");
    expect(await menuButton.getAttribute("aria-expanded")).toBe("true");
    // A user who is no moderator gets no Moderation link.
    expect(await page.locator(".site-account__list a").allInnerTexts()).toEqual(["Following", "Inbox", "Account"]);
    await screenshot(page, "auth-4-signed-in-menu");
    await page.keyboard.press("Escape");
    expect(await menuButton.getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.classList.contains("site-account__button"))).toBe(true);

    await page.keyboard.press("Enter");
    await tabTo(page, ".site-account__list button.site-account__item");
    await page.keyboard.press("Enter");
    await landedSignedOut(page, problems);
  });

  it("says so when a link was already used", async () => {
    const email = `reused-${randomUUID()}@example.org`;
    const { page, problems } = await openPage(browser, `${app.baseUrl}/sign-in`);
    await signInByEmail(page, email);
    await page.waitForSelector(".site-account-slot[data-state=signed-in]");
    await page.goto(latestSignInLink(app.app.mailer.outbox!, email));
    await page.waitForSelector(".sign-in__problem");
    expect(await page.locator(".sign-in__problem").innerText()).toContain("already used or expired");
    expect(realProblems(problems)).toEqual([]);
    await page.context().close();
  });
});

describe("the account page", () => {
  it("deletes the account after a confirmation dialog, from the keyboard", async () => {
    const email = `delete-${randomUUID()}@example.org`;
    const { page, problems } = await openPage(browser, `${app.baseUrl}/account`);
    await page.waitForURL((url) => url.pathname === "/sign-in" && url.searchParams.get("next") === "/account");
    await signInByEmail(page, email);
    await page.waitForURL((url) => url.pathname === "/account");
    await page.waitForSelector("main.account[data-state=ready]");
    expect(await page.locator(".account__details").innerText()).toContain(email);
    await screenshot(page, "auth-5-account");

    await page.getByRole("button", { name: "Delete account…" }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "Delete your account?" });
    await dialog.waitFor();
    await screenshot(page, "auth-6-delete-dialog");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "hidden" });

    await page.getByRole("button", { name: "Delete account…" }).click();
    await dialog.getByRole("button", { name: "Delete my account" }).focus();
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname === "/sign-in");
    expect(await page.locator(".sign-in__notice").innerText()).toBe(
      "Your account has been deleted, and you are signed out.",
    );
    await screenshot(page, "auth-8-deleted");
    await page.goto(`${app.baseUrl}/`);
    await landedSignedOut(page, problems);
  });
});

describe("sign in with ORCID (a local OpenID provider)", () => {
  it("the sign-in page offers ORCID when configured, and the button signs in and comes back", async () => {
    const provider = await startOrcidProvider();
    const orcidApp = await startTestApp(provider.env);
    try {
      // A fresh iD: a fixed one could already belong to another test's user in the shared database.
      const digits = String(Date.now()).slice(-12).padStart(12, "0");
      const orcid = `0009-${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8, 11)}X`;
      provider.nextSub(orcid);
      const { page, problems } = await openPage(
        browser,
        `${orcidApp.baseUrl}/sign-in?next=${encodeURIComponent(PROFILE)}`,
      );
      await page.waitForSelector("main.sign-in[data-state=ready]");
      const button = page.getByRole("link", { name: "Sign in with ORCID" });
      await button.waitFor();
      await screenshot(page, "auth-7-sign-in-with-orcid");
      await button.focus();
      await page.keyboard.press("Enter");
      await page.waitForURL((url) => url.origin === orcidApp.baseUrl && url.pathname === PROFILE);
      await page.waitForSelector(".site-account-slot[data-state=signed-in]");
      expect(await page.locator(".site-account__name").innerText()).toBe(`ORCID ${orcid}`);
      expect(realProblems(problems)).toEqual([]);
      await page.context().close();
    } finally {
      await orcidApp.close();
      await provider.stop();
    }
  });
});
