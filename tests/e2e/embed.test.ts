/**
 * The embed, as a person would use it: the explorer's export menu gives an <iframe> snippet; a page on another
 * origin pastes it; the frame draws the same state (the kinds filter holds), read-only, with a link back. The CSP lets
 * only /embed be framed. The canvas inside the iframe is checked not to be blank (its screenshot, decoded).
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, Frame, Page } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { launchBrowser, openPage, screenshot } from "../_helpers/browser.ts";

const FOCUS = "person:arxiv:Xia Song";
let app: RunningApp;
let browser: Browser;
let host: Server;
let hostHtml = "";

beforeAll(async () => {
  app = await startTestApp();
  browser = await launchBrowser();
  host = createServer((_request, response) => {
    response.setHeader("content-type", "text/html; charset=utf-8");
    response.end(
      `<!doctype html><html lang="en"><title>Host</title><body><h1>A blog post</h1>${hostHtml}</body></html>`,
    );
  });
  await new Promise<void>((resolve) => host.listen(0, "127.0.0.1", resolve));
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  await new Promise((resolve) => host?.close(resolve));
});

describe("framing headers", () => {
  it("/embed may be framed by any site; other pages and the API by none", async () => {
    const embed = await app.app.inject({ method: "GET", url: `/embed?focus=${encodeURIComponent(FOCUS)}` });
    expect(embed.headers["content-security-policy"]).toMatch(/frame-ancestors \*/);
    expect(embed.headers["x-frame-options"]).toBeUndefined();
    for (const url of ["/explore", "/", "/api/health"]) {
      const other = await app.app.inject({ method: "GET", url });
      expect(other.headers["content-security-policy"], url).toMatch(/frame-ancestors 'none'/);
      expect(other.headers["x-frame-options"], url).toBe("SAMEORIGIN");
    }
  });
});

describe("the embed snippet on another site", () => {
  let page: Page;
  let snippet = "";

  it("comes from the explorer's export menu, keyboard only", async () => {
    const state = `focus=${encodeURIComponent(FOCUS)}&kinds=person,paper`;
    const explorer = await openPage(browser, `${app.baseUrl}/explore?${state}`);
    page = explorer.page;
    await page.waitForFunction(() => {
      const ex = window.__rgeExplorer;
      return ex !== undefined && ex.model.graph.order > 0 && !ex.model.busy();
    });
    await page.focus(".ex-top [data-action=export]");
    await page.keyboard.press("ArrowUp"); // opens on the last item: Embed…
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.format)).toBe("embed");
    await page.keyboard.press("Enter");
    const code = page.getByLabel("Embed code");
    await code.waitFor();
    await screenshot(page, "embed-dialog");
    snippet = await code.inputValue();
    expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\?focus=/);
    expect(snippet).toContain("kinds=person%2Cpaper");
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-action"))).toBe("export");
    expect(explorer.problems).toEqual([]);
    await page.context().close();
  });

  it("draws the same state inside the iframe (canvas not blank), read-only, with a link back", async () => {
    hostHtml = snippet;
    const port = (host.address() as AddressInfo).port;
    const watched = await openPage(browser, `http://localhost:${port}/`);
    page = watched.page;
    const frame: Frame = await (await page.waitForSelector("iframe")).contentFrame().then((f) => f!);
    await frame.waitForSelector("main.embed[data-state=ready]", { timeout: 60_000 });
    const drawn = await frame.evaluate(() => {
      const { model, view } = window.__rgeEmbed!;
      const shown = model.graph.nodes().filter((k) => view.renderer.getNodeDisplayData(k)?.visibility !== "hidden");
      return { kinds: [...new Set(shown.map((k) => k.split(":")[0]))].sort(), shown: shown.length };
    });
    expect(drawn.kinds).toEqual(["paper", "person"]);
    expect(drawn.shown).toBeGreaterThan(10);
    const link = frame.locator("a.embed__link");
    expect(await link.getAttribute("href")).toMatch(
      /\/explore\?focus=person%3Aarxiv%3AXia\+Song.*kinds=person%2Cpaper/,
    );
    expect(await frame.locator("input, textarea, button").count()).toBe(0);
    const picture = PNG.sync.read(await page.locator("iframe").screenshot());
    let inked = 0;
    for (let i = 0; i < picture.data.length; i += 4) {
      if (picture.data[i]! < 200 || picture.data[i + 1]! < 200 || picture.data[i + 2]! < 200) inked += 1;
    }
    expect(inked / (picture.width * picture.height)).toBeGreaterThan(0.01);
    await screenshot(page, "embed-host");
    expect(watched.problems).toEqual([]);
  });
});
