/**
 * The edge layer of the render view: how each edge is drawn from the page layer (hidden, an edge colour such as the
 * explorer's topic encoding) and the view state (the active node's edges stand out, the hovered edge most), with
 * thickness by weight (shared works) and the collaboration's topic label when the view picked it (edge-labels.ts).
 * Like reducers.ts: precomputed looks, so a call is a few lookups and the common cases return shared objects.
 */
import type { EdgeDisplayData } from "sigma/types";
import type { PageLayer } from "./appearance.ts";
import { edgeTopicLabel, type CollaborationAttributes } from "./edge-topics.ts";
import { activeNode, HIDDEN, type ViewState } from "./reducers.ts";
import { edgeSize } from "./style.ts";
import type { GraphTheme } from "./theme.ts";

interface EdgeLook {
  normal: Partial<EdgeDisplayData>;
  faded: Partial<EdgeDisplayData>;
  highlighted: Partial<EdgeDisplayData>;
  /** The edge under the pointer (or walked along by the keyboard): darker and thicker than a highlighted one. */
  hovered: Partial<EdgeDisplayData>;
}
/**
 * One shared look per (theme, colour, integer weight): edges repeat a handful of them; arrays index faster than
 * maps. The colour is the kind's, or the page layer's (the explorer's topic encoding).
 */
const EDGE_LOOKS = new Map<GraphTheme, Map<string, EdgeLook[]>>();
const MAX_CACHED_WEIGHT = 1024;
function makeEdgeLook(theme: GraphTheme, color: string, weight: number): EdgeLook {
  const size = edgeSize({ weight });
  return {
    normal: { color, size },
    faded: { color: theme.edgeFade, size, zIndex: 0 },
    highlighted: { color: theme.edgeHighlight, size: size + 0.6, zIndex: 1 },
    hovered: { color: theme.edgeHighlight, size: size + 1.6, zIndex: 2 },
  };
}
function edgeLook(theme: GraphTheme, color: string, weight: number): EdgeLook {
  if (!Number.isInteger(weight) || weight < 0 || weight > MAX_CACHED_WEIGHT) return makeEdgeLook(theme, color, weight);
  let byColor = EDGE_LOOKS.get(theme);
  if (!byColor) EDGE_LOOKS.set(theme, (byColor = new Map()));
  let looks = byColor.get(color);
  if (!looks) byColor.set(color, (looks = []));
  return (looks[weight] ??= makeEdgeLook(theme, color, weight));
}

/** Edge labels, memoised on the attributes' topic list (the same array until a merge replaces it). */
const EDGE_LABELS = new WeakMap<object, string | null>();
function cachedEdgeLabel(attributes: CollaborationAttributes): string | null {
  const topics = attributes.topics;
  if (attributes.kind !== "coauthor" || !Array.isArray(topics) || topics.length === 0) return null;
  let label = EDGE_LABELS.get(topics);
  if (label === undefined) EDGE_LABELS.set(topics, (label = edgeTopicLabel(attributes)));
  return label;
}

/**
 * Display data for one edge: hidden with its layer, the active node's edges stand out, the others fade. A
 * co-author edge carries its top shared topics as label, drawn exactly when the view picked it
 * (`state.edgeLabels`: the hovered edge, the active node's edges, zoomed in the edges between labelled nodes).
 * `touchesActive` says whether the edge ends at the active node (the view asks graphology only while one is active).
 */
export function reduceEdge(
  key: string,
  attributes: CollaborationAttributes,
  touchesActive: boolean,
  layer: PageLayer,
  state: ViewState,
): Partial<EdgeDisplayData> {
  if (layer.hiddenEdges.has(key)) return HIDDEN;
  const color = layer.edgeColors?.get(key) ?? state.theme.edgeKinds[attributes.kind] ?? state.theme.edge;
  const look = edgeLook(state.theme, color, typeof attributes.weight === "number" ? attributes.weight : 1);
  const hovered = key === state.hoveredEdge;
  const somethingActive = state.hoveredNode !== null || activeNode(state) !== null;
  // With nothing active, what the page brings forward (a path) stands out and the rest fades.
  const idle = !layer.emphasis ? look.normal : layer.emphasis.edges.has(key) ? look.highlighted : look.faded;
  const base = hovered ? look.hovered : !somethingActive ? idle : touchesActive ? look.highlighted : look.faded;
  if (layer.arrows && attributes.kind === "cites") return { ...base, head: "arrow" };
  if (!state.edgeLabels.has(key)) return base;
  const label = cachedEdgeLabel(attributes);
  if (label === null) return base;
  return {
    ...base,
    label,
    labelColor: state.theme.label,
    labelBackgroundColor: state.theme.labelBackground,
    labelVisibility: "visible",
    labelPosition: "over",
  };
}
