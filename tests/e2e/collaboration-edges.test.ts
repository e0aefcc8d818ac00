/**
 * Issue 12 §4 and §5 in headless Chromium against the real app and data: a co-author edge under the pointer gets
 * its topic label drawn (the renderer's displayed edge labels) and its tooltip; Tab walks along a collaboration and
 * the live region reads it; the explorer's topic filter keeps only that topic's collaborations; the paper graph puts
 * references left and citing works right, ranked top down, and "Show more" adds works. Screenshots:
 * test-artifacts/edges-*.png.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { launchBrowser, openPage, screenshot } from "../_helpers/browser.ts";
import { graphReady, realProblems } from "./profile-graph.ts";

const PROFILE = "/people/arxiv%3AXia%20Song";
const PAPER = "arxiv:hep-th/9407087"; // 9 references and about 200 citing works in the Paperscape sample

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

/** A point on a co-author edge with topics where the renderer's picking finds that edge (page coordinates). */
function edgeTarget(page: Page) {
  return page.evaluate(() => {
    const { graph, renderer } = window.__rge!;
    const picker = renderer as unknown as { getHitAtPosition(p: { x: number; y: number }): { key?: string } | null };
    const box = renderer.getContainer().getBoundingClientRect();
    const edges = graph.filterEdges((_e, a) => a.kind === "coauthor" && Array.isArray(a.topicNames));
    for (const edge of edges) {
      const [s, t] = graph.extremities(edge).map((k) => renderer.graphToViewport(graph.getNodeAttributes(k)));
      for (const f of [0.5, 0.4, 0.6, 0.3, 0.7]) {
        const x = s!.x + (t!.x - s!.x) * f;
        const y = s!.y + (t!.y - s!.y) * f;
        if (x < 10 || y < 10 || x > box.width - 70 || y > box.height - 10) continue;
        if (picker.getHitAtPosition({ x, y })?.key === edge) return { edge, x: box.left + x, y: box.top + y };
      }
    }
    return null;
  });
}

describe("topic-labelled collaborations", () => {
  it("draw the hovered edge's topic label and show its tooltip", async () => {
    const { page, problems } = await openPage(browser, `${app.baseUrl}${PROFILE}`);
    await graphReady(page);
    await page.locator(".graph-box").scrollIntoViewIfNeeded();
    const target = await edgeTarget(page);
    expect(target, "a co-author edge the pointer can reach").not.toBeNull();
    await page.mouse.move(target!.x, target!.y);
    await page.waitForFunction((edge) => window.__rge!.view.getState().hoveredEdge === edge, target!.edge);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const seen = await page.evaluate((edge) => {
      const { graph, renderer, view } = window.__rge!;
      const attributes = graph.getEdgeAttributes(edge);
      return {
        drawn: renderer.getEdgeDisplayedLabels().has(edge),
        label: renderer.getEdgeDisplayData(edge)?.label,
        tooltip: view.edgeTooltip(),
        works: attributes.works,
        names: attributes.topicNames as string[],
      };
    }, target!.edge);
    expect(seen.drawn).toBe(true);
    expect(seen.label).toContain(seen.names[0]!.slice(0, 10));
    expect(seen.tooltip).toContain(`${seen.works} shared work`);
    expect(seen.tooltip).toContain(seen.names[0]);
    await screenshot(page, "edges-profile-hover");
    // Away from the edge: the tooltip goes.
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => window.__rge!.view.edgeTooltip() === "");
    expect(realProblems(problems)).toEqual([]);
    await page.context().close();
  });

  it("read a collaboration aloud when Tab walks to a co-author", async () => {
    const { page } = await openPage(browser, `${app.baseUrl}${PROFILE}`);
    await graphReady(page);
    await page.locator("[aria-roledescription=graph]").focus();
    await page.keyboard.press("ArrowRight");
    await page.locator("[data-graph-announcer]").filter({ hasText: "neighbour" }).waitFor();
    // From the focus (Xia Song), Tab visits its neighbours until a co-author's collaboration is read.
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press("Tab");
      const text = await page.locator("[data-graph-announcer]").innerText();
      if (text.includes("Collaboration with")) break;
    }
    const announced = await page.locator("[data-graph-announcer]").innerText();
    expect(announced).toMatch(/Collaboration with .+: \d+ shared works?, \d{4}/);
    expect(await page.evaluate(() => window.__rge!.view.edgeTooltip())).toMatch(/shared work/);
    await page.context().close();
  });

  it("keep only that topic's collaborations under the explorer's topic filter", async () => {
    const topic = "topic:arxiv:cs.LG";
    const url = `${app.baseUrl}/explore?focus=${encodeURIComponent("person:arxiv:Xia Song")}&color=topic`;
    const { page, problems } = await openPage(browser, url);
    await page.waitForFunction(() => {
      const ex = window.__rgeExplorer;
      return ex !== undefined && ex.model.graph.order > 0 && !ex.model.busy() && !ex.layoutRunning();
    });
    await page.selectOption("select[name=topic]", topic);
    await page.waitForFunction(() => new URL(location.href).searchParams.has("topic"));
    const edges = await page.evaluate(
      (id) => {
        const { model, view } = window.__rgeExplorer!;
        const out = { inTopicShown: 0, otherShown: 0, otherHidden: 0 };
        model.graph.forEachEdge((edge, a) => {
          if (a.kind !== "coauthor") return;
          const hidden = view.renderer.getEdgeDisplayData(edge)?.visibility === "hidden";
          const inTopic = (a.topics ?? []).includes(id);
          if (inTopic && !hidden) out.inTopicShown += 1;
          if (!inTopic) out[hidden ? "otherHidden" : "otherShown"] += 1;
        });
        return out;
      },
      topic.replace("topic:", ""),
    );
    expect(edges.inTopicShown).toBeGreaterThan(0);
    expect(edges.otherHidden).toBeGreaterThan(0);
    expect(edges.otherShown).toBe(0);
    await screenshot(page, "edges-explorer-topic-filter");
    expect(realProblems(problems)).toEqual([]);
    await page.context().close();
  });
});

