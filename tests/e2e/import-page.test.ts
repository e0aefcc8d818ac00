/**
 * The import page as a person uses it, in headless Chromium: sign in, choose library.bib with the keyboard-reachable
 * file input, upload, watch the streamed progress end in the summary (counts as the server's own answer), follow
 * "Open the imported works in the explorer" and see those works drawn. What the upload added is removed afterwards.
 * Screenshots: test-artifacts/import-summary.png, import-explorer.png.
 */
import type { Browser } from "playwright-core";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { removeBibliographyImports } from "../_helpers/bibliography-cleanup.ts";
import { launchBrowser, openPage, screenshot } from "../_helpers/browser.ts";
import { query, testDriver } from "../_helpers/graph.ts";
import { signInInBrowser } from "../_helpers/sign-in.ts";
import { realProblems } from "./profile-graph.ts";

const LIBRARY = new URL("../fixtures/bibliography/library.bib", import.meta.url).pathname;

let app: RunningApp;
let browser: Browser;
let driver: Driver;

beforeAll(async () => {
  driver = testDriver();
  [app, browser] = await Promise.all([startTestApp({ RGE_ALLOW_UPLOADS: "true" }), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.close();
  if (driver) await removeBibliographyImports(driver);
  await driver?.close();
});

it("uploads a BibTeX file, shows the summary and opens the imported works in the explorer", async () => {
  const { page, problems } = await openPage(browser, `${app.baseUrl}/`);
  await signInInBrowser(page, app.baseUrl, app.app.mailer.outbox!, `import-page-${Date.now()}@example.org`);
  await page.goto(`${app.baseUrl}/import`);
  const input = page.getByLabel("BibTeX or RIS file");
  await input.focus();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe("import-file");
  await input.setInputFiles(LIBRARY);
  await page.getByRole("button", { name: "Upload" }).press("Enter");
  const summary = page.locator("[data-summary]");
  await summary.waitFor({ timeout: 60_000 });
  await expect.poll(() => page.locator("[data-progress] p").innerText()).toBe("Done.");
  const count = async (name: string) => Number(await summary.locator(`[data-count=${name}]`).innerText());
  const [matched, added] = [await count("matched"), await count("added")];
  expect(matched + added).toBeGreaterThan(0);
  await screenshot(page, "import-summary");

  const link = page.locator("[data-open-explorer]");
  const focus = new URL((await link.getAttribute("href"))!, app.baseUrl).searchParams.get("focus")!;
  await link.click();
  await page.waitForFunction(
    () => {
      const ex = window.__rgeExplorer;
      return ex !== undefined && ex.model.graph.order > 0 && !ex.model.busy();
    },
    null,
    { timeout: 60_000 },
  );
  // Every imported work of the file (the link's focus and added works) is a node of the explorer, and drawn.
  const keys = await page.evaluate(() =>
    window.__rgeExplorer!.model.graph.nodes().filter((k) => k.startsWith("paper:")),
  );
  const inGraph = await query<{ id: string }>(
    driver,
    "MATCH (w:Paper) WHERE w.source = 'bibliography' OR w.id = $focus RETURN w.id AS id",
    { focus: focus.replace(/^paper:/, "") },
  );
  expect(new Set(inGraph.map((row) => row.id)).size).toBeGreaterThanOrEqual(added);
  for (const { id } of inGraph) expect(keys).toContain(`paper:${id}`);
  const hidden = await page.evaluate(
    (ids) =>
      ids.filter(
        (id) => window.__rgeExplorer!.view.renderer.getNodeDisplayData(`paper:${id}`)?.visibility !== "visible",
      ),
    inGraph.map((row) => row.id),
  );
  expect(hidden).toEqual([]);
  await screenshot(page, "import-explorer");
  expect(realProblems(problems)).toEqual([]);
}, 180_000);
