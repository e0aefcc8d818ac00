/**
 * What the user is pointing at, and how that changes what Sigma draws. State changes are pure producers
 * (`(state) => newState`); the reducers read the state and return display overrides, nothing else.
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { EDGE_FADE_COLOR, EDGE_HIGHLIGHT_COLOR, LABEL_COLOR, NODE_FADE_COLOR, shortLabel } from "./style.ts";
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
}

/** Above this many neighbours, only the hovered node's label is forced: forced labels bypass the label grid. */
export const MAX_FORCED_NEIGHBOUR_LABELS = 12;
export const FADED_LABEL_COLOR = "#9ca3af";

export function initialViewState(focusNode: string | null = null): ViewState {
  return { hoveredNode: null, selectedNode: null, focusNode, neighbours: new Set() };
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

/** Display overrides for one node. `label` is the full label from the graph (the canvas shows a short form). */
export function reduceNode(key: string, label: string | null | undefined, state: ViewState): Partial<NodeDisplayData> {
  const active = activeNode(state);
  const text = label ?? "";
  if (key === active) {
    return { label: text, labelVisibility: "visible", highlighted: true, zIndex: 3, labelColor: LABEL_COLOR };
  }
  const base: Partial<NodeDisplayData> = { label: shortLabel(text), labelColor: LABEL_COLOR };
  if (key === state.focusNode) Object.assign(base, { labelVisibility: "visible", zIndex: 2 });
  if (active === null) return base;
  if (state.neighbours.has(key)) {
    const force = state.neighbours.size <= MAX_FORCED_NEIGHBOUR_LABELS;
    return { ...base, zIndex: 2, ...(force ? { labelVisibility: "visible" as const } : {}) };
  }
  return { ...base, color: NODE_FADE_COLOR, labelVisibility: "hidden", labelColor: FADED_LABEL_COLOR, zIndex: 0 };
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
  return (key: string, data: NodeDisplayData, attributes: { label?: unknown }): Partial<NodeDisplayData> =>
    reduceNode(key, typeof attributes.label === "string" ? attributes.label : data.label, getState());
}

export function createEdgeReducer(graph: ResearchGraph, getState: () => ViewState) {
  return (key: string, data: EdgeDisplayData): Partial<EdgeDisplayData> => {
    const state = getState();
    if (activeNode(state) === null) return {};
    return reduceEdge(graph.source(key), graph.target(key), data.size, state);
  };
}