describe("the paper graph", () => {
  it("puts references left and citing works right, ranked top down, and shows more on request", async () => {
    const { page, problems } = await openPage(browser, `${app.baseUrl}/papers/${encodeURIComponent(PAPER)}`);
    await graphReady(page);
    const placed = () =>
      page.evaluate(() => {
        const { graph, renderer } = window.__rge!;
        return graph.mapNodes((key, a) => {
          const { x, y } = renderer.graphToViewport(a);
          const { side, rank } = a as unknown as { side: string; rank: number };
          return { key, side, rank, x, y };
        });
      });
    const nodes = await placed();
    const focus = nodes.find((n) => n.side === "focus")!;
    const refs = nodes.filter((n) => n.side === "reference");
    const citing = nodes.filter((n) => n.side === "citing");
    expect(refs.length).toBeGreaterThan(0);
    expect(citing.length).toBe(12);
    for (const n of refs) expect(n.x).toBeLessThan(focus.x);
    for (const n of citing) expect(n.x).toBeGreaterThan(focus.x);
    // Within a column, rank 1 on top.
    const byRank = [...citing].sort((a, b) => a.rank - b.rank).map((n) => n.y);
    expect(byRank).toEqual([...byRank].sort((a, b) => a - b));
    // Arrows show the direction (the renderer draws cites edges with a head).
    const heads = await page.evaluate(() => {
      const { graph, renderer } = window.__rge!;
      return graph.mapEdges((edge) => renderer.getEdgeDisplayData(edge)?.head);
    });
    expect(new Set(heads)).toEqual(new Set(["arrow"]));
    // The lists name the authors and topics of the same works, in the same order.
    const firstRow = page.locator("[data-list=graph-citing] li").first();
    expect(await firstRow.getAttribute("data-key")).toBe([...citing].sort((a, b) => a.rank - b.rank)[0]!.key);
    expect(await firstRow.locator(".citation-topics").innerText()).not.toBe("");
    await page.locator(".citation-graph").scrollIntoViewIfNeeded();
    await screenshot(page, "edges-paper-graph");
    await page.locator("[data-action=more-citing]").click();
    await page.waitForFunction((before) => window.__rge!.graph.order > before, nodes.length);
    expect((await placed()).filter((n) => n.side === "citing").length).toBe(24);
    expect(realProblems(problems)).toEqual([]);
    await page.context().close();
  });
});
