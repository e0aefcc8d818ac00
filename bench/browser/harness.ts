/**
 * Benchmark page (bench/browser/index.html `?bench=explorer|bare&n=10000&m=50000`, built by bench/browser/run.ts
 * only, never part of the app's bundle): draws a synthetic graph either with the explorer's render view (the shared
 * sigma-view.ts with the explorer's filters and encodings as its page layer) or with a bare Sigma, so run.ts can
 * measure both in the same browser. The graph is seeded, so every run draws the same one.
 */
import Sigma from "sigma";
import { computeAppearance } from "../../client/explorer/encodings.ts";
import { applyFilters, DEFAULT_FILTERS } from "../../client/explorer/filters.ts";
import { createDataGraph } from "../../client/graph/data-graph.ts";
import { reduceNode } from "../../client/graph/reducers.ts";
import { reduceEdge } from "../../client/graph/edge-layer.ts";
import { createSigmaView, EXPLORER_SETTINGS, type SigmaView } from "../../client/graph/sigma-view.ts";
import { KIND_COLORS, KIND_LABELS_PLURAL } from "../../client/graph/style.ts";
import type { EdgeAttributes, NodeAttributes, NodeKind, ResearchGraph } from "../../client/graph/types.ts";

const KINDS: NodeKind[] = ["person", "person", "paper", "paper", "paper", "topic", "institution"];

declare global {
  interface Window {
    __rgeBench?: BenchHandle;
  }
}

export interface BenchHandle {
  mode: string;
  nodes: number;
  edges: number;
  /** Viewport coordinates of up to `count` visible nodes, to hover them with the real mouse. */
  nodePoints(count: number): { x: number; y: number }[];
  startFrames(): void;
  stopFrames(): number[];
  /**
   * CPU time of one full pass of the render view's reducers (page layer + core) over every node and edge with a
   * node hovered (what a hover adds to a frame on top of Sigma's own work), median of 5; 0 for the bare renderer.
   */
  reducerPassMs(): number;
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Clustered random graph: nodes in 40 communities on a disc, 85% of edges inside a community. */
export function syntheticGraph(nodes: number, edges: number): ResearchGraph {
  const graph = createDataGraph();
  const rand = random(7);
  const clusters = 40;
  const centres = Array.from({ length: clusters }, () => [rand() * 200 - 100, rand() * 200 - 100] as const);
  for (let i = 0; i < nodes; i += 1) {
    const c = i % clusters;
    const kind = KINDS[i % KINDS.length]!;
    graph.addNode(`${kind}:n${i}`, {
      kind,
      label: `Node ${i}`,
      x: centres[c]![0] + (rand() - 0.5) * 30,
      y: centres[c]![1] + (rand() - 0.5) * 30,
      // Drawn by the bare Sigma only: the render view derives sizes and colours itself.
      size: 3 + rand() * 8,
      color: KIND_COLORS[kind],
      weight: Math.floor(rand() * 50),
      year: 1991 + Math.floor(rand() * 5),
      worksCount: Math.floor(rand() * 40),
      firstYear: null,
      lastYear: null,
      citationCount: null,
      peopleCount: null,
      code: null,
    } as NodeAttributes);
  }
  const keys = graph.nodes();
  while (graph.size < edges) {
    const a = Math.floor(rand() * nodes);
    const b =
      rand() < 0.85 ? (a + clusters * Math.floor(rand() * (nodes / clusters))) % nodes : Math.floor(rand() * nodes);
    const source = keys[a]!;
    const target = keys[b]!;
    if (source === target || graph.hasEdge(source, target) || graph.hasEdge(target, source)) continue;
    graph.addEdge(source, target, {
      kind: "coauthor",
      weight: 1 + Math.floor(rand() * 4),
      size: 0.6,
      color: "#cbd5e1",
    } as EdgeAttributes);
  }
  return graph;
}

export function mountBench(root: HTMLElement, params: URLSearchParams): () => void {
  const mode = params.get("bench") === "bare" ? "bare" : "explorer";
  const n = Number(params.get("n") ?? 10_000);
  const m = Number(params.get("m") ?? 50_000);
  const container = document.createElement("div");
  container.style.cssText = "position:fixed;inset:0;background:#fbfcfd";
  root.replaceChildren(container);
  const graph = syntheticGraph(n, m);
  let renderer: Sigma;
  let kill: () => void;
  let view: SigmaView | null = null;
  if (mode === "bare") {
    const bare = new Sigma(graph, container, { settings: EXPLORER_SETTINGS });
    renderer = bare as unknown as Sigma;
    kill = () => bare.kill();
  } else {
    view = createSigmaView(container, graph, { settings: EXPLORER_SETTINGS, sizeScale: 1, highlightSelection: false });
    const appearance = computeAppearance(graph, { colorBy: "kind", sizeBy: "degree" }, KIND_COLORS, KIND_LABELS_PLURAL);
    // A realistic filter: all kinds, a minimum weight that hides a quarter of the edges.
    const filtered = applyFilters(graph, { ...DEFAULT_FILTERS, minEdgeWeight: 2 });
    view.setPage({ layer: { ...filtered, colors: appearance.colors, sizes: appearance.sizes } });
    renderer = view.renderer as unknown as Sigma;
    kill = view.kill;
  }
  let frames: number[] = [];
  let recording = false;
  let last = 0;
  const tick = (time: number) => {
    if (!recording) return;
    if (last > 0) frames.push(time - last);
    last = time;
    requestAnimationFrame(tick);
  };
  const reducerPassMs = () => {
    if (!view) return 0;
    const hovered = graph.nodes()[0]!;
    const shown = view;
    shown.hover(hovered);
    const layer = shown.layer();
    const state = shown.getState();
    const times: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      const start = performance.now();
      graph.forEachNode((key, a) => reduceNode(key, a.label, layer, state));
      graph.forEachEdge((key, a, source, target) =>
        reduceEdge(key, a, source === hovered || target === hovered, layer, state),
      );
      times.push(performance.now() - start);
    }
    shown.hover(null);
    return times.sort((a, b) => a - b)[2]!;
  };
  window.__rgeBench = {
    reducerPassMs,
    mode,
    nodes: graph.order,
    edges: graph.size,
    nodePoints: (count) => {
      const { width, height } = renderer.getDimensions();
      const points: { x: number; y: number }[] = [];
      for (const key of graph.nodes()) {
        const data = renderer.getNodeDisplayData(key);
        if (!data) continue;
        const p = renderer.framedGraphToViewport(data);
        if (p.x > 20 && p.y > 20 && p.x < width - 20 && p.y < height - 20) points.push(p);
        if (points.length >= count) break;
      }
      return points;
    },
    startFrames: () => {
      frames = [];
      last = 0;
      recording = true;
      requestAnimationFrame(tick);
    },
    stopFrames: () => {
      recording = false;
      return frames;
    },
  };
  return () => {
    kill();
    delete window.__rgeBench;
  };
}

const root = document.getElementById("bench")!;
mountBench(root, new URLSearchParams(window.location.search));
