/**
 * The one render view every page draws through (profile, paper, explorer): a Sigma renderer on the data graph whose
 * reducers derive what is drawn in two layers: the page layer (appearance.ts: hidden, colour, size; the explorer's
 * filters and encodings) and the core (reducers.ts: hover with a 40 ms debounce so sweeping the pointer does not
 * flicker, selection, labels that never overlap). Plus camera controls and one `kill()` that frees everything.
 */
import { getCameraStateToFitViewportToNodes } from "@sigma/utils";
import Sigma from "sigma";
import { kindLayer, type PageLayer } from "./appearance.ts";
import { cameraDuration, hoverDebounce, VIEW_PRIMITIVES, VIEW_SETTINGS } from "./view-settings.ts";
import { bindGraphKeyboard, type GraphKeyboard } from "./graph-keyboard.ts";
import { createEdgeTooltip, describeLink, linkBetween } from "./edge-tooltip.ts";
import { onGraphThemeChange, preferredGraphTheme } from "./theme.ts";
import type { Box } from "./labels.ts";
import type { Settings } from "sigma/settings";
import {
  activeNode,
  changedEdgeLabels,
  changedLabels,
  initialViewState,
  reduceNode,
  setHovered,
  setHoveredEdge,
  setLabelDensity,
  setKeyboardNode,
  setSelection,
  setSizeScale,
  setTheme,
  type ViewState,
} from "./reducers.ts";
import { densitySizeScale, KIND_SHAPES, MIN_NODE_SIZE } from "./style.ts";
import type { EdgeAttributes, NodeAttributes, ResearchGraph, SliceGraphAttributes } from "./types.ts";
import { createTextMeasurer, drawnLabelBoxes } from "./visible-labels.ts";
import { withPickedLabels } from "./edge-labels.ts";
import { reduceEdge } from "./edge-layer.ts";

export type ResearchRenderer = Sigma<NodeAttributes, EdgeAttributes, SliceGraphAttributes>;

export interface SigmaViewOptions {
  /** The slice's focus node: always labelled. Defaults to the graph's `focus` attribute. */
  focus?: string | null;
  /** Overrides of VIEW_SETTINGS (e.g. EXPLORER_SETTINGS for the full-screen explorer). */
  settings?: Partial<Settings>;
  /** The page layer; default: colour by kind, size by weight (appearance.ts kindLayer). */
  layer?: PageLayer;
  /** A single selected node keeps its neighbourhood highlighted (embedded graphs); default true. */
  highlightSelection?: boolean;
  /** `additive`: shift, Ctrl or ⌘ was held (multi-selection). */
  onNodeClick?: (node: string, additive: boolean) => void;
  /** When set, a double-click on a node calls it instead of zooming. */
  onNodeDoubleClick?: (node: string) => void;
  onStageClick?: () => void;
  /** Enter on the keyboard-focused node (`additive`: Shift+Enter); default: the click action (onNodeClick). */
  onNodeActivate?: (node: string, additive: boolean) => void;
  /** E on the keyboard-focused node (pages that expand nodes); without it E does nothing. */
  onNodeExpand?: (node: string) => Promise<void> | void;
  /** The canvas container's accessible name, e.g. "Research graph around Xia Song". */
  label?: string;
  /** Node size multiplier; default: densitySizeScale() of the graph in the container. */
  sizeScale?: number;
  /** Areas over the canvas (viewport pixels) that labels must avoid, e.g. overlaid buttons. */
  labelObstacles?: () => Box[];
  /** Called after every state change (hover, selection). */
  onStateChange?: (state: ViewState) => void;
}

export interface SigmaView {
  renderer: ResearchRenderer;
  graph: ResearchGraph;
  getState(): ViewState;
  /** The page layer in use. */
  layer(): PageLayer;
  /** Replaces what the page decides (its layer, the selection, the label density) and redraws once. */
  setPage(patch: { layer?: PageLayer; selection?: Iterable<string>; labelDensity?: number }): void;
  /** Picks the labels again (after something moved over the canvas, e.g. a card opened). */
  relabel(): void;
  /** Sets the hovered node at once (the node list's buttons use this; the pointer goes through the debounce). */
  hover(node: string | null): void;
  /** The edge tooltip's text now ("" when hidden): "A – B 3 shared works, 1993–1995, topics: …". */
  edgeTooltip(): string;
  /** The keyboard walk of the graph (focus, arrows, Tab, Enter, E, Escape) and its live region. */
  keyboard: GraphKeyboard;
  /** Calls `listener` after every change of what is drawn (state, page layer); returns an unsubscribe. */
  onUpdate(listener: () => void): () => void;
  select(node: string | null): void;
  /** The drawn labels' boxes in viewport pixels (for tests: they must not overlap). */
  labelBoxes(): { key: string; box: Box }[];
  zoomIn(): Promise<void>;
  zoomOut(): Promise<void>;
  resetCamera(): Promise<void>;
  /** Animates the camera to a node (keeps the zoom unless it is far out). */
  focusNode(node: string): Promise<void>;
  /** Fits the camera to a set of nodes (@sigma/utils). */
  fitNodes(nodes: readonly string[]): Promise<void>;
  /** Graph units per screen pixel at the current camera: converts pixel sizes for noverlap. */
  graphUnitsPerPixel(): number;
  /** A node's drawn size in screen pixels, as the page layer and the size scale make it (for noverlap). */
  nodeSize(key: string): number;
  kill(): void;
}

