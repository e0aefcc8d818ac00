/**
 * ForceAtlas2 in a web worker (the supervisor spawns it from a blob, allowed by `worker-src blob:`), for a bounded
 * time so the page never spins forever, then noverlap so no two nodes sit on each other.
 */
import fa2Module from "graphology-layout-forceatlas2";
import fa2WorkerModule from "graphology-layout-forceatlas2/worker.js";
import noverlapModule from "graphology-layout-noverlap";
import { cjsDefault } from "./interop.ts";
import type { ResearchGraph } from "./types.ts";
import { prefersReducedMotion } from "./view-settings.ts";

const forceAtlas2 = cjsDefault(fa2Module);
const FA2LayoutSupervisor = cjsDefault(fa2WorkerModule);
const noverlap = cjsDefault(noverlapModule);

export interface LayoutOptions {
  /** How long FA2 runs; default grows with the graph (0.8 s to 3 s). */
  durationMs?: number;
  /** Graph units per screen pixel, to give noverlap the nodes' drawn radius; see SigmaView.pixelsToGraph(). */
  graphUnitsPerPixel?: () => number;
  /** A node's drawn radius in screen pixels (the render view's page layer × size scale). */
  nodeSize?: (key: string) => number;
  /** Nodes that stay where they are (e.g. the focus at the centre), through FA2's `fixed` attribute. */
  pin?: readonly string[];
  /** Extra screen pixels kept between nodes by noverlap. */
  marginPx?: number;
  /**
   * Place the nodes at once instead of animating them: ForceAtlas2 runs a bounded number of iterations on the
   * main thread and the picture shows only the result. Default: the visitor's prefers-reduced-motion.
   */
  still?: boolean;
}

export interface LayoutRun {
  /** Resolves when FA2 has stopped and noverlap has run (or the run was cancelled). */
  done: Promise<void>;
  isRunning(): boolean;
  /** Stops early and still runs noverlap; safe to call twice. */
  stop(): void;
  /** Stops without noverlap and frees the worker (for page teardown). */
  kill(): void;
}

export const LAYOUT_DEFAULTS = {
  marginPx: 4,
  minDurationMs: 800,
  maxDurationMs: 3000,
  workerStartGraceMs: 5000,
} as const;

/** Iterations of a still layout: more for small graphs, fewer for big ones (each costs O(n log n) with Barnes–Hut). */
export function stillIterations(order: number): number {
  return Math.round(Math.min(300, Math.max(40, 60_000 / Math.max(1, order))));
}

export function layoutDuration(order: number): number {
  return Math.min(LAYOUT_DEFAULTS.maxDurationMs, LAYOUT_DEFAULTS.minDurationMs + order * 8);
}

/** Starts ForceAtlas2 on `graph` (positions must exist: see positions.ts). */
export function runLayout(graph: ResearchGraph, options: LayoutOptions = {}): LayoutRun {
  const settings = {
    ...forceAtlas2.inferSettings(graph),
    // Weights are shared works: strongly tied co-authors pull closer.
    edgeWeightInfluence: 1,
    barnesHutOptimize: graph.order > 300,
  };
  const pinned = (options.pin ?? []).filter((node) => graph.hasNode(node));
  for (const node of pinned) graph.setNodeAttribute(node, "fixed", true);
  const still = options.still ?? prefersReducedMotion();
  // A still layout needs no worker.
  const supervisor = still ? null : new FA2LayoutSupervisor(graph, { settings, getEdgeWeight: "weight" });
  let killed = false;
  let finished = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let resolveDone: () => void = () => {};
  const done = new Promise<void>((resolve) => (resolveDone = resolve));
  const duration = options.durationMs ?? layoutDuration(graph.order);

  // The time budget starts with the first iteration the worker sends back, not at start(): a worker can take a
  // second or more to boot on a busy page, and that must not eat the layout's time. A hard cap still ends it if
  // the worker never answers.
  const onFirstIteration = () => {
    graph.off("eachNodeAttributesUpdated", onFirstIteration);
    if (finished) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => finish(true), duration);
  };

  const finish = (withNoverlap: boolean) => {
    if (finished) return;
    finished = true;
    graph.off("eachNodeAttributesUpdated", onFirstIteration);
    if (timer !== undefined) clearTimeout(timer);
    supervisor?.stop();
    supervisor?.kill();
    for (const node of pinned) if (graph.hasNode(node)) graph.removeNodeAttribute(node, "fixed");
    if (withNoverlap && graph.order > 1) removeOverlaps(graph, options);
    resolveDone();
  };

  if (graph.order < 2) {
    finish(false);
  } else if (!supervisor) {
    // No animation: the layout's end state only, computed before the next frame is drawn.
    forceAtlas2.assign(graph, { iterations: stillIterations(graph.order), settings, getEdgeWeight: "weight" });
    finish(true);
  } else {
    graph.on("eachNodeAttributesUpdated", onFirstIteration);
    supervisor.start();
    timer = setTimeout(() => finish(true), duration + LAYOUT_DEFAULTS.workerStartGraceMs);
  }
  return {
    done,
    isRunning: () => !finished && (supervisor?.isRunning() ?? false),
    stop: () => finish(!killed),
    kill: () => {
      killed = true;
      finish(false);
    },
  };
}

/** noverlap in graph units: the nodes' pixel sizes are converted with the renderer's current scale. */
export function removeOverlaps(graph: ResearchGraph, options: LayoutOptions = {}): void {
  const perPixel = options.graphUnitsPerPixel?.() ?? 0;
  const marginPx = options.marginPx ?? LAYOUT_DEFAULTS.marginPx;
  if (!(perPixel > 0)) return;
  const size = options.nodeSize ?? (() => 1);
  noverlap.assign(graph, {
    maxIterations: 120,
    settings: { margin: marginPx * perPixel, ratio: 1, speed: 3 },
    inputReducer: (key, attributes) => ({ x: attributes.x, y: attributes.y, size: size(key) * perPixel }),
  });
}
