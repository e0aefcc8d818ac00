/**
 * Which collaboration edges show their topic label. Sigma 4 would label every edge whose two ends are labelled,
 * which on a 60-person profile graph is a hundred crossing texts, so the view picks them, like node labels
 * (labels.ts): the hovered edge always; the active node's edges; and, zoomed in, the edges between labelled nodes;
 * each only if its text fits along the edge and its box hits no node label and no label kept before. The reducers
 * then force exactly those visible (ViewState.edgeLabels).
 */
import type { PageLayer } from "./appearance.ts";
import { edgeTopicLabel, type CollaborationAttributes } from "./edge-topics.ts";
import { LABEL_SIZE, labelBox, type Box, type LabelSide } from "./labels.ts";
import { activeNode, cachedShortLabel, isFaded, setEdgeLabels, setLabelled, type ViewState } from "./reducers.ts";
import { visibleLabels } from "./visible-labels.ts";
import { MIN_NODE_SIZE } from "./style.ts";
import type { ResearchGraph } from "./types.ts";

/** Camera ratios at or below this count as zoomed in (Sigma's ratio: 1 fits the graph, smaller is closer). */
export const EDGE_LABEL_ZOOM_RATIO = 0.6;
/** Gap kept around an edge label and between its text and the nodes at the edge's ends. */
const EDGE_LABEL_PADDING = 4;

export interface EdgeLabelCandidate {
  key: string;
  /** The edge's ends in viewport pixels and their drawn radii. */
  x1: number;
  y1: number;
  r1: number;
  x2: number;
  y2: number;
  r2: number;
  /** Text width in pixels. */
  width: number;
  priority: number;
  /** Kept even when it does not fit or overlaps (the hovered edge). */
  force?: boolean;
}

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The axis-aligned box of a label drawn along the edge, centred on its middle (rotated text, conservatively). */
export function edgeLabelBox(candidate: EdgeLabelCandidate, height = LABEL_SIZE + 2, padding = 0): Box {
  const angle = Math.atan2(candidate.y2 - candidate.y1, candidate.x2 - candidate.x1);
  const cos = Math.abs(Math.cos(angle));
  const sin = Math.abs(Math.sin(angle));
  const w = candidate.width * cos + height * sin;
  const h = candidate.width * sin + height * cos;
  const x = (candidate.x1 + candidate.x2) / 2;
  const y = (candidate.y1 + candidate.y2) / 2;
  return { x1: x - w / 2 - padding, y1: y - h / 2 - padding, x2: x + w / 2 + padding, y2: y + h / 2 + padding };
}

/** Greedy by priority: a label is kept when it fits between the edge's ends and overlaps nothing kept or blocked. */
export function pickEdgeLabels(candidates: readonly EdgeLabelCandidate[], blocked: readonly Box[]): Set<string> {
  const kept = new Set<string>();
  const boxes: Box[] = [...blocked];
  for (const candidate of [...candidates].sort((a, b) => b.priority - a.priority)) {
    const length = Math.hypot(candidate.x2 - candidate.x1, candidate.y2 - candidate.y1);
    const room = length - candidate.r1 - candidate.r2 - 2 * EDGE_LABEL_PADDING;
    const box = edgeLabelBox(candidate, LABEL_SIZE + 2, EDGE_LABEL_PADDING);
    if (!candidate.force && (room < candidate.width || boxes.some((other) => overlaps(box, other)))) continue;
    kept.add(candidate.key);
    boxes.push(box);
  }
  return kept;
}

type RendererLike = Parameters<typeof visibleLabels>[0] & { getCamera(): { ratio: number } };

/**
 * The edge labels to draw now, given the node labels just picked (`state.labelled`): candidates from the view's
 * state and camera, blocked by the node labels' boxes.
 */
export function visibleEdgeLabels(
  renderer: RendererLike,
  graph: ResearchGraph,
  state: ViewState,
  layer: PageLayer,
  measure: (text: string) => number,
): Set<string> {
  const active = activeNode(state);
  const zoomedIn = renderer.getCamera().ratio <= EDGE_LABEL_ZOOM_RATIO;
  const labelled = state.labelled ?? new Map<string, LabelSide>();
  if (state.hoveredEdge === null && active === null && !zoomedIn) return new Set();
  const point = (key: string) => {
    const attributes = graph.getNodeAttributes(key);
    const radius = renderer.scaleSize((layer.sizes.get(key) ?? MIN_NODE_SIZE) * state.sizeScale);
    return { ...renderer.graphToViewport(attributes), radius, label: attributes.label ?? "" };
  };
  const candidates: EdgeLabelCandidate[] = [];
  graph.forEachEdge((key, attributes, source, target) => {
    const hovered = key === state.hoveredEdge;
    const touchesActive = active !== null && (source === active || target === active);
    const between = zoomedIn && labelled.has(source) && labelled.has(target);
    if (!hovered && !touchesActive && !between) return;
    if (layer.hiddenEdges.has(key) || (!hovered && (isFaded(source, state) || isFaded(target, state)))) return;
    const text = edgeTopicLabel(attributes as CollaborationAttributes);
    if (text === null) return;
    const a = point(source);
    const b = point(target);
    const weight = typeof attributes.weight === "number" ? attributes.weight : 1;
    candidates.push({
      key,
      x1: a.x,
      y1: a.y,
      r1: a.radius,
      x2: b.x,
      y2: b.y,
      r2: b.radius,
      width: measure(text),
      priority: (hovered ? 4e6 : touchesActive ? 2e6 : 0) + weight,
      force: hovered,
    });
  });
  if (candidates.length === 0) return new Set();
  // Node labels and node discs block edge labels: text over a node or another label is unreadable.
  const blocked: Box[] = [];
  graph.forEachNode((key) => {
    if (layer.hiddenNodes.has(key) || isFaded(key, state)) return;
    const { x, y, radius } = point(key);
    blocked.push({ x1: x - radius, y1: y - radius, x2: x + radius, y2: y + radius });
  });
  for (const [key, side] of labelled) {
    if (!graph.hasNode(key)) continue;
    const node = point(key);
    const width = measure(key === active ? node.label : cachedShortLabel(node.label));
    const candidate = { key, x: node.x, y: node.y, radius: node.radius, width, height: LABEL_SIZE + 2, priority: 0 };
    blocked.push(labelBox(candidate, side));
  }
  return pickEdgeLabels(candidates, blocked);
}

/** The state with its node labels picked (visible-labels.ts), then the edge labels that fit around them. */
export function withPickedLabels(
  renderer: RendererLike,
  graph: ResearchGraph,
  state: ViewState,
  layer: PageLayer,
  measure: (text: string) => number,
  obstacles?: readonly Box[],
): ViewState {
  const next = setLabelled(visibleLabels(renderer, graph, state, layer, measure, obstacles))(state);
  return setEdgeLabels(visibleEdgeLabels(renderer, graph, next, layer, measure))(next);
}