export { CAMERA_ANIMATION_MS, EXPLORER_SETTINGS, HOVER_DEBOUNCE_MS, VIEW_SETTINGS } from "./view-settings.ts";

export function createSigmaView(
  container: HTMLElement,
  graph: ResearchGraph,
  options: SigmaViewOptions = {},
): SigmaView {
  const focus = options.focus ?? (graph.getAttribute("focus") as string | undefined) ?? null;
  const box = container.getBoundingClientRect();
  const sizeScale = options.sizeScale ?? densitySizeScale(graph.order, box.width, box.height);
  let state = setTheme(preferredGraphTheme())(
    setSizeScale(sizeScale)(initialViewState(focus, options.highlightSelection ?? true)),
  );
  let layer = options.layer ?? kindLayer(graph, focus);
  const getState = () => state;

  const nodeReducer = (key: string, attributes: NodeAttributes) =>
    reduceNode(
      key,
      typeof attributes.label === "string" ? attributes.label : "",
      layer,
      state,
      KIND_SHAPES[attributes.kind],
    );
  const edgeReducer = (key: string, attributes: EdgeAttributes) => {
    const active = activeNode(state);
    return reduceEdge(key, attributes, active !== null && graph.hasExtremity(key, active), layer, state);
  };
  const renderer: ResearchRenderer = new Sigma(graph, container, {
    settings: { ...VIEW_SETTINGS, ...options.settings },
    primitives: VIEW_PRIMITIVES,
    nodeReducer: (key, _data, attributes) => nodeReducer(key, attributes),
    edgeReducer: (key, _data, attributes) => edgeReducer(key, attributes),
  });

  // Labels are re-picked after anything that moves nodes on screen: camera, layout, resize, hover.
  const measure = createTextMeasurer();
  const picked = (current: ViewState) =>
    withPickedLabels(renderer, graph, current, layer, measure, options.labelObstacles?.());
  let labelFrame: number | undefined;
  const pickNow = () => {
    labelFrame = undefined;
    const next = picked(state);
    const changed = changedLabels(state.labelled, next.labelled);
    const edges = changedEdgeLabels(state.edgeLabels, next.edgeLabels).filter((key) => graph.hasEdge(key));
    if (changed !== null && changed.length === 0 && edges.length === 0) return;
    state = next;
    // Only the nodes and edges whose label changed are reduced again: a full refresh re-indexes the whole graph.
    const nodes = changed?.filter((key) => graph.hasNode(key));
    renderer.refresh(nodes ? { partialGraph: { nodes, edges }, skipIndexation: true } : { skipIndexation: true });
  };
  const scheduleLabels = () => {
    if (labelFrame === undefined) labelFrame = requestAnimationFrame(pickNow);
  };

  /** Where a node is drawn in the container, or null when the page layer hides it. */
  const screenPoint = (node: string) => {
    const data = layer.hiddenNodes.has(node) ? undefined : renderer.getNodeDisplayData(node);
    return data ? renderer.framedGraphToViewport(data) : null;
  };
  const tooltip = createEdgeTooltip(container, graph, screenPoint, (edge) => layer.hiddenEdges.has(edge));
  const placeTooltip = () => tooltip.place(state.hoveredEdge);

  const updateListeners = new Set<() => void>();
  const update = (producer: (s: ViewState) => ViewState) => {
    state = producer(state);
    if (state.hoveredEdge !== null && !graph.hasEdge(state.hoveredEdge)) state = setHoveredEdge(null)(state);
    state = picked(state);
    renderer.refresh({ skipIndexation: true });
    placeTooltip();
    options.onStateChange?.(state);
    updateListeners.forEach((listener) => listener());
  };

  const hoverLater = hoverDebounce(
    (node: string | null) => state.hoveredNode !== node && update(setHovered(graph, node)),
  );
  const hoverEdgeLater = hoverDebounce(
    (edge: string | null) => state.hoveredEdge !== edge && update(setHoveredEdge(edge)),
  );
  renderer.on("enterEdge", ({ edge }) => hoverEdgeLater(edge));
  renderer.on("leaveEdge", () => hoverEdgeLater(null));
  renderer.on("enterNode", ({ node }) => hoverLater(node));
  renderer.on("leaveNode", () => hoverLater(null));
  renderer.on("clickNode", ({ node, event }) => {
    const original = event.original as MouseEvent;
    options.onNodeClick?.(node, original.shiftKey || original.metaKey || original.ctrlKey);
  });
  renderer.on("doubleClickNode", (payload) => {
    if (!options.onNodeDoubleClick) return;
    payload.preventSigmaDefault();
    options.onNodeDoubleClick(payload.node);
  });
  renderer.on("clickStage", () => options.onStageClick?.());

  const offTheme = onGraphThemeChange((theme) => update(setTheme(theme)));
  const camera = renderer.getCamera();
  camera.on("updated", scheduleLabels);
  camera.on("updated", placeTooltip);
  renderer.on("resize", scheduleLabels);
  const graphEvents = ["eachNodeAttributesUpdated", "nodeAttributesUpdated", "nodeAdded", "nodeDropped"] as const;
  for (const event of graphEvents) graph.on(event, scheduleLabels);
  scheduleLabels();

  const focusNode = async (node: string) => {
    const data = renderer.getNodeDisplayData(node);
    if (!data) return;
    const ratio = Math.min(camera.ratio, 0.6);
    await camera.animate({ x: data.x, y: data.y, ratio }, { duration: cameraDuration() });
  };

  const keyboard = bindGraphKeyboard({
    container,
    graph,
    label: options.label ?? "Research graph",
    screenPoint,
    startNode: () => {
      if (focus !== null && graph.hasNode(focus) && !layer.hiddenNodes.has(focus)) return focus;
      let biggest: string | null = null;
      for (const [key, size] of layer.sizes)
        if (!layer.hiddenNodes.has(key) && (biggest === null || size > layer.sizes.get(biggest)!)) biggest = key;
      return biggest;
    },
    // Walking to a neighbour (Tab) walks along their edge: it is labelled and its tooltip shows, as under the pointer.
    setFocused: (node, from) => {
      const edge = node !== null && from !== null ? linkBetween(graph, from, node) : null;
      update((current) => setHoveredEdge(edge)(setKeyboardNode(graph, node)(current)));
    },
    describeLink: (from, to) => describeLink(graph, from, to),
    reveal: (node) => {
      const point = screenPoint(node);
      const { width, height } = container.getBoundingClientRect();
      const margin = 24;
      if (point && (point.x < margin || point.y < margin || point.x > width - margin || point.y > height - margin))
        void focusNode(node);
    },
    activate: options.onNodeActivate ?? ((node, additive) => options.onNodeClick?.(node, additive)),
    expand: options.onNodeExpand,
  });

  return {
    renderer,
    graph,
    getState,
    layer: () => layer,
    setPage: (patch) => {
      if (patch.layer) layer = patch.layer;
      if (patch.labelDensity !== undefined) renderer.setSetting("labelDensity", patch.labelDensity);
      update((current) => {
        let next = current;
        // A collapse or undo may have dropped the hovered node.
        if (next.hoveredNode !== null && !graph.hasNode(next.hoveredNode)) next = setHovered(graph, null)(next);
        if (next.keyboardNode !== null && !graph.hasNode(next.keyboardNode)) next = setKeyboardNode(graph, null)(next);
        if (patch.selection) next = setSelection(graph, patch.selection)(next);
        if (patch.labelDensity !== undefined) next = setLabelDensity(patch.labelDensity)(next);
        return next;
      });
    },
    relabel: scheduleLabels,
    hover: (node) => update(setHovered(graph, node)),
    edgeTooltip: () => tooltip.text(),
    keyboard,
    onUpdate: (listener) => {
      updateListeners.add(listener);
      return () => updateListeners.delete(listener);
    },
    select: (node) => update(setSelection(graph, node === null ? [] : [node])),
    labelBoxes: () => drawnLabelBoxes(renderer, measure),
    zoomIn: () => camera.zoomIn({ duration: cameraDuration() }),
    zoomOut: () => camera.zoomOut({ duration: cameraDuration() }),
    resetCamera: () => camera.reset({ duration: cameraDuration() }),
    focusNode,
    fitNodes: async (nodes) => {
      const shown = nodes.filter((node) => renderer.getNodeDisplayData(node) !== undefined);
      if (shown.length === 0) return;
      if (shown.length === 1) return focusNode(shown[0]!);
      // The camera state from @sigma/utils, animated here: its own animating wrapper pulls a regenerator runtime
      // into the bundle.
      const target = getCameraStateToFitViewportToNodes(renderer as unknown as Sigma, shown);
      await camera.animate(target, { duration: cameraDuration() });
    },
    graphUnitsPerPixel: () => 1 / renderer.getGraphToViewportRatio(),
    nodeSize: (key) => (layer.sizes.get(key) ?? MIN_NODE_SIZE) * state.sizeScale,
    kill: () => {
      hoverLater.cancel();
      hoverEdgeLater.cancel();
      if (labelFrame !== undefined) cancelAnimationFrame(labelFrame);
      camera.off("updated", scheduleLabels);
      camera.off("updated", placeTooltip);
      tooltip.kill();
      for (const event of graphEvents) graph.off(event, scheduleLabels);
      updateListeners.clear();
      offTheme();
      keyboard.kill();
      renderer.kill();
    },
  };
}
