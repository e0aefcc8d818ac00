/**
 * The explorer's Sigma renderer: full-screen settings, the explorer reducers reading precomputed RenderInputs, a
 * 40 ms hover debounce with the neighbour set computed once per hover, and node gestures (click, shift-click,
 * double-click). Refreshes skip reindexing unless the graph itself changed.
 */
import Sigma from "sigma";
import type { Settings } from "sigma/settings";
import { LABEL_FONT, LABEL_SIZE } from "../../graph/labels.ts";
import { VIEW_SETTINGS } from "../../graph/sigma-view.ts";
import type { EdgeAttributes, NodeAttributes, ResearchGraph, SliceGraphAttributes } from "../../graph/types.ts";
import { emptyRenderInputs, reduceEdge, reduceNode, type RenderInputs } from "../../explorer/reducers.ts";

export type ExplorerRenderer = Sigma<NodeAttributes, EdgeAttributes, SliceGraphAttributes>;

export const HOVER_DEBOUNCE_MS = 40;
export const CAMERA_ANIMATION_MS = 300;

export const EXPLORER_SETTINGS: Partial<Settings> = {
  ...VIEW_SETTINGS,
  gestureTarget: "graph",
  hideEdgesOnMove: false,
  minCameraRatio: 0.02,
  maxCameraRatio: 10,
  stagePadding: 60,
};

export interface RendererHandlers {
  onClick(node: string, additive: boolean): void;
  onDoubleClick(node: string): void;
  onStageClick(): void;
  onHover(node: string | null): void;
}

export interface ExplorerView {
  renderer: ExplorerRenderer;
  inputs(): RenderInputs;
  /** Replaces part of the render inputs and redraws without reindexing. */
  setInputs(patch: Partial<RenderInputs>): void;
  hover(node: string | null): void;
  /** Animates the camera to a node (keeps the zoom unless it is far out). */
  focusNode(node: string): Promise<void>;
  /** Fits the camera to a set of nodes. */
  fitNodes(nodes: readonly string[]): Promise<void>;
  kill(): void;
}

export function createExplorerView(
  container: HTMLElement,
  graph: ResearchGraph,
  handlers: RendererHandlers,
  settings: Partial<Settings> = {},
): ExplorerView {
  let inputs = emptyRenderInputs();
  const renderer: ExplorerRenderer = new Sigma(graph, container, {
    settings: { ...EXPLORER_SETTINGS, ...settings },
    primitives: { nodes: { label: { font: { family: LABEL_FONT, size: LABEL_SIZE } } } },
    nodeReducer: (key, data, attributes) =>
      reduceNode(key, typeof attributes.label === "string" ? attributes.label : (data.label ?? ""), data.size, inputs),
    edgeReducer: (key, data, _attributes, _state, _graphState, g) =>
      reduceEdge(key, g.source(key), g.target(key), data.size, inputs),
  });

  const setInputs = (patch: Partial<RenderInputs>) => {
    inputs = { ...inputs, ...patch };
    renderer.refresh({ skipIndexation: true });
  };
  const hover = (node: string | null) => {
    if (inputs.hovered === node) return;
    const neighbours = node && graph.hasNode(node) ? new Set(graph.neighbors(node)) : new Set<string>();
    setInputs({ hovered: node, hoverNeighbours: neighbours });
    handlers.onHover(node);
  };

  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  const hoverLater = (node: string | null) => {
    if (hoverTimer !== undefined) clearTimeout(hoverTimer);
    hoverTimer = setTimeout(() => {
      hoverTimer = undefined;
      hover(node);
    }, HOVER_DEBOUNCE_MS);
  };
  renderer.on("enterNode", ({ node }) => hoverLater(node));
  renderer.on("leaveNode", () => hoverLater(null));
  renderer.on("clickNode", ({ node, event }) => {
    const original = event.original as MouseEvent;
    handlers.onClick(node, original.shiftKey || original.metaKey || original.ctrlKey);
  });
  renderer.on("doubleClickNode", (payload) => {
    payload.preventSigmaDefault();
    handlers.onDoubleClick(payload.node);
  });
  renderer.on("clickStage", () => handlers.onStageClick());

  const camera = renderer.getCamera();
  const focusNode = async (node: string) => {
    const data = renderer.getNodeDisplayData(node);
    if (!data) return;
    await camera.animate(
      { x: data.x, y: data.y, ratio: Math.min(camera.ratio, 0.6) },
      { duration: CAMERA_ANIMATION_MS },
    );
  };
  const fitNodes = async (nodes: readonly string[]) => {
    const points = nodes.map((n) => renderer.getNodeDisplayData(n)).filter((d) => d !== undefined);
    if (points.length === 0) return;
    if (points.length === 1) return focusNode(nodes[0]!);
    const xs = points.map((p) => p.x);
    const ys = points.map((p) => p.y);
    const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    // Framed-graph coordinates span [0, 1] for the whole graph: the box's larger side is the zoom ratio needed.
    const ratio = Math.max(0.05, Math.max(maxX - minX, maxY - minY) * 1.3);
    await camera.animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: CAMERA_ANIMATION_MS });
  };

  return {
    renderer,
    inputs: () => inputs,
    setInputs,
    hover,
    focusNode,
    fitNodes,
    kill: () => {
      if (hoverTimer !== undefined) clearTimeout(hoverTimer);
      renderer.kill();
    },
  };
}
