/**
 * Zero axe-core violations (WCAG 2.0/2.1 A and AA + best practices) on every page and state, in the light and the
 * dark colour scheme, against the real app and data. One browser and one page for the whole file: each case
 * navigates that page, sets its viewport and colour scheme, waits for its state and runs axe.
 *
 * ADD YOUR PAGE: append one entry to A11Y_CASES below — a unique `name`, the `path` to open, the `ready` selector
 * that says the page has settled, and (optional) `act` to bring it into a state (open a menu, submit a form…),
 * `viewport` for a phone, `app: "down"` to run it against an app whose database is unreachable (503s), or
 * `schemes` to restrict the colour schemes. Signed-in pages can sign in inside `act`. Nothing else to change.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startAppWithoutDatabase, startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { axeViolations, describeViolations } from "../_helpers/axe.ts";
import { launchBrowser, screenshot } from "../_helpers/browser.ts";
import { signInInBrowser } from "../_helpers/sign-in.ts";
import { removeBibliographyImports } from "../_helpers/bibliography-cleanup.ts";
import {
  grantClaim,
  populatedInbox,
  removeCollaborationData,
  researcher,
  unclaimedPeople,
} from "../_helpers/collaboration.ts";
import { testDriver } from "../_helpers/graph.ts";
import { explorerSettled } from "../_helpers/explorer-settled.ts";
import type { Me } from "../../contract/schemas/auth.ts";
import type { Driver } from "neo4j-driver";

export interface A11yCase {
  /** Unique; names the test and its screenshot (test-artifacts/a11y-<name>-<scheme>.png). */
  name: string;
  /** Path on the app, e.g. "/people/arxiv%3AXia%20Song". */
  path: string;
  /** A selector present once the page (or its state) has settled. */
  ready: string;
  /** Brings the page into the state to check, after `ready`. */
  act?: (page: Page) => Promise<void>;
  viewport?: { width: number; height: number };
  /** "down": the app runs against a Neo4j that is not there, so every graph request answers 503. */
  app?: "live" | "down";
  /** Colour schemes to check; default both. */
  schemes?: readonly ("light" | "dark")[];
}

const person = (id: string) => `/people/${encodeURIComponent(id)}`;
const paper = (id: string) => `/papers/${encodeURIComponent(id)}`;
const explore = (focus: string) => `/explore?focus=${encodeURIComponent(focus)}`;
const PHONE = { width: 390, height: 844 };

/** A team of twelve (S.Shelah's closest co-authors, whom he and others bridge): the team lens with its graph drawn. */
const TEAM_PATH = `/team?people=${["A.H.Mekler", "T.Jech", "M.Kojman", "P.C.Eklof", "H.Judah", "M.Goldstern", "R.Jin"]
  .concat(["J.Steprāns", "A.Rosłanowski", "J.T.Baldwin", "P.Komjath", "J.Cummings"])
  .map((name) => encodeURIComponent(`person:arxiv:${name}`))
  .join(",")}`;
const TEAM_DONE = ".team-body[data-state=ready] .graph-box[data-state=ready][data-layout=done]";

/** The embedded graph has drawn and its layout has stopped (labels and badge in their final state). */
const GRAPH_DONE = ".graph-box[data-state=ready][data-layout=done]";

/** Expands the focus' first topic (thousands of papers: always brings new nodes), as E on a selected node does. */
async function expandTopic(page: Page): Promise<void> {
  await explorerSettled(page);
  const before = await page.evaluate(() => window.__rgeExplorer!.model.graph.order);
  await page.evaluate(() => {
    const ex = window.__rgeExplorer!;
    const topic = ex.model.graph.nodes().find((key) => key.startsWith("topic:"))!;
    void ex.expand([topic]);
  });
  await page.waitForFunction((n) => window.__rgeExplorer!.model.graph.order > n, before);
  await explorerSettled(page);
}

