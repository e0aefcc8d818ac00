/**
 * Issue 11's whole story as two people, in headless Chromium against the real app: A signs in by email link (read
 * from the outbox), follows B, claims their own record with ORCID (a local OpenID provider standing in for ORCID: L3,
 * approved at once); B signs in, claims with email evidence, a moderator approves in the queue; A invites B from B's
 * profile; B accepts in the inbox; they exchange a message; A's Following page shows a new work of B after an import
 * adds one. The records are imported for this test (tests/_helpers/openalex-fixture.ts) and removed afterwards.
 * Screenshots: test-artifacts/story-*.png.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { launchBrowser, screenshot } from "../_helpers/browser.ts";
import { query, testDriver } from "../_helpers/graph.ts";
import { openAlexFixture, type OpenAlexFixture } from "../_helpers/openalex-fixture.ts";
import { startOrcidProvider, type OrcidProvider } from "../_helpers/orcid-provider.ts";
import { latestSignInLink } from "../_helpers/outbox.ts";
import { realProblems } from "./profile-graph.ts";

const A = { n: 1, name: "Story Ada", orcid: "0009-0000-0985-0001" };
const B = { n: 2, name: "Story Ben" };
const MUTUAL = { n: 3, name: "Story Mia" };
const MODERATOR = "story-moderator@example.org";

let app: RunningApp;
let browser: Browser;
let driver: Driver;
let fixture: OpenAlexFixture;
let provider: OrcidProvider;
const contexts: BrowserContext[] = [];
const problems: string[] = [];

beforeAll(async () => {
  driver = testDriver();
  fixture = openAlexFixture(driver, "985");
  // A and B have never written together; Mia wrote with each (the invite form's mutual co-author).
  await fixture.importWorks([
    { n: 1, title: "Story work of Ada and Mia", year: 2024, authors: [A, MUTUAL] },
    { n: 2, title: "Story work of Ben and Mia", year: 2024, authors: [B, MUTUAL] },
  ]);
  provider = await startOrcidProvider();
  [app, browser] = await Promise.all([
    startTestApp({ ...provider.env, RGE_MODERATOR_EMAILS: MODERATOR }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  await provider?.stop();
  const people = [A, B, MUTUAL].map((person) => fixture.personId(person.n));
  await query(driver, "MATCH (c:Claim)-[:CLAIMS]->(p:Person) WHERE p.id IN $people DETACH DELETE c", { people });
  await query(
    driver,
    `MATCH (i:Invite)-[:FOR|FROM]->(p:Person) WHERE p.id IN $people
     OPTIONAL MATCH (i)-[:OPENED]->(c:Conversation) OPTIONAL MATCH (m:Message)-[:IN]->(c)
     DETACH DELETE i, c, m`,
    { people },
  );
  await fixture?.remove();
  await driver?.close();
});

/** A browser of one person's own (cookies apart from the others'), its errors recorded. */
async function person(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  return page;
}

/** Signs in on the sign-in page with the link from the outbox, landing on `next`. */
async function signInByEmail(page: Page, email: string, next: string): Promise<void> {
  await page.goto(`${app.baseUrl}/sign-in?next=${encodeURIComponent(next)}`);
  await page.waitForSelector("main.sign-in[data-state=ready]");
  await page.getByLabel("Email address").fill(email);
  await page.keyboard.press("Enter");
  await page.waitForSelector("[data-state=sent]");
  await page.goto(latestSignInLink(app.app.mailer.outbox!, email));
  await page.waitForURL((url) => url.pathname === next);
}

/** Files a claim through the profile's claim dialog. */
async function claim(page: Page, method: RegExp): Promise<void> {
  await page.locator("[data-claim=open]").click();
  const dialog = page.getByRole("dialog");
  await dialog.waitFor();
  await dialog.getByLabel(method).check();
  await dialog.getByRole("button", { name: "Send claim" }).click();
  await dialog.waitFor({ state: "hidden" });
}

const profileOf = (n: number) => `/people/${encodeURIComponent(fixture.personId(n))}`;

