/**
 * Browser-side checks of the embedded research graph (client/ui/graph-panel.ts), shared by the profile and paper
 * browser tests. They read what the page publishes: `.graph-box[data-state|data-layout]` and `window.__rge`.
 */
import type { Page } from "playwright-core";
import { KIND_COLORS } from "../../client/graph/style.ts";

/** Waits until the slice is drawn and its layout has stopped; returns the graph's size. */
export async function graphReady(page: Page): Promise<{ order: number; size: number }> {
  await page.waitForSelector(".graph-box[data-state=ready][data-layout=done]", { timeout: 60_000 });
  return page.evaluate(() => ({ order: window.__rge!.graph.order, size: window.__rge!.graph.size }));
}

/** The same slice straight from the API (from the page, so through the real server). */
export async function sliceFromApi(page: Page, focus: string): Promise<{ nodes: number; edges: number }> {
  return page.evaluate(async (key) => {
    const response = await fetch(`/api/graph/slice?focus=${encodeURIComponent(key)}&depth=1`);
    const body = (await response.json()) as { nodes: unknown[]; edges: unknown[] };
    return { nodes: body.nodes.length, edges: body.edges.length };
  }, focus);
}

/**
 * A non-focus node to point at: the one farthest from any other node on screen (so the pointer cannot land on a
 * neighbour), away from the zoom buttons. Returns its page coordinates.
 */
export async function hoverableNode(page: Page): Promise<{ key: string; x: number; y: number }> {
  return page.evaluate(() => {
    const { graph, renderer, focus } = window.__rge!;
    const box = renderer.getContainer().getBoundingClientRect();
    const points = graph.nodes().map((key) => ({ key, ...renderer.graphToViewport(graph.getNodeAttributes(key)) }));
    let best = { key: "", x: 0, y: 0, gap: -1 };
    for (const p of points) {
      if (p.key === focus || graph.degree(p.key) === 0) continue;
      if (p.x < 20 || p.y < 20 || p.x > box.width - 70 || p.y > box.height - 20) continue;
      let gap = Infinity;
      for (const q of points) if (q.key !== p.key) gap = Math.min(gap, Math.hypot(p.x - q.x, p.y - q.y));
      if (gap > best.gap) best = { key: p.key, x: p.x, y: p.y, gap };
    }
    return { key: best.key, x: box.left + best.x, y: box.top + best.y };
  });
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * How many pixels of each kind colour the graph box shows, from a real screenshot of it (decoded in the page, which
 * allows data: images). Proves the WebGL canvas drew the nodes, not just that the data arrived.
 */
export async function kindPixelCounts(page: Page): Promise<Record<string, number>> {
  return colorPixelCounts(page, ".graph-box", KIND_COLORS);
}

/** How many pixels of each named colour (hex) a real screenshot of `selector`'s element shows. */
export async function colorPixelCounts(
  page: Page,
  selector: string,
  named: Readonly<Record<string, string>>,
): Promise<Record<string, number>> {
  const png = (await page.locator(selector).first().screenshot()).toString("base64");
  const colors = Object.fromEntries(Object.entries(named).map(([name, hex]) => [name, hexToRgb(hex)]));
  return page.evaluate(
    async ({ data, targets }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const counts: Record<string, number> = Object.fromEntries(Object.keys(targets).map((k) => [k, 0]));
      for (let i = 0; i < pixels.length; i += 4) {
        for (const [kind, [r, g, b]] of Object.entries(targets)) {
          if (Math.abs(pixels[i]! - r) + Math.abs(pixels[i + 1]! - g) + Math.abs(pixels[i + 2]! - b) < 30)
            counts[kind]!++;
        }
      }
      return counts;
    },
    { data: png, targets: colors },
  );
}

/**
 * The page's problems without `net::ERR_ABORTED` request failures, which are deliberate here: the pages abort
 * requests they no longer need (a search superseded by the next keystroke, a page left while loading), and
 * graphology's FA2 supervisor revokes its worker's blob: URL right after `new Worker()`, which Chromium reports as
 * aborted when the page goes away although the worker ran. Real failures (refused, reset, 4xx/5xx console errors)
 * stay.
 */
export function realProblems(problems: readonly string[]): string[] {
  return problems.filter((problem) => !/^requestfailed: \S+ net::ERR_ABORTED$/.test(problem));
}