/** "How are you connected?" on the open profile: picks `name` (first suggestion) and waits for the answer. */
async function pathOnProfile(page: Page, name: string): Promise<void> {
  const input = page.locator("[data-path-card] input[role=combobox]");
  await input.fill(name);
  await page.locator("[data-path-card] [role=option]").first().waitFor();
  await input.press("ArrowDown");
  await input.press("Enter");
  await page.locator("[data-path-card] [data-action=find-paths]").click();
  await page.locator("[data-path-output][data-state=found], [data-path-output][data-state=none]").waitFor();
}

export const A11Y_CASES: A11yCase[] = [
  { name: "home", path: "/", ready: ".hero__stat" },
  { name: "profile-seed", path: person("arxiv:Xia Song"), ready: GRAPH_DONE },
  { name: "profile-hub", path: person("arxiv:S.Shelah"), ready: GRAPH_DONE },
  {
    name: "profile-card-open",
    path: person("arxiv:Xia Song"),
    ready: GRAPH_DONE,
    act: async (page) => {
      await page.locator(".graph-nodes__details summary").click();
      await page.locator(".graph-nodes__item").first().click();
      await page.locator(".graph-card-slot > *").first().waitFor();
    },
  },
  {
    name: "profile-graph-keyboard",
    path: person("arxiv:S.Shelah"),
    ready: GRAPH_DONE,
    act: async (page) => {
      await page.locator("[aria-roledescription=graph]").focus();
      await page.keyboard.press("ArrowRight");
      await page.locator("[data-graph-announcer]").filter({ hasText: "neighbour" }).waitFor();
    },
  },
  {
    name: "profile-path-found",
    path: person("arxiv:S.Shelah"),
    ready: GRAPH_DONE,
    act: async (page) => pathOnProfile(page, "E.Witten"),
  },
  {
    name: "profile-path-none",
    path: person("arxiv:S.Shelah"),
    ready: GRAPH_DONE,
    act: async (page) => pathOnProfile(page, "K.R.Elder"),
  },
  {
    name: "explorer-paths",
    path: explore("person:arxiv:S.Shelah"),
    ready: ".ex canvas",
    act: async (page) => {
      await explorerSettled(page);
      await page.evaluate(() => window.__rgeExplorer!.add("person:arxiv:E.Witten"));
      await explorerSettled(page);
      await page.evaluate(() => {
        window.__rgeExplorer!.select("person:arxiv:S.Shelah");
        window.__rgeExplorer!.select("person:arxiv:E.Witten", true);
      });
      await page.locator("[data-path-section] [data-action=find-paths]").click();
      await page.locator("[data-path-section] [data-path-output][data-state=found]").waitFor();
      await explorerSettled(page);
    },
  },
  { name: "paper", path: paper("arxiv:hep-th/9407087"), ready: GRAPH_DONE },
  { name: "paper-seed", path: paper("arxiv:2204.06644"), ready: GRAPH_DONE },
  {
    // The citation graph after "Show more" of the citing works (a second request, longer lists).
    name: "paper-citations-more",
    path: paper("arxiv:hep-th/9407087"),
    ready: GRAPH_DONE,
    act: async (page) => {
      await page.locator("[data-action=more-citing]").click();
      await page.locator("[data-list=graph-citing] li").nth(12).waitFor();
    },
  },
  {
    // Colour by topic and the topic filter: collaborations in that topic only.
    name: "explorer-topic-filter",
    path: `${explore("person:arxiv:Xia Song")}&topic=${encodeURIComponent("topic:arxiv:cs.LG")}&color=topic`,
    ready: ".ex canvas",
    act: explorerSettled,
  },
  { name: "explorer", path: explore("person:arxiv:Xia Song"), ready: ".ex canvas", act: explorerSettled },
  {
    name: "explorer-expanded-panel",
    path: explore("person:arxiv:Xia Song"),
    ready: ".ex canvas",
    act: async (page) => {
      await expandTopic(page);
      await page.evaluate(() => window.__rgeExplorer!.select("person:arxiv:Xia Song"));
      await page.locator(".ex-right .ex-card__title").waitFor();
    },
  },
  {
    name: "explorer-export-menu",
    path: explore("person:arxiv:Xia Song"),
    ready: ".ex canvas",
    act: async (page) => {
      await explorerSettled(page);
      await page.locator(".ex-top [data-action=export]").click();
      await page.locator(".export-menu__list:not([hidden])").waitFor();
    },
  },
  {
    name: "profile-export-menu",
    path: person("arxiv:Xia Song"),
    ready: GRAPH_DONE,
    act: async (page) => {
      await page.locator(".graph-panel [data-action=export]").click();
      await page.locator(".export-menu__list:not([hidden])").waitFor();
    },
  },
  {
    name: "explorer-embed-dialog",
    path: explore("person:arxiv:Xia Song"),
    ready: ".ex canvas",
    act: async (page) => {
      await explorerSettled(page);
      await page.locator(".ex-top [data-action=export]").click();
      await page.locator("[data-format=embed]").click();
      await page.getByRole("dialog").waitFor();
    },
  },
  {
    name: "embed",
    path: `/embed?focus=${encodeURIComponent("person:arxiv:Xia Song")}&kinds=person,paper`,
    ready: "main.embed[data-state=ready]",
  },
  { name: "not-found-route", path: "/no/such/page", ready: "main[data-state=not-found]" },
  { name: "not-found-person", path: person("arxiv:Nobody Atall"), ready: "main[data-state=not-found]" },
  // Before any case signs in: the page's context is still signed out here.
  { name: "following-signed-out", path: "/following", ready: "main.following a.button" },
  { name: "inbox-signed-out", path: "/inbox", ready: "main.inbox .state a.button" },
  { name: "profile-db-down", path: person("arxiv:Xia Song"), ready: "main[data-state=error]", app: "down" },
  { name: "home-db-down", path: "/", ready: "main .featured", app: "down" },
  { name: "explorer-db-down", path: explore("person:arxiv:Xia Song"), ready: ".ex-toast:not([hidden])", app: "down" },
  { name: "phone-home", path: "/", ready: ".hero__stat", viewport: PHONE },
  { name: "phone-profile", path: person("arxiv:Xia Song"), ready: GRAPH_DONE, viewport: PHONE },
  { name: "phone-paper", path: paper("arxiv:hep-th/9407087"), ready: GRAPH_DONE, viewport: PHONE },
  { name: "sign-in", path: "/sign-in?next=%2F", ready: "main.sign-in[data-state=ready]" },
  { name: "sign-in-link-error", path: "/sign-in?error=link", ready: "main.sign-in[data-state=ready]" },
  { name: "sign-in-after-deletion", path: "/sign-in?notice=deleted", ready: "main.sign-in[data-state=ready]" },
  {
    name: "sign-in-sent",
    path: "/sign-in",
    ready: "main.sign-in[data-state=ready]",
    act: async (page) => {
      await page.getByLabel("Email address").fill("a11y-sent@example.org");
      await page.keyboard.press("Enter");
      await page.locator("[data-state=sent]").waitFor();
    },
  },
  {
    name: "account",
    path: "/",
    ready: ".hero__stat",
    act: async (page) => {
      await signedIn(page, "/account");
      await page.locator("main.account[data-state=ready]").waitFor();
    },
  },
  {
    name: "account-menu-open",
    path: "/",
    ready: ".hero__stat",
    act: async (page) => {
      await signedIn(page, "/");
      await page.locator(".site-account__button").click();
      await page.locator(".site-account__panel:not([hidden])").waitFor();
    },
  },
  {
    name: "account-delete-dialog",
    path: "/",
    ready: ".hero__stat",
    act: async (page) => {
      await signedIn(page, "/account");
      await page.getByRole("button", { name: "Delete account…" }).click();
      await page.getByRole("dialog").waitFor();
    },
  },
  {
    name: "profile-signed-in-connect",
    path: "/",
    ready: ".hero__stat",
    act: async (page) => {
      await signedIn(page, person("arxiv:Xia Song"));
      await page.locator("[data-follow=signed-in]").waitFor();
    },
  },
  {
    name: "profile-claim-dialog",
    path: "/",
    ready: ".hero__stat",
    act: async (page) => {
      await signedIn(page, person("arxiv:Xia Song"));
      await page.locator("[data-claim=open]").click();
      await page.getByRole("dialog").waitFor();
    },
  },
  {
    name: "following",
    path: "/",
    ready: ".hero__stat",
    act: async (page) => {
      await signedIn(page, "/following");
      await page.locator("[data-following]").waitFor();
    },
  },
  {
    name: "moderation",
    path: "/",
    ready: ".hero__stat",
    act: async (page) => {
      // Signed in as the moderator already (the other colour scheme's run), or sign in now.
      await page.goto(`${live.baseUrl}/moderation`);
      const queue = page.locator("[data-queue]");
      await queue.waitFor();
      if (!["list", "empty"].includes((await queue.getAttribute("data-queue")) ?? "")) {
        await signedIn(page, "/moderation", MODERATOR);
        await page.locator("[data-queue=list], [data-queue=empty]").waitFor();
      }
    },
  },
  {
    name: "inbox",
    path: "/",
    ready: ".hero__stat",
    act: async (page) => {
      await signedIn(page, "/");
      const conversationId = await populatedInbox(live.app, driver, page, live.baseUrl);
      await page.goto(`${live.baseUrl}/inbox?c=${conversationId}`);
      await page.locator(".thread .composer").waitFor();
      await page.locator(".invite[data-status=pending]").waitFor();
    },
  },
  {
    name: "inbox-block-confirm",
    path: "/",
    ready: ".hero__stat",
    act: async (page) => {
      await signedIn(page, "/");
      await populatedInbox(live.app, driver, page, live.baseUrl);
      await page.goto(`${live.baseUrl}/inbox`);
      await page.getByRole("button", { name: "Block sender" }).click();
      await page.getByRole("button", { name: "Block", exact: true }).waitFor();
    },
  },
  {
    name: "profile-invite-form",
    path: "/",
    ready: ".hero__stat",
    act: async (page) => {
      await signedIn(page, "/");
      const me = (await (await page.request.get(`${live.baseUrl}/api/me`)).json()) as Me;
      const people = await unclaimedPeople(driver, 0);
      await grantClaim(driver, me.user.id, people.pair[0]);
      await researcher(live.app, driver, "invitee", people.pair[1]);
      await page.goto(`${live.baseUrl}${person(people.pair[1])}`);
      await page.getByRole("button", { name: "Invite to collaborate" }).click();
      await page.locator(".invite-fit[data-fit]").waitFor();
    },
  },
  {
    name: "import",
    path: "/",
    ready: ".hero__stat",
    act: async (page) => {
      await signedIn(page, "/import");
      await page.locator(".import__form").waitFor();
    },
  },
  {
    name: "import-summary",
    path: "/",
    ready: ".hero__stat",
    act: async (page) => {
      await signedIn(page, "/import");
      await page.getByLabel("BibTeX or RIS file").setInputFiles(LIBRARY_BIB);
      await page.getByRole("button", { name: "Upload" }).click();
      await page.locator("[data-summary]").waitFor();
    },
  },
  {
    name: "phone-explorer",
    path: explore("person:arxiv:Xia Song"),
    ready: ".ex canvas",
    act: explorerSettled,
    viewport: PHONE,
  },
  // The network through time (issue 12 §3, §6): the year playback stepped by hand, the history chart with a year
  // picked and its table open, a paper's history with the source's counts.
  {
    // The harness asks for reduced motion: playback then only steps (Play is disabled, a note says why).
    name: "profile-playback-stepped",
    path: person("arxiv:Xia Song"),
    ready: GRAPH_DONE,
    act: async (page) => {
      await page.click("[data-action=grow]");
      await page.click(".graph-years [data-action=year-forward]");
      await page.waitForSelector(".graph-years .year-playback[data-playing=false] .yp-note:not([hidden])");
    },
  },
  {
    name: "profile-history-year",
    path: person("arxiv:Xia Song"),
    ready: GRAPH_DONE,
    act: async (page) => {
      await page.locator(".history-card[data-state=ready] .hc-year").last().click();
      await page.locator(".history-card summary").click();
    },
  },
  {
    name: "paper-history-source",
    path: paper("openalex:W100927044"),
    ready: ".history-card[data-state=ready]",
    act: async (page) => {
      await page.waitForSelector(GRAPH_DONE);
      await page.locator(".history-card summary").click();
    },
  },
  // The team lens (issue 12 §2).
  { name: "team", path: TEAM_PATH, ready: TEAM_DONE },
  { name: "team-gather", path: "/team", ready: ".team-body[data-state=gather]" },
  {
    name: "profile-team-tray",
    path: person("arxiv:S.Shelah"),
    ready: GRAPH_DONE,
    act: async (page) => {
      // The tray is this browser's localStorage: a run in the other scheme may have filled it already.
      const add = page.getByRole("button", { name: "Add to team" });
      if ((await add.count()) > 0) await add.click();
      await page.getByRole("button", { name: "Remove from team" }).waitFor();
    },
  },
  { name: "phone-team", path: TEAM_PATH, ready: TEAM_DONE, viewport: PHONE },
];

