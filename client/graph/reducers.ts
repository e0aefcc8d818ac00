/**
 * The core layer of the render view: what the user is pointing at and has selected, and which labels fit. State
 * changes are pure producers (`(state) => newState`); the reducers read the state and the page layer
 * (appearance.ts: hidden, colour, size) and return display data, nothing else. Every lookup is precomputed, so a
 * reducer call is a few Map/Set reads and the common cases return shared objects.
 */
import type { NodeDisplayData } from "sigma/types";
import type { PageLayer } from "./appearance.ts";
import type { LabelSide } from "./labels.ts";
import { MIN_NODE_SIZE, shortLabel, type NodeShape } from "./style.ts";
import { LIGHT_GRAPH_THEME, type GraphTheme } from "./theme.ts";
import type { ResearchGraph } from "./types.ts";

export interface ViewState {
  /** The node under the pointer (after the hover debounce), if any. */
  hoveredNode: string | null;
  /** The edge under the pointer, or walked along by the keyboard (Tab to a neighbour): labelled, with a tooltip. */
  hoveredEdge: string | null;
  /** The node with keyboard focus (graph-keyboard.ts): drawn with a focus ring, its neighbourhood highlighted. */
  keyboardNode: string | null;
  /** Selected nodes: drawn bigger, labelled first, never faded. */
  selection: ReadonlySet<string>;
  /** A single selected node keeps its neighbourhood highlighted when the pointer leaves (embedded graphs). */
  highlightSelection: boolean;
  /** The slice's focus: always labelled. */
  focusNode: string | null;
  /** Neighbours of the active node (hovered, else the highlighted selection). Empty when nothing is active. */
  neighbours: ReadonlySet<string>;
  /** Edges whose topic label is drawn (edge-labels.ts pickEdgeLabels): they fit and overlap no other label. */
  edgeLabels: ReadonlySet<string>;
  /** Nodes whose labels fit without overlap, and on which side (labels.ts pickLabels); null until computed. */
  labelled: ReadonlyMap<string, LabelSide> | null;
  /** Multiplies node sizes (style.ts densitySizeScale); 1 leaves them as the page layer says. */
  sizeScale: number;
  /** Higher labels smaller nodes (visible-labels.ts); 1 is the default. */
  labelDensity: number;
  /** Label, fade, edge and focus-ring colours for the colour scheme (theme.ts). */
  theme: GraphTheme;
}

/** Sigma 4 draws no ring for `highlighted`: a selected node also grows, so it reads as selected at any zoom. */
export const SELECTED_SIZE_FACTOR = 1.35;

/**
 * The keyboard focus ring: Sigma 4's node backdrop, a thick border a few pixels outside the node (dark blue on the
 * light canvas, amber on the dark one: 3:1 or more against the canvas and every kind colour) over a plate.
 */
export function focusRing(theme: GraphTheme): Partial<NodeDisplayData> {
  return {
    backdropVisibility: "visible",
    backdropArea: "node",
    backdropColor: theme.ringPlate,
    backdropPadding: 5,
    backdropBorderColor: theme.ring,
    backdropBorderWidth: 3,
    backdropShadowBlur: 0,
  };
}
const RINGS = new Map<GraphTheme, Partial<NodeDisplayData>>();
const ringOf = (theme: GraphTheme) => RINGS.get(theme) ?? RINGS.set(theme, focusRing(theme)).get(theme)!;

export function initialViewState(focusNode: string | null = null, highlightSelection = true): ViewState {
  return {
    hoveredNode: null,
    hoveredEdge: null,
    keyboardNode: null,
    selection: new Set(),
    highlightSelection,
    focusNode,
    neighbours: new Set(),
    edgeLabels: new Set(),
    labelled: null,
    sizeScale: 1,
    labelDensity: 1,
    theme: LIGHT_GRAPH_THEME,
  };
}

/** The node the highlight is about: the hovered one, else the keyboard's, else a highlighted single selection. */
export function activeNode(state: ViewState): string | null {
  if (state.hoveredNode !== null) return state.hoveredNode;
  if (state.keyboardNode !== null) return state.keyboardNode;
  if (!state.highlightSelection || state.selection.size !== 1) return null;
  return state.selection.values().next().value ?? null;
}

function withNeighbours(graph: ResearchGraph, state: ViewState): ViewState {
  const active = activeNode(state);
  const neighbours = active && graph.hasNode(active) ? new Set<string>(graph.neighbors(active)) : new Set<string>();
  return { ...state, neighbours };
}

export function setHovered(graph: ResearchGraph, node: string | null) {
  return (state: ViewState): ViewState => withNeighbours(graph, { ...state, hoveredNode: node });
}

export function setHoveredEdge(edge: string | null) {
  return (state: ViewState): ViewState => (state.hoveredEdge === edge ? state : { ...state, hoveredEdge: edge });
}

export function setKeyboardNode(graph: ResearchGraph, node: string | null) {
  return (state: ViewState): ViewState => withNeighbours(graph, { ...state, keyboardNode: node });
}

