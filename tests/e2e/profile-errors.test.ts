/**
 * Real failure and recovery: the app runs against a Neo4j that is not there (every API call answers 503), the
 * profile shows a message and a Retry button; then the real database comes back on the same address and Retry
 * loads the profile. Nothing is mocked: two real app instances share one port, one after the other.
 */
import type { FastifyInstance } from "fastify";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../server/app.ts";
import { loadConfig } from "../../config/index.ts";
import { freePort, startAppWithoutDatabase } from "../_helpers/app-server.ts";
import { launchBrowser, openPage, screenshot } from "../_helpers/browser.ts";
import { testConnection } from "../_helpers/graph.ts";

async function startApp(port: number, live: boolean): Promise<FastifyInstance> {
  if (!live) return (await startAppWithoutDatabase(port)).app;
  const connection = testConnection();
  const app = await buildApp({
    config: loadConfig({ NEO4J_URI: connection.uri, NEO4J_PASSWORD: connection.password, PORT: String(port) }),
    connection,
    mode: "external",
  });
  await app.listen({ port, host: "127.0.0.1" });
  return app;
}

let browser: Browser;
let app: FastifyInstance | undefined;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

describe("when the graph database is down", () => {
  it("the profile says so, offers Retry, and Retry recovers once the database is back", async () => {
    const port = await freePort();
    app = await startApp(port, false);
    const url = `http://127.0.0.1:${port}/people/${encodeURIComponent("arxiv:Xia Song")}`;
    const { page } = await openPage(browser, url);
    await page.waitForSelector("main[data-state=error]");
    const alert = page.getByRole("alert");
    expect(await alert.innerText()).toContain("The research graph is unavailable");
    const retry = alert.getByRole("button", { name: "Retry" });
    expect(await retry.isVisible()).toBe(true);
    await screenshot(page, "profile-error");

    await app.close();
    app = await startApp(port, true);
    await retry.focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector("main[data-state=ready]");
    expect(await page.locator("h1").innerText()).toBe("Xia Song");
    await page.waitForSelector(".graph-box[data-state=ready]");
    await page.context().close();
  });
});