/** The fixture the import page's cases upload (afterAll removes what it added). */
const LIBRARY_BIB = new URL("../fixtures/bibliography/library.bib", import.meta.url).pathname;

/** The live app's moderator (RGE_MODERATOR_EMAILS), for the moderation page. */
const MODERATOR = "a11y-moderator@example.org";

/**
 * Signs a user (a fresh one unless `email` is given) in on the live app, in the page's context (later cases stay
 * signed in unless they sign out).
 */
async function signedIn(page: Page, then: string, email?: string): Promise<void> {
  const address = email ?? `a11y-${Date.now()}-${Math.random()}@example.org`;
  await signInInBrowser(page, live.baseUrl, live.app.mailer.outbox!, address);
  await page.goto(`${live.baseUrl}${then}`);
}

const DESKTOP = { width: 1400, height: 900 };

let live: RunningApp;
let down: RunningApp;
let driver: Driver;
let browser: Browser;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  [live, down, browser] = await Promise.all([
    startTestApp({ RGE_MODERATOR_EMAILS: MODERATOR, RGE_ALLOW_UPLOADS: "true" }),
    startAppWithoutDatabase(),
    launchBrowser(),
  ]);
  driver = testDriver();
  page = await (await browser.newContext({ viewport: DESKTOP })).newPage();
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
});

afterAll(async () => {
  if (driver) await removeCollaborationData(driver);
  if (driver) await removeBibliographyImports(driver);
  await driver?.close();
  await browser?.close();
  await Promise.all([live?.close(), down?.close()]);
});

describe("axe-core: zero WCAG 2.1 A/AA and best-practice violations", () => {
  for (const entry of A11Y_CASES) {
    for (const scheme of entry.schemes ?? (["light", "dark"] as const)) {
      it(`${entry.name} (${scheme})`, async () => {
        await page.setViewportSize(entry.viewport ?? DESKTOP);
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
        const base = entry.app === "down" ? down.baseUrl : live.baseUrl;
        await page.goto(`${base}${entry.path}`);
        await page.waitForSelector(entry.ready, { timeout: 60_000 });
        await entry.act?.(page);
        const violations = describeViolations(await axeViolations(page));
        if (violations.length > 0) await screenshot(page, `a11y-${entry.name}-${scheme}`);
        expect(violations).toEqual([]);
        expect(problems).toEqual([]);
      });
    }
  }
});
