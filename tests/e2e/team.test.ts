/**
 * The team lens as a person uses it: a team of twelve with bridges drawn and listed (checked against the raw data),
 * the URL as the state (remove, add with the search box, back, forward, reload), the explorer's shift-click and
 * Shift+Enter selection → "Open as team", the profile's "Add to team" tray, and the page on a phone.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { launchBrowser, openPage, screenshot } from "../_helpers/browser.ts";
import { readPaperscape } from "../_helpers/paperscape-oracle.ts";
import { expectedTeam } from "../_helpers/team-oracle.ts";
import { explorerSettled } from "../_helpers/explorer-settled.ts";
import { realProblems } from "./profile-graph.ts";

const HUB = "S.Shelah";
const oracle = readPaperscape();
/** The hub's twelve closest co-authors: a team the hub (and others) bridge. */
const MEMBERS = [...oracle.coauthors.get(HUB)!]
  .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
  .slice(0, 12)
  .map(([name]) => name);
const keyOf = (name: string) => `person:arxiv:${name}`;
const teamUrl = (names: string[]) => `/team?people=${names.map((name) => encodeURIComponent(keyOf(name))).join(",")}`;
const READY = ".team-body[data-state=ready] .graph-box[data-state=ready][data-layout=done]";

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

const memberRows = (page: Page) =>
  page.locator(".team-table tbody tr").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-member")));
const urlMembers = (page: Page) => new URL(page.url()).searchParams.get("people")!.split(",");

describe("a team of twelve", () => {
  let page: Page;
  let problems: string[];

  it("draws the members and bridges and lists the bridges as the raw data ranks them", async () => {
    ({ page, problems } = await openPage(browser, `${app.baseUrl}${teamUrl(MEMBERS)}`));
    await page.locator(READY).waitFor({ timeout: 90_000 });
    const expected = expectedTeam(oracle, MEMBERS);
    expect(expected.bridges.length).toBeGreaterThan(1);
    const listed = await page
      .locator(".team-bridges [data-bridge]")
      .evaluateAll((items) => items.map((item) => item.getAttribute("data-bridge")));
    expect(listed).toEqual(expected.bridges.slice(0, 20).map((bridge) => bridge.key));
    expect(listed[0]).toBe(keyOf(HUB));
    await expect.poll(() => memberRows(page)).toEqual(MEMBERS.map(keyOf));
    // Every member and bridge is drawn (visible in the renderer), members bigger than any bridge.
    const drawn = await page.evaluate(
      ({ members, bridges }) => {
        const r = window.__rge!.renderer;
        const size = (key: string) => r.getNodeDisplayData(key)?.size ?? 0;
        const hidden = [...members, ...bridges].filter(
          (key) => r.getNodeDisplayData(key)?.visibility === "hidden" || size(key) === 0,
        );
        return { hidden, minMember: Math.min(...members.map(size)), maxBridge: Math.max(...bridges.map(size)) };
      },
      { members: MEMBERS.map(keyOf), bridges: listed as string[] },
    );
    expect(drawn.hidden).toEqual([]);
    expect(drawn.minMember).toBeGreaterThan(drawn.maxBridge);
    // Each internal co-authorship of the raw data is an edge of the drawn graph.
    const edges = await page.evaluate(() => window.__rge!.graph.edges());
    for (const pair of expected.internal.keys()) {
      const [a, b] = pair.split("|").map(keyOf) as [string, string];
      expect(edges).toContain(`coauthor:${a < b ? a : b}->${a < b ? b : a}`);
    }
    await screenshot(page, "team-12");
    expect(realProblems(problems)).toEqual([]);
  });

  it("keeps its state in the URL: remove, back, forward, add with the search box, reload", async () => {
    const removed = MEMBERS[3]!;
    await page
      .getByRole("button", { name: `Remove ${removed} from the team` })
      .first()
      .click();
    await page.locator(READY).waitFor({ timeout: 60_000 });
    expect(urlMembers(page)).toEqual(MEMBERS.filter((name) => name !== removed).map(keyOf));
    await expect.poll(() => memberRows(page)).toHaveLength(11);
    await page.goBack();
    await expect.poll(() => memberRows(page)).toEqual(MEMBERS.map(keyOf));
    await page.goForward();
    await expect.poll(() => memberRows(page)).toHaveLength(11);

    // The hub joins through the search box (keyboard: type, ArrowDown, Enter) and stops being a bridge.
    const search = page.getByRole("combobox", { name: "Add a researcher to the team" });
    await search.fill("Shelah");
    await page.locator(`.team-bar [role=option][data-key="${keyOf(HUB)}"]`).waitFor();
    await search.press("ArrowDown");
    await search.press("Enter");
    await page.locator(`.team-table tr[data-member="${keyOf(HUB)}"]`).waitFor({ timeout: 60_000 });
    await page.locator(READY).waitFor({ timeout: 60_000 });
    expect(urlMembers(page).at(-1)).toBe(keyOf(HUB));
    expect(await page.locator(`.team-bridges [data-bridge="${keyOf(HUB)}"]`).count()).toBe(0);

    await page.reload();
    await page.locator(READY).waitFor({ timeout: 60_000 });
    await expect.poll(() => memberRows(page)).toHaveLength(12);
    expect(realProblems(problems)).toEqual([]);
  });
});

