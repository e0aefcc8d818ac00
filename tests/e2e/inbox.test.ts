/**
 * Direct collaboration in headless Chromium, by keyboard: A invites B from B's profile (the form shows why B may be a
 * good fit), B answers in the inbox, they write to each other; the header counts what is unread. An HTML and script
 * payload stays text everywhere.
 * Users are signed in through the real email-link flow (tests/_helpers/sign-in.ts) and the browser gets their
 * session cookie. Screenshots: test-artifacts/collab-*.png.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { launchBrowser, screenshot } from "../_helpers/browser.ts";
import { removeCollaborationData, researcher, unclaimedPeople, type Researcher } from "../_helpers/collaboration.ts";
import { testDriver } from "../_helpers/graph.ts";

const PAYLOAD = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> Shall we work on <b>this</b>?`;

let running: RunningApp;
let browser: Browser;
let driver: Driver;
let a: Researcher;
let b: Researcher;
let unclaimed: string;

interface Person {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

/** A browser of its own for a signed-in user: their session cookie, console errors recorded. */
async function browse(who: Researcher): Promise<Person> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const [name, value] = who.cookie.split("=") as [string, string];
  await context.addCookies([{ name, value, url: running.baseUrl }]);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  return { context, page, problems };
}

const profileUrl = (id: string) => `${running.baseUrl}/people/${encodeURIComponent(id)}`;

/** Tabs until `selector` has the focus (at most `limit` presses): proves it is reachable by keyboard. */
async function tabTo(page: Page, selector: string, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await page.locator(selector).evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`${selector} was not reached with Tab`);
}

let alice: Person;
let bob: Person;

beforeAll(async () => {
  running = await startTestApp();
  browser = await launchBrowser();
  driver = testDriver();
  const people = await unclaimedPeople(driver, 2, 3);
  unclaimed = people.others[1]!;
  a = await researcher(running.app, driver, "a", people.pair[0]);
  b = await researcher(running.app, driver, "b", people.pair[1]);
  alice = await browse(a);
  bob = await browse(b);
});

afterAll(async () => {
  await browser?.close();
  if (driver) await removeCollaborationData(driver);
  await driver?.close();
  await running?.close();
});

describe("inviting from a profile", () => {
  it("is disabled, with the reason, on a profile nobody has claimed", async () => {
    await alice.page.goto(profileUrl(unclaimed));
    const button = alice.page.getByRole("button", { name: "Invite to collaborate" });
    await button.waitFor();
    expect(await button.getAttribute("aria-disabled")).toBe("true");
    const reasonId = await button.getAttribute("aria-describedby");
    expect(await alice.page.locator(`#${reasonId}`).innerText()).toContain("Claim this author entity first");
    // aria-disabled keeps it focusable (its reason is read out) but it does nothing.
    await button.focus();
    await alice.page.keyboard.press("Enter");
    expect(await alice.page.locator(".invite-form").count()).toBe(0);
  });

  it("opens the form by keyboard, with the fit reasons, and sends the message as plain text", async () => {
    const { page } = alice;
    await page.goto(profileUrl(b.personId!));
    await page.getByRole("button", { name: "Invite to collaborate" }).waitFor();
    await tabTo(page, ".collaboration button");
    await page.keyboard.press("Enter");
    const message = page.getByLabel(/^Message to /);
    await expect.poll(() => message.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.locator(".invite-fit[data-fit]").waitFor();
    const fit = await page.locator(".invite-fit").innerText();
    expect(fit).toContain("Mutual co-authors");
    expect(fit).toContain("Two steps apart");
    await message.fill(PAYLOAD);
    await screenshot(page, "collab-invite-form");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "Invite sent" }).waitFor();
    expect(alice.problems).toEqual([]);
  });
});

describe("the inbox", () => {
  it("shows the invite's text exactly, escaped, and the unread count in the header", async () => {
    const { page } = bob;
    await page.goto(`${running.baseUrl}/inbox`);
    const invite = page.locator(".invite[data-status=pending]");
    await invite.waitFor();
    expect(await invite.locator(".invite__message").innerText()).toBe(PAYLOAD);
    expect(await invite.locator(".invite__message img, .invite__message script, .invite__message b").count()).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    // The header counts what waits in the inbox, in words for screen readers.
    expect(await page.locator(".site-nav__inbox [data-unread]").innerText()).toContain("1");
    await screenshot(page, "collab-inbox-invite");
  });

  it("accepts by keyboard, opens the conversation and sends a reply", async () => {
    const { page } = bob;
    await tabTo(page, ".invite[data-status=pending] button:text('Accept')");
    await page.keyboard.press("Enter");
    const thread = page.locator(".thread");
    await thread.waitFor();
    expect(await thread.locator(".message__body").first().innerText()).toBe(PAYLOAD);
    const box = page.getByLabel(/^Message to /);
    await box.focus();
    await page.keyboard.type("Yes, gladly. <i>Next week?</i>");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await thread.locator(".message--mine .message__body", { hasText: "Next week?" }).waitFor();
    expect(await page.locator(".invite[data-status=accepted]").count()).toBe(1);
    await expect.poll(() => page.locator(".site-nav__inbox [data-unread]").count()).toBe(0);
    await screenshot(page, "collab-inbox-conversation");
    expect(bob.problems).toEqual([]);
  });

  it("shows the reply as unread to the other side until they open it", async () => {
    const { page } = alice;
    await page.goto(`${running.baseUrl}/inbox`);
    const item = page.locator(".conversation-item").first();
    await item.waitFor();
    await expect.poll(() => page.locator(".site-nav__inbox [data-unread]").getAttribute("data-unread")).toBe("1");
    expect(await item.locator("[data-unread]").innerText()).toBe("1 unread");
    await item.focus();
    await page.keyboard.press("Enter");
    const unread = page.locator(".message[data-unread=true] .message__body");
    await unread.waitFor();
    expect(await unread.innerText()).toBe("Yes, gladly. <i>Next week?</i>");
    await expect.poll(() => page.locator(".conversation-item [data-unread]").count()).toBe(0);
    await expect.poll(() => page.locator(".site-nav__inbox [data-unread]").count()).toBe(0);
    expect(alice.problems).toEqual([]);
  });
});
