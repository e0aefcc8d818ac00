/**
 * Exports in headless Chromium against the real app: the explorer's export menu, walked by keyboard, saves every
 * format; each file is read with an independent parser and compared with what the view draws (nodes and edges not
 * hidden by the filters, their labels); the PNG has the requested size and is not blank (decoded with pngjs). The
 * profile page offers the same menu on its embedded graph.
 */
import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { DOMParser } from "@xmldom/xmldom";
import { parse as parseRis } from "astrocite-ris";
import { parse as parseCsv } from "csv-parse/sync";
import { DirectedGraph } from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { ARTIFACTS_DIR, launchBrowser, openPage, screenshot, type WatchedPage } from "../_helpers/browser.ts";
import { graphReady } from "./profile-graph.ts";
import { explorerSettled } from "../_helpers/explorer-settled.ts";

let app: RunningApp;
let browser: Browser;
let watched: WatchedPage;
let page: Page;

/** What the explorer's view draws: nodes and edges Sigma does not hide (the kinds filter hides topics here). */
const drawn = () =>
  page.evaluate(() => {
    const { model, view } = window.__rgeExplorer!;
    const graph = model.graph;
    const shown = (key: string) => view.renderer.getNodeDisplayData(key)?.visibility !== "hidden";
    const nodes = graph.nodes().filter(shown);
    const edges = graph.edges().filter((edge) => {
      const [source, target] = graph.extremities(edge);
      return view.renderer.getEdgeDisplayData(edge)?.visibility !== "hidden" && shown(source) && shown(target);
    });
    const labels = Object.fromEntries(nodes.map((key) => [key, graph.getNodeAttribute(key, "label")]));
    const papers = nodes.filter((key) => graph.getNodeAttribute(key, "kind") === "paper").length;
    const { width, height } = view.renderer.getDimensions();
    return { nodes, edges, labels, papers, hidden: graph.order - nodes.length, width, height };
  });

/** Opens the export menu from the keyboard, walks down to `format` and saves it; returns the file's bytes. */
async function exportByKeyboard(format: string): Promise<{ name: string; bytes: Buffer }> {
  await page.focus(".ex-top [data-action=export]");
  await page.keyboard.press("ArrowDown");
  for (let step = 0; step < 20; step += 1) {
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.format ?? null);
    if (focused === format) break;
    await page.keyboard.press("ArrowDown");
  }
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  app = await startTestApp();
  browser = await launchBrowser();
  const focus = encodeURIComponent("person:arxiv:Xia Song");
  watched = await openPage(browser, `${app.baseUrl}/explore?focus=${focus}&kinds=person,paper,institution`);
  page = watched.page;
  await explorerSettled(page);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe("explorer export menu", () => {
  it("is a labelled menu button that opens and closes by keyboard", async () => {
    const button = page.locator(".ex-top [data-action=export]");
    await button.focus();
    await page.keyboard.press("Enter");
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    expect(await page.locator("[role=menu] [role=menuitem]").count()).toBeGreaterThanOrEqual(10);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("role"))).toBe("menuitem");
    await screenshot(page, "export-menu");
    await page.keyboard.press("Escape");
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-action"))).toBe("export");
  });

  it("GEXF and GraphML hold the nodes and edges the view draws, with their labels", async () => {
    const view = await drawn();
    expect(view.hidden).toBeGreaterThan(0);
    for (const [format, parse] of [
      ["gexf", parseGexf],
      ["graphml", parseGraphml],
    ] as const) {
      const file = await exportByKeyboard(format);
      expect(file.name).toMatch(new RegExp(`\\.${format}$`));
      const graph = parse(DirectedGraph, file.bytes.toString("utf8"));
      expect(graph.nodes().sort()).toEqual([...view.nodes].sort());
      expect(graph.size).toBe(view.edges.length);
      for (const key of view.nodes) expect(graph.getNodeAttribute(key, "label")).toBe(view.labels[key]);
    }
  });

  it("CSV files have one row per drawn node and per drawn edge", async () => {
    const view = await drawn();
    const nodes = parseCsv((await exportByKeyboard("nodes-csv")).bytes, { columns: true }) as { key: string }[];
    const edges = parseCsv((await exportByKeyboard("edges-csv")).bytes, { columns: true }) as { key: string }[];
    expect(nodes.map((row) => row.key).sort()).toEqual([...view.nodes].sort());
    expect(edges.map((row) => row.key).sort()).toEqual([...view.edges].sort());
  });

  it("SVG draws one circle per drawn node and one line per drawn edge", async () => {
    const view = await drawn();
    const doc = new DOMParser().parseFromString(
      (await exportByKeyboard("svg")).bytes.toString("utf8"),
      "image/svg+xml",
    );
    const circles = Array.from(doc.getElementsByTagName("circle")).filter((c) => c.getAttribute("data-key"));
    expect(circles.map((c) => c.getAttribute("data-key")).sort()).toEqual([...view.nodes].sort());
    expect(doc.getElementsByTagName("line").length).toBe(view.edges.length);
  });

  it("BibTeX and RIS list every paper drawn", async () => {
    const view = await drawn();
    expect(view.papers).toBeGreaterThan(0);
    const library = parseBibtex((await exportByKeyboard("bibtex")).bytes.toString("utf8"), { sentenceCase: false });
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(view.papers);
    expect(library.entries.every((entry) => (entry.fields.title ?? "").length > 0)).toBe(true);
    expect(parseRis((await exportByKeyboard("ris")).bytes.toString("utf8"))).toHaveLength(view.papers);
  });

  it("PNG at 2× has twice the view's width and is not blank", async () => {
    const view = await drawn();
    const file = await exportByKeyboard("png-2x");
    writeFileSync(join(ARTIFACTS_DIR, "export-explorer-2x.png"), file.bytes);
    const png = PNG.sync.read(file.bytes);
    expect(png.width).toBe(view.width * 2);
    expect(png.height).toBeGreaterThan(view.height * 2);
    const colours = new Set<number>();
    let inked = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
      if (r < 240 || g < 240 || b < 240) inked += 1;
      colours.add((r << 16) | (g << 8) | b);
    }
    expect(inked / (png.width * png.height)).toBeGreaterThan(0.005);
    expect(colours.size).toBeGreaterThan(20);
    expect(watched.problems).toEqual([]);
  });
});

describe("profile graph export", () => {
  it("offers the same menu and saves the drawn graph", async () => {
    const profile = await openPage(browser, `${app.baseUrl}/people/${encodeURIComponent("arxiv:Xia Song")}`);
    page = profile.page;
    const { order, size } = await graphReady(page);
    await page.click(".graph-panel [data-action=export]");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("[data-format=gexf]")]);
    const graph = parseGexf(DirectedGraph, readFileSync((await download.path())!, "utf8"));
    expect([graph.order, graph.size]).toEqual([order, size]);
    expect(profile.problems).toEqual([]);
    await profile.page.context().close();
  });
});
