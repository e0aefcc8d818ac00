/**
 * A Sigma renderer for a research graph, wired the way every page wants it: our settings, the hover/selection
 * state and its reducers, a 40 ms hover debounce (so sweeping the pointer across nodes does not flicker), camera
 * controls, and one `kill()` that frees everything.
 */
import Sigma from "sigma";
import type { Settings } from "sigma/settings";
import { LABEL_FONT, LABEL_SETTINGS, LABEL_SIZE, type Box } from "./labels.ts";
import { densitySizeScale } from "./style.ts";
import {
  createEdgeReducer,
  createNodeReducer,
  initialViewState,
  labelsChanged,
  setHovered,
  setLabelled,
  setSelected,
  setSizeScale,
  type ViewState,
} from "./reducers.ts";
import { createTextMeasurer, visibleLabels } from "./visible-labels.ts";
import type { EdgeAttributes, NodeAttributes, ResearchGraph, SliceGraphAttributes } from "./types.ts";

export type ResearchRenderer = Sigma<NodeAttributes, EdgeAttributes, SliceGraphAttributes>;

export interface SigmaViewOptions {
  /** The slice's focus node: always labelled. Defaults to the graph's `focus` attribute. */
  focus?: string | null;
  /** Overrides of VIEW_SETTINGS (e.g. `gestureTarget: "graph"` for a full-screen explorer). */
  settings?: Partial<Settings>;
  onNodeClick?: (node: string) => void;
  onStageClick?: () => void;
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
  /** Picks the labels again (after something moved over the canvas, e.g. a card opened). */
  relabel(): void;
  /** Sets the hovered node at once (keyboard focus uses this; the pointer goes through the debounce). */
  hover(node: string | null): void;
  select(node: string | null): void;
  zoomIn(): Promise<void>;
  zoomOut(): Promise<void>;
  resetCamera(): Promise<void>;
  /** Graph units per screen pixel at the current camera: converts pixel sizes for noverlap. */
  graphUnitsPerPixel(): number;
  kill(): void;
}

export const HOVER_DEBOUNCE_MS = 40;
const CAMERA_ANIMATION_MS = 250;

/**
 * Embedded by default: the page scrolls under the wheel and the graph zooms with Ctrl/⌘ + wheel ("shared"), node
 * sizes are in screen pixels, and labels follow LABEL_SETTINGS.
 */
export const VIEW_SETTINGS: Partial<Settings> = {
  ...LABEL_SETTINGS,
  itemSizesReference: "screen",
  gestureTarget: "shared",
  enableCameraRotation: false,
  enableCameraMouseRotation: false,
  minCameraRatio: 0.08,
  maxCameraRatio: 4,
  stagePadding: 40,
};

export function createSigmaView(
  container: HTMLElement,
  graph: ResearchGraph,
  options: SigmaViewOptions = {},
): SigmaView {
  const focus = options.focus ?? (graph.getAttribute("focus") as string | undefined) ?? null;
  const box = container.getBoundingClientRect();
  const sizeScale = options.sizeScale ?? densitySizeScale(graph.order, box.width, box.height);
  let state = setSizeScale(sizeScale)(initialViewState(focus && graph.hasNode(focus) ? focus : null));
  const getState = () => state;

  const renderer: ResearchRenderer = new Sigma(graph, container, {
    settings: { ...VIEW_SETTINGS, ...options.settings },
    primitives: { nodes: { label: { font: { family: LABEL_FONT, size: LABEL_SIZE } } } },
    nodeReducer: createNodeReducer(getState),
    edgeReducer: createEdgeReducer(graph, getState),
  });

  // Labels are re-picked after anything that moves nodes on screen: camera, layout, resize, hover.
  const measure = createTextMeasurer();
  let labelFrame: number | undefined;
  const pickNow = () => {
    labelFrame = undefined;
    const labelled = visibleLabels(renderer, graph, state, measure, options.labelObstacles?.());
    if (!labelsChanged(state, labelled)) return;
    state = setLabelled(labelled)(state);
    renderer.refresh({ skipIndexation: true });
  };
  const scheduleLabels = () => {
    if (labelFrame === undefined) labelFrame = requestAnimationFrame(pickNow);
  };

  const update = (producer: (s: ViewState) => ViewState) => {
    state = producer(state);
    state = setLabelled(visibleLabels(renderer, graph, state, measure, options.labelObstacles?.()))(state);
    renderer.refresh({ skipIndexation: true });
    options.onStateChange?.(state);
  };

  let hoverTimer: ReturnType<typeof setTimeout> | undefined;
  const hoverLater = (node: string | null) => {
    if (hoverTimer !== undefined) clearTimeout(hoverTimer);
    hoverTimer = setTimeout(() => {
      hoverTimer = undefined;
      if (state.hoveredNode !== node) update(setHovered(graph, node));
    }, HOVER_DEBOUNCE_MS);
  };

  renderer.on("enterNode", ({ node }) => hoverLater(node));
  renderer.on("leaveNode", () => hoverLater(null));
  renderer.on("clickNode", ({ node }) => {
    update(setSelected(graph, node));
    options.onNodeClick?.(node);
  });
  renderer.on("clickStage", () => {
    if (state.selectedNode !== null) update(setSelected(graph, null));
    options.onStageClick?.();
  });

  const camera = renderer.getCamera();
  camera.on("updated", scheduleLabels);
  renderer.on("resize", scheduleLabels);
  graph.on("eachNodeAttributesUpdated", scheduleLabels);
  graph.on("nodeAttributesUpdated", scheduleLabels);
  graph.on("nodeAdded", scheduleLabels);
  graph.on("nodeDropped", scheduleLabels);
  scheduleLabels();

  return {
    renderer,
    graph,
    getState,
    relabel: scheduleLabels,
    hover: (node) => update(setHovered(graph, node)),
    select: (node) => update(setSelected(graph, node)),
    zoomIn: () => camera.zoomIn({ duration: CAMERA_ANIMATION_MS }),
    zoomOut: () => camera.zoomOut({ duration: CAMERA_ANIMATION_MS }),
    resetCamera: () => camera.reset({ duration: CAMERA_ANIMATION_MS }),
    graphUnitsPerPixel: () => 1 / renderer.getGraphToViewportRatio(),
    kill: () => {
      if (hoverTimer !== undefined) clearTimeout(hoverTimer);
      if (labelFrame !== undefined) cancelAnimationFrame(labelFrame);
      camera.off("updated", scheduleLabels);
      graph.off("eachNodeAttributesUpdated", scheduleLabels);
      graph.off("nodeAttributesUpdated", scheduleLabels);
      graph.off("nodeAdded", scheduleLabels);
      graph.off("nodeDropped", scheduleLabels);
      renderer.kill();
    },
  };
}
