/**
 * Browser benchmark of the explorer at scale: headless Chromium draws a seeded synthetic graph (default 10k nodes /
 * 50k edges) with the explorer's renderer + reducers + filters + appearance, and with a bare Sigma, then measures
 * frame times (requestAnimationFrame intervals) while the real mouse hovers nodes and pans the stage. Prints
 * p50/p95/max per phase and the explorer/bare ratio; writes JSON to bench/results/.
 *
 *   npx tsx bench/browser/run.ts [--nodes 10000] [--edges 50000] [--hovers 8] [--pan-moves 8] [--no-build]
 *
 * Needs no database: it builds its own page (bench/browser/index.html + harness.ts, bench/browser/vite.config.ts;
 * the harness is not in the app's bundle) into bench/results/browser-dist and serves that. Chromium renders WebGL with SwiftShader (CPU), so absolute
 * numbers are far above a GPU machine's; the ratio is the comparable figure.
 */
import { execFileSync } from "node:child_process";
import { createReadStream, existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import type { Page } from "playwright-core";
import { launchBrowser } from "../../tests/_helpers/browser.ts";

const ROOT = new URL("../../", import.meta.url).pathname;
const DIST = join(ROOT, "bench/results/browser-dist");
const RESULTS = join(ROOT, "bench/results");
const HOVERS = arg("hovers", 8);
const PAN_MOVES = arg("pan-moves", 8);
const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".map": "application/json",
};

function arg(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

/** The benchmark page's build over HTTP (index.html for any path). */
function serveDist(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    let file = join(DIST, path);
    if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory()) file = join(DIST, "index.html");
    response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export interface Stats {
  frames: number;
  p50: number;
  p95: number;
  max: number;
}

export function stats(frames: number[]): Stats {
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const round = (n: number) => Math.round(n * 10) / 10;
  return { frames: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted.at(-1) ?? 0) };
}

async function measure(page: Page, run: () => Promise<void>): Promise<Stats> {
  await page.evaluate(() => window.__rgeBench!.startFrames());
  await run();
  return stats(await page.evaluate(() => window.__rgeBench!.stopFrames()));
}

async function benchMode(baseUrl: string, mode: "explorer" | "bare", nodes: number, edges: number) {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const started = Date.now();
    await page.goto(`${baseUrl}/?bench=${mode}&n=${nodes}&m=${edges}`);
    await page.waitForFunction(() => window.__rgeBench !== undefined, null, { timeout: 120_000 });
    const info = await page.evaluate(() => ({ nodes: window.__rgeBench!.nodes, edges: window.__rgeBench!.edges }));
    // Let the first frames (indexation, texture uploads) pass: they are load time, not interaction.
    await page.waitForTimeout(1500);
    const loadMs = Date.now() - started;
    // Few gestures: under SwiftShader one hovered frame of a 10k/50k graph takes seconds, for bare Sigma too.
    const points = await page.evaluate((count) => window.__rgeBench!.nodePoints(count), HOVERS);
    const hover = await measure(page, async () => {
      for (const p of points) {
        await page.mouse.move(p.x, p.y, { steps: 3 });
        await page.waitForTimeout(90); // past the 40 ms hover debounce, so each hover is drawn
      }
    });
    const pan = await measure(page, async () => {
      for (let round = 0; round < 2; round += 1) {
        await page.mouse.move(683, 450);
        await page.mouse.down();
        for (let i = 1; i <= PAN_MOVES; i += 1) await page.mouse.move(683 + i * 20 * (round % 2 ? -1 : 1), 450 + i * 8);
        await page.mouse.up();
        await page.waitForTimeout(200);
      }
    });
    const reducerPassMs = await page.evaluate(() => window.__rgeBench!.reducerPassMs());
    if (errors.length > 0) throw new Error(`bench: page errors in ${mode}: ${errors.join("; ")}`);
    return { mode, ...info, loadMs, hover, pan, reducerPassMs: Math.round(reducerPassMs * 10) / 10 };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const nodes = arg("nodes", 10_000);
  const edges = arg("edges", 50_000);
  if (!process.argv.includes("--no-build")) {
    execFileSync("npx", ["vite", "build", "--config", "bench/browser/vite.config.ts", "--logLevel", "error"], {
      cwd: ROOT,
      stdio: "inherit",
    });
  }
  const server = await serveDist();
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const explorer = await benchMode(baseUrl, "explorer", nodes, edges);
    const bare = await benchMode(baseUrl, "bare", nodes, edges);
    const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : null);
    const result = {
      date: new Date().toISOString(),
      graph: { nodes: explorer.nodes, edges: explorer.edges },
      explorer,
      bare,
      ratio: {
        hoverP50: ratio(explorer.hover.p50, bare.hover.p50),
        hoverP95: ratio(explorer.hover.p95, bare.hover.p95),
        panP50: ratio(explorer.pan.p50, bare.pan.p50),
        panP95: ratio(explorer.pan.p95, bare.pan.p95),
      },
    };
    console.log(`browser bench: ${result.graph.nodes} nodes / ${result.graph.edges} edges (frame ms: p50 / p95 / max)`);
    for (const r of [explorer, bare]) {
      console.log(
        `  ${r.mode.padEnd(8)} hover ${r.hover.p50} / ${r.hover.p95} / ${r.hover.max} (${r.hover.frames} frames)` +
          `   pan ${r.pan.p50} / ${r.pan.p95} / ${r.pan.max} (${r.pan.frames} frames)   load ${r.loadMs} ms`,
      );
    }
    console.log(`  explorer reducer pass (every node and edge, one node hovered): ${explorer.reducerPassMs} ms`);
    console.log(
      `  ratio explorer/bare: hover p50 ${result.ratio.hoverP50}, p95 ${result.ratio.hoverP95}; pan p50 ${result.ratio.panP50}, p95 ${result.ratio.panP95}`,
    );
    mkdirSync(RESULTS, { recursive: true });
    writeFileSync(join(RESULTS, "browser.json"), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    server.close();
  }
}

await main();
