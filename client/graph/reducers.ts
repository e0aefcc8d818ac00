/**
 * What the user is pointing at, and how that changes what Sigma draws. State changes are pure producers
 * (`(state) => newState`); the reducers read the state and return display overrides, nothing else.
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { EDGE_FADE_COLOR, EDGE_HIGHLIGHT_COLOR, LABEL_COLOR, NODE_FADE_COLOR, shortLabel } from "./style.ts";
import type { LabelSide } from "./labels.ts";
import type { ResearchGraph } from "./types.ts";

export interface ViewState {
  /** The node under the pointer (after the hover debounce), if any. */
  hoveredNode: string | null;
  /** The node whose card is open, if any; stays highlighted when the pointer leaves. */
  selectedNode: string | null;
  /** The slice's focus: always labelled. */
  focusNode: string | null;
  /** Neighbours of the active node (hovered, else selected). Empty when nothing is active. */
  neighbours: ReadonlySet<string>;
  /** Nodes whose labels fit without overlap, and on which side (labels.ts pickLabels); null until computed. */
  labelled: ReadonlyMap<string, LabelSide> | null;
  /** Multiplies node sizes (style.ts densitySizeScale); 1 leaves them as the graph says. */
  sizeScale: number;
}

/** Above this many neighbours, only the hovered node's label is forced: forced labels bypass the label grid. */
export const MAX_FORCED_NEIGHBOUR_LABELS = 12;
export const FADED_LABEL_COLOR = "#9ca3af";
/** A light plate behind labels keeps them readable over edges and nodes. */
const LABEL_STYLE = {
  labelColor: LABEL_COLOR,
  labelBackgroundColor: "rgba(255,255,255,0.82)",
  labelBackgroundPadding: 2,
};

export function initialViewState(focusNode: string | null = null): ViewState {
  return { hoveredNode: null, selectedNode: null, focusNode, neighbours: new Set(), labelled: null, sizeScale: 1 };
}

/** The node the highlight is about: the hovered one wins over the selected one. */
export function activeNode(state: ViewState): string | null {
  return state.hoveredNode ?? state.selectedNode;
}

function withNeighbours(graph: ResearchGraph, state: ViewState): ViewState {
  const active = activeNode(state);
  const neighbours = active && graph.hasNode(active) ? new Set<string>(graph.neighbors(active)) : new Set<string>();
  return { ...state, neighbours };
}

export function setHovered(graph: ResearchGraph, node: string | null) {
  return (state: ViewState): ViewState => withNeighbours(graph, { ...state, hoveredNode: node });
}

export function setSelected(graph: ResearchGraph, node: string | null) {
  return (state: ViewState): ViewState => withNeighbours(graph, { ...state, selectedNode: node });
}

export function setSizeScale(sizeScale: number) {
  return (state: ViewState): ViewState => ({ ...state, sizeScale });
}

export function setLabelled(labelled: ReadonlyMap<string, LabelSide> | null) {
  return (state: ViewState): ViewState => ({ ...state, labelled });
}

/** Whether a node is drawn faded (something is active and the node is neither it nor a neighbour). */
export function isFaded(key: string, state: ViewState): boolean {
  const active = activeNode(state);
  return active !== null && key !== active && !state.neighbours.has(key);
}

/** True when `labelled` differs from the state's, so callers can skip a redundant refresh. */
export function labelsChanged(state: ViewState, labelled: ReadonlyMap<string, LabelSide> | null): boolean {
  const current = state.labelled;
  if (current === labelled) return false;
  if (current === null || labelled === null || current.size !== labelled.size) return true;
  for (const [key, side] of labelled) if (current.get(key) !== side) return true;
  return false;
}

/**
 * Display overrides for one node. `label` is the full label from the graph (the canvas shows a short form). When
 * `state.labelled` is known, exactly those labels are drawn (forced), so none overlap; otherwise Sigma's grid picks.
 */
export function reduceNode(key: string, label: string | null | undefined, state: ViewState): Partial<NodeDisplayData> {
  const active = activeNode(state);
  const text = label ?? "";
  if (key === active) {
    const labelPosition = state.labelled?.get(key) ?? "right";
    return { label: text, labelVisibility: "visible", labelPosition, highlighted: true, zIndex: 3, ...LABEL_STYLE };
  }
  if (isFaded(key, state)) {
    return {
      label: shortLabel(text),
      color: NODE_FADE_COLOR,
      labelVisibility: "hidden",
      labelColor: FADED_LABEL_COLOR,
      zIndex: 0,
    };
  }
  const out: Partial<NodeDisplayData> = { label: shortLabel(text), ...LABEL_STYLE };
  if (active !== null) out.zIndex = 2;
  else if (key === state.focusNode) out.zIndex = 2;
  if (state.labelled !== null) {
    const side = state.labelled.get(key);
    out.labelVisibility = side ? "visible" : "hidden";
    if (side) out.labelPosition = side;
  } else if (key === state.focusNode || (active !== null && state.neighbours.size <= MAX_FORCED_NEIGHBOUR_LABELS)) {
    out.labelVisibility = "visible";
  }
  return out;
}

/** Display overrides for one edge: the active node's edges stand out, the others fade. */
export function reduceEdge(source: string, target: string, size: number, state: ViewState): Partial<EdgeDisplayData> {
  const active = activeNode(state);
  if (active === null) return {};
  if (source === active || target === active) {
    return { color: EDGE_HIGHLIGHT_COLOR, size: size + 0.6, zIndex: 1 };
  }
  return { color: EDGE_FADE_COLOR, zIndex: 0 };
}

/** Sigma `nodeReducer` reading the current state through `getState` (the state object is replaced, not mutated). */
export function createNodeReducer(getState: () => ViewState) {
  return (key: string, data: NodeDisplayData, attributes: { label?: unknown }): Partial<NodeDisplayData> => {
    const state = getState();
    const out = reduceNode(key, typeof attributes.label === "string" ? attributes.label : data.label, state);
    if (state.sizeScale !== 1) out.size = data.size * state.sizeScale;
    return out;
  };
}

export function createEdgeReducer(graph: ResearchGraph, getState: () => ViewState) {
  return (key: string, data: EdgeDisplayData): Partial<EdgeDisplayData> => {
    const state = getState();
    if (activeNode(state) === null) return {};
    return reduceEdge(graph.source(key), graph.target(key), data.size, state);
  };
}