export function setSelection(graph: ResearchGraph, nodes: Iterable<string>) {
  return (state: ViewState): ViewState => withNeighbours(graph, { ...state, selection: new Set(nodes) });
}

export function setSizeScale(sizeScale: number) {
  return (state: ViewState): ViewState => ({ ...state, sizeScale });
}

export function setTheme(theme: GraphTheme) {
  return (state: ViewState): ViewState => ({ ...state, theme });
}

export function setLabelDensity(labelDensity: number) {
  return (state: ViewState): ViewState => ({ ...state, labelDensity });
}

export function setEdgeLabels(edgeLabels: ReadonlySet<string>) {
  return (state: ViewState): ViewState => ({ ...state, edgeLabels });
}

/** Edges whose label is drawn in one state and not the other (to redraw only those). */
export function changedEdgeLabels(before: ReadonlySet<string>, after: ReadonlySet<string>): string[] {
  const changed: string[] = [];
  for (const key of after) if (!before.has(key)) changed.push(key);
  for (const key of before) if (!after.has(key)) changed.push(key);
  return changed;
}

export function setLabelled(labelled: ReadonlyMap<string, LabelSide> | null) {
  return (state: ViewState): ViewState => ({ ...state, labelled });
}

/** Whether a node is drawn faded (something is active and the node is neither it, a neighbour nor selected). */
export function isFaded(key: string, state: ViewState): boolean {
  const active = activeNode(state);
  return active !== null && key !== active && !state.neighbours.has(key) && !state.selection.has(key);
}

/** Nodes whose label changed between two picks (to redraw only those); null when everything must be redrawn. */
export function changedLabels(
  before: ReadonlyMap<string, LabelSide> | null,
  after: ReadonlyMap<string, LabelSide> | null,
): string[] | null {
  if (before === null || after === null) return before === after ? [] : null;
  const changed: string[] = [];
  for (const [key, side] of after) if (before.get(key) !== side) changed.push(key);
  for (const key of before.keys()) if (!after.has(key)) changed.push(key);
  return changed;
}

/** Shortened labels, memoised: shortening is string work, and every refresh reduces every node again. */
const SHORT_LABELS = new Map<string, string>();
const SHORT_LABELS_MAX = 50_000;
export function cachedShortLabel(label: string): string {
  let short = SHORT_LABELS.get(label);
  if (short === undefined) {
    if (SHORT_LABELS.size > SHORT_LABELS_MAX) SHORT_LABELS.clear();
    short = shortLabel(label);
    SHORT_LABELS.set(label, short);
  }
  return short;
}

// Shared constant results: Sigma copies what a reducer returns, so the common cases allocate nothing.
export const HIDDEN = { visibility: "hidden" } as const;

/**
 * Display data for one node. `label` is the full label from the graph (the canvas shows a short form, the hovered
 * node the full one). Once `state.labelled` is known exactly those labels are drawn, so none overlap.
 */
export function reduceNode(
  key: string,
  label: string,
  layer: PageLayer,
  state: ViewState,
  shape?: NodeShape,
): Partial<NodeDisplayData> {
  if (layer.hiddenNodes.has(key)) return HIDDEN;
  const selected = state.selection.size > 0 && state.selection.has(key);
  let size = layer.sizes.get(key) ?? MIN_NODE_SIZE;
  if (state.sizeScale !== 1) size *= state.sizeScale;
  if (selected) size *= SELECTED_SIZE_FACTOR;
  const active = state.hoveredNode ?? activeNode(state);
  const emphasised = layer.emphasis?.nodes.has(key) === true;
  const outside = active !== null ? key !== active && !state.neighbours.has(key) : !!layer.emphasis && !emphasised;
  if (outside && !selected) {
    return {
      label: cachedShortLabel(label),
      size,
      color: state.theme.nodeFade,
      labelVisibility: "hidden",
      zIndex: 0,
      shape,
    };
  }
  const side = state.labelled?.get(key);
  const out: Partial<NodeDisplayData> = {
    label: key === active ? label : cachedShortLabel(label),
    size,
    color: layer.colors.get(key) ?? state.theme.nodeFade,
    labelColor: selected ? state.theme.selectedLabel : state.theme.label,
    labelBackgroundColor: state.theme.labelBackground,
    labelBackgroundPadding: 2,
    shape,
  };
  if (key === state.keyboardNode) Object.assign(out, ringOf(state.theme));
  if (key === active || key === state.keyboardNode) {
    out.labelVisibility = "visible";
    out.labelPosition = side ?? "right";
    out.highlighted = true;
    out.zIndex = 3;
    return out;
  }
  if (selected || (emphasised && active === null)) out.highlighted = true;
  if (active !== null || selected || emphasised || key === state.focusNode) out.zIndex = 2;
  if (state.labelled !== null) {
    out.labelVisibility = side ? "visible" : "hidden";
    if (side) out.labelPosition = side;
  } else {
    // Before the first pick, only the focus: Sigma's grid would let other labels overlap.
    out.labelVisibility = key === state.focusNode ? "visible" : "hidden";
  }
  return out;
}
