/**
 * The explorer's Sigma reducers: the render graph is the data graph seen through filters (hidden sets), appearance
 * (colour/size maps) and interaction (hover, selection). Everything they read is precomputed, so each call is a
 * few Map/Set lookups: O(1) per node and edge, which keeps hover frames flat at 10k nodes / 50k edges.
 */
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import { EDGE_FADE_COLOR, EDGE_HIGHLIGHT_COLOR, LABEL_COLOR, NODE_FADE_COLOR, shortLabel } from "../graph/style.ts";

export const SELECTED_LABEL_COLOR = "#111827";
export const FADED_LABEL_COLOR = "#9ca3af";
/** Above this many neighbours only the hovered node's label is forced: forced labels bypass Sigma's label grid. */
export const MAX_FORCED_LABELS = 15;
export const SELECTED_SIZE_FACTOR = 1.35;

export interface RenderInputs {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
  colors: ReadonlyMap<string, string>;
  sizes: ReadonlyMap<string, number>;
  /** Hovered node (after the debounce) and its neighbours, computed once per hover. */
  hovered: string | null;
  hoverNeighbours: ReadonlySet<string>;
  selection: ReadonlySet<string>;
  focus: string | null;
}

export function emptyRenderInputs(): RenderInputs {
  return {
    hiddenNodes: new Set(),
    hiddenEdges: new Set(),
    colors: new Map(),
    sizes: new Map(),
    hovered: null,
    hoverNeighbours: new Set(),
    selection: new Set(),
    focus: null,
  };
}

// Shared constant results: Sigma copies what a reducer returns, so the common cases allocate nothing.
const HIDDEN = { visibility: "hidden" } as const;
const NO_CHANGE = {} as const;
const EDGE_FADED = { color: EDGE_FADE_COLOR, zIndex: 0 } as const;

/** Shortened labels, memoised: shortening is string work, and a hover reduces every node again. */
const SHORT_LABELS = new Map<string, string>();
const SHORT_LABELS_MAX = 50_000;
function cachedShortLabel(label: string): string {
  let short = SHORT_LABELS.get(label);
  if (short === undefined) {
    if (SHORT_LABELS.size > SHORT_LABELS_MAX) SHORT_LABELS.clear();
    short = shortLabel(label);
    SHORT_LABELS.set(label, short);
  }
  return short;
}

/** Display overrides for one node; `baseSize` is the size Sigma would draw without the explorer's encodings. */
export function reduceNode(
  key: string,
  label: string,
  baseSize: number,
  inputs: RenderInputs,
): Partial<NodeDisplayData> {
  if (inputs.hiddenNodes.has(key)) return HIDDEN;
  const hovered = inputs.hovered;
  const selected = inputs.selection.has(key);
  const size = inputs.sizes.get(key);
  const out: Partial<NodeDisplayData> = { label: cachedShortLabel(label), labelColor: LABEL_COLOR };
  if (size !== undefined) out.size = size;
  // Faded (hover elsewhere): the most common case at scale, decided before anything else is computed.
  if (hovered !== null && key !== hovered && !selected && !inputs.hoverNeighbours.has(key)) {
    out.color = NODE_FADE_COLOR;
    out.labelVisibility = "hidden";
    out.labelColor = FADED_LABEL_COLOR;
    out.zIndex = 0;
    return out;
  }
  const color = inputs.colors.get(key);
  if (color !== undefined) out.color = color;
  if (selected || key === inputs.focus) {
    out.labelVisibility = "visible";
    out.zIndex = 2;
  }
  if (selected) {
    // Sigma 4 draws no ring for `highlighted`: a selected node also grows, so it reads as selected at any zoom.
    out.highlighted = true;
    out.labelColor = SELECTED_LABEL_COLOR;
    out.size = (size ?? baseSize) * SELECTED_SIZE_FACTOR;
  }
  if (hovered === null) return out;
  if (key === hovered) {
    out.label = label;
    out.labelVisibility = "visible";
    out.highlighted = true;
    out.zIndex = 3;
  } else if (inputs.hoverNeighbours.has(key)) {
    out.zIndex = 2;
    if (inputs.hoverNeighbours.size <= MAX_FORCED_LABELS) out.labelVisibility = "visible";
  }
  return out;
}

/** Display overrides for one edge: hidden by filters, highlighted when it touches the hovered node, else faded. */
export function reduceEdge(
  key: string,
  source: string,
  target: string,
  size: number,
  inputs: RenderInputs,
): Partial<EdgeDisplayData> {
  if (inputs.hiddenEdges.has(key)) return HIDDEN;
  const hovered = inputs.hovered;
  if (hovered === null) return NO_CHANGE;
  if (source === hovered || target === hovered) return { color: EDGE_HIGHLIGHT_COLOR, size: size + 0.6, zIndex: 1 };
  return EDGE_FADED;
}