describe("gathering a team elsewhere", () => {
  it("explorer: shift-click and Shift+Enter select people, then Open as team", async () => {
    const { page, problems } = await openPage(
      browser,
      `${app.baseUrl}/explore?focus=${encodeURIComponent(keyOf(HUB))}`,
    );
    await explorerSettled(page);
    // The explorer starts with its focus (the hub) selected. Keyboard: the walk starts on the hub; Tab visits its
    // neighbours until a co-author, and Shift+Enter adds that one to the selection.
    await page.locator("[aria-roledescription=graph]").focus();
    const walking = () => page.evaluate(() => window.__rgeExplorer!.view.getState().keyboardNode);
    if ((await walking()) === null) await page.keyboard.press("ArrowRight");
    expect(await walking()).toBe(keyOf(HUB));
    const coauthor = (key: string | null) => key !== null && key !== keyOf(HUB) && key.startsWith("person:");
    for (let tab = 0; tab < 40 && !coauthor(await walking()); tab += 1) await page.keyboard.press("Tab");
    const byKeyboard = (await walking())!;
    expect(byKeyboard).toMatch(/^person:/);
    await page.keyboard.press("Shift+Enter");
    // Mouse: shift-click another co-author of the hub where it is drawn: the one farthest from any other node, so
    // the click cannot land on a neighbour.
    await page.waitForFunction(() => !window.__rgeExplorer!.view.renderer.getCamera().isAnimating());
    const { other, point } = await page.evaluate(
      ([hub, skip]) => {
        const r = window.__rgeExplorer!.view.renderer;
        const graph = window.__rgeExplorer!.model.graph;
        const box = r.getContainer().getBoundingClientRect();
        const at = (key: string) => r.framedGraphToViewport(r.getNodeDisplayData(key)!);
        const all = graph.nodes().filter((key) => r.getNodeDisplayData(key)?.visibility !== "hidden");
        const clearance = (key: string) => {
          const p = at(key);
          return Math.min(...all.filter((k) => k !== key).map((k) => Math.hypot(at(k).x - p.x, at(k).y - p.y)));
        };
        const inside = (key: string) => {
          const p = at(key);
          return p.x > 20 && p.y > 20 && p.x < box.width - 20 && p.y < box.height - 20;
        };
        const candidates = graph.neighbors(hub!).filter((k) => k.startsWith("person:") && k !== skip && inside(k));
        const best = candidates.sort((a, b) => clearance(b) - clearance(a))[0]!;
        const p = at(best);
        return { other: best, point: { x: box.left + p.x, y: box.top + p.y } };
      },
      [keyOf(HUB), byKeyboard],
    );
    await page.keyboard.down("Shift");
    await page.mouse.click(point.x, point.y);
    await page.keyboard.up("Shift");
    const link = page.locator("[data-action=open-team]");
    await link.waitFor();
    const selection = await page.evaluate(() => window.__rgeExplorer!.model.getState().selection);
    expect(selection).toEqual([keyOf(HUB), byKeyboard, other]);
    await link.click();
    await page.locator(READY).waitFor({ timeout: 60_000 });
    expect(await memberRows(page)).toEqual(selection.filter((key) => key.startsWith("person:")));
    expect(realProblems(problems)).toEqual([]);
  });

  it("profile: Add to team on two profiles, then Open the team", async () => {
    const { page, problems } = await openPage(browser, `${app.baseUrl}/people/${encodeURIComponent(`arxiv:${HUB}`)}`);
    for (const name of [HUB, MEMBERS[0]!]) {
      if (name !== HUB) await page.goto(`${app.baseUrl}/people/${encodeURIComponent(`arxiv:${name}`)}`);
      await page.getByRole("button", { name: "Add to team" }).click();
      await page.getByRole("button", { name: "Remove from team" }).waitFor();
    }
    await page.locator("[data-team-tray] [data-action=open-team]").click();
    await page.locator(READY).waitFor({ timeout: 60_000 });
    expect(await memberRows(page)).toEqual([keyOf(HUB), keyOf(MEMBERS[0]!)]);
    await screenshot(page, "team-from-tray");
    expect(realProblems(problems)).toEqual([]);
  });
});

describe("on a phone", () => {
  it("fits the width: graph drawn, lists and the scrollable member table inside the screen", async () => {
    const { page, problems } = await openPage(browser, `${app.baseUrl}${teamUrl(MEMBERS)}`, {
      width: 390,
      height: 844,
    });
    await page.locator(READY).waitFor({ timeout: 90_000 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "team-phone");
    expect(realProblems(problems)).toEqual([]);
  });
});