it("A follows and invites B, B accepts, they write, A sees B's new work", async () => {
  const stamp = Date.now();
  const ada = await person();
  const ben = await person();
  const moderator = await person();

  // A signs in by email link and follows B.
  await signInByEmail(ada, `ada-${stamp}@example.org`, profileOf(B.n));
  await ada.locator("[data-follow=signed-in]").click();
  await ada.waitForSelector("[data-follow=signed-in][aria-pressed=true]");

  // A links their ORCID iD (the local provider) and claims their own record with it: approved at once, L3.
  provider.nextSub(A.orcid);
  await ada.goto(`${app.baseUrl}/sign-in?next=${encodeURIComponent(profileOf(A.n))}`);
  await ada.getByRole("link", { name: "Sign in with ORCID" }).click();
  await ada.waitForURL((url) => url.pathname === profileOf(A.n));
  await claim(ada, /My ORCID iD/);
  await expect
    .poll(async () => (await ada.request.get(`${app.baseUrl}/api/me`)).json())
    .toMatchObject({
      claimedProfile: { personId: fixture.personId(A.n), status: "claimed", level: "L3" },
    });

  // B signs in, claims with email evidence (pending); a moderator approves it in the queue.
  await signInByEmail(ben, `ben-${stamp}@example.org`, profileOf(B.n));
  await claim(ben, /My email address/);
  await signInByEmail(moderator, MODERATOR, "/moderation");
  const item = moderator.locator(".moderation__item", { hasText: B.name });
  await item.locator("[data-decision=approve]").click();
  await expect
    .poll(async () => (await ben.request.get(`${app.baseUrl}/api/people/${fixture.personId(B.n)}`)).json())
    .toMatchObject({ claimed: true });

  // A invites B from B's profile; the form says why (the mutual co-author, two steps apart).
  await ada.goto(`${app.baseUrl}${profileOf(B.n)}`);
  await ada.getByRole("button", { name: "Invite to collaborate" }).click();
  await ada.locator(".invite-fit[data-fit=some]").waitFor();
  expect(await ada.locator(".invite-fit").innerText()).toContain(MUTUAL.name);
  await ada.getByLabel(`Message to ${B.name}`).fill("Ben, shall we write up our shared work with Mia?");
  await screenshot(ada, "story-1-invite");
  await ada.getByRole("button", { name: "Send invite" }).click();
  await ada.getByRole("status").filter({ hasText: "Invite sent" }).waitFor();

  // B accepts in the inbox and answers.
  await ben.goto(`${app.baseUrl}/inbox`);
  const invite = ben.locator(".invite[data-status=pending]", { hasText: A.name });
  await invite.getByRole("button", { name: "Accept" }).click();
  await ben.locator(".thread").waitFor();
  await ben.getByLabel(`Message to ${A.name}`).fill("Gladly. Next week?");
  await ben.getByRole("button", { name: "Send", exact: true }).click();
  await ben.locator(".message--mine .message__body", { hasText: "Gladly. Next week?" }).waitFor();
  await screenshot(ben, "story-2-conversation");

  // A reads the answer (unread until opened) and replies.
  await ada.goto(`${app.baseUrl}/inbox`);
  await ada.locator(".conversation-item", { hasText: B.name }).click();
  const unread = ada.locator(".message[data-unread=true] .message__body");
  await unread.waitFor();
  expect(await unread.innerText()).toBe("Gladly. Next week?");
  await ada.getByLabel(`Message to ${B.name}`).fill("Tuesday works.");
  await ada.getByRole("button", { name: "Send", exact: true }).click();
  await ada.locator(".message--mine .message__body", { hasText: "Tuesday works." }).waitFor();

  // An import adds a work of B: A's Following page shows it as new.
  await fixture.importWorks([{ n: 4, title: "Story: Ben's new preprint", year: 2026, authors: [B] }]);
  await ada.goto(`${app.baseUrl}/following`);
  const news = ada.locator(`[data-person="${fixture.personId(B.n)}"] [data-new-works]`);
  await news.waitFor();
  expect(await news.innerText()).toContain("Story: Ben's new preprint");
  await screenshot(ada, "story-3-following");

  expect(realProblems(problems), realProblems(problems).join("\n")).toEqual([]);
}, 300_000);
