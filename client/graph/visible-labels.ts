/**
 * Bridges the renderer and pickLabels(): measures label text once per string, reads each node's viewport position
 * and drawn radius (from the page layer's size), and ranks candidates.
 */
import type { PageLayer } from "./appearance.ts";
import {
  LABEL_FONT,
  LABEL_SIZE,
  labelBox,
  PICK_DEFAULTS,
  pickLabels,
  type Box,
  type LabelCandidate,
  type LabelSide,
} from "./labels.ts";
import { activeNode, cachedShortLabel, isFaded, SELECTED_SIZE_FACTOR, type ViewState } from "./reducers.ts";
import { MIN_NODE_SIZE } from "./style.ts";
import type { ResearchGraph } from "./types.ts";

interface RendererLike {
  graphToViewport(coordinates: { x: number; y: number }): { x: number; y: number };
  scaleSize(size?: number): number;
  getDimensions(): { width: number; height: number };
}

/** Text width in pixels, measured on a canvas with the label font; cached because labels repeat every frame. */
export function createTextMeasurer(): (text: string) => number {
  const cache = new Map<string, number>();
  const context = typeof document !== "undefined" ? document.createElement("canvas").getContext("2d") : null;
  if (context) context.font = `${LABEL_SIZE}px ${LABEL_FONT}`;
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = context ? context.measureText(text).width : text.length * LABEL_SIZE * 0.56;
      cache.set(text, width);
    }
    return width;
  };
}

/**
 * Topics and institutions name the context, and so do the few nodes of a rare kind (the two authors among a
 * paper's 150 citations): rarer kinds are labelled first, and context labels may sit over other nodes (labels have
 * a light background, see reducers.ts).
 */
const CONTEXT_KINDS: ReadonlySet<string> = new Set(["topic", "institution", "venue"]);
const RARE_KIND_MAX = 4;

export function kindCounts(graph: ResearchGraph): Map<string, number> {
  const counts = new Map<string, number>();
  graph.forEachNode((_key, attributes) => counts.set(attributes.kind, (counts.get(attributes.kind) ?? 0) + 1));
  return counts;
}

function rank(kind: string, radius: number, counts: Map<string, number>, order: number): number {
  const rarity = 1 - (counts.get(kind) ?? 0) / Math.max(1, order);
  return (CONTEXT_KINDS.has(kind) ? 1000 : 0) + 500 * rarity + radius;
}

/**
 * The labels to draw now, and on which side: candidates are the nodes on screen that the page layer does not hide
 * and the hover does not fade, ranked (hovered node, selection, focus, the hovered node's neighbours, context kinds,
 * then size); pickLabels keeps those that fit. Text is measured only for nodes big enough to be labelled.
 */
export function visibleLabels(
  renderer: RendererLike,
  graph: ResearchGraph,
  state: ViewState,
  layer: PageLayer,
  measure: (text: string) => number,
  obstacles: readonly Box[] = [],
): Map<string, LabelSide> {
  const active = activeNode(state);
  const counts = kindCounts(graph);
  const viewport = renderer.getDimensions();
  const minRadius = PICK_DEFAULTS.minRadius / Math.max(0.1, state.labelDensity);
  const candidates: LabelCandidate[] = [];
  graph.forEachNode((key, attributes) => {
    if (layer.hiddenNodes.has(key) || isFaded(key, state) || !Number.isFinite(attributes.x)) return;
    // Under an emphasis (a path) with nothing active, the rest is faded: no labels there.
    if (active === null && layer.emphasis && !layer.emphasis.nodes.has(key) && !state.selection.has(key)) return;
    const position = renderer.graphToViewport(attributes);
    const selected = state.selection.has(key);
    const size = (layer.sizes.get(key) ?? MIN_NODE_SIZE) * state.sizeScale * (selected ? SELECTED_SIZE_FACTOR : 1);
    const radius = renderer.scaleSize(size);
    const { x, y } = position;
    if (x < -radius || y < -radius || x > viewport.width + radius || y > viewport.height + radius) return;
    const isNeighbour = state.neighbours.has(key);
    const isFocus = key === state.focusNode;
    const emphasised = active === null && layer.emphasis?.nodes.has(key) === true;
    const important = isNeighbour || selected || emphasised;
    const eligible = important || key === active || isFocus || radius >= minRadius;
    const context = CONTEXT_KINDS.has(attributes.kind) || (counts.get(attributes.kind) ?? 0) <= RARE_KIND_MAX;
    const base = rank(attributes.kind, radius, counts, graph.order);
    candidates.push({
      key,
      x,
      y,
      radius,
      width: eligible ? measure(key === active ? attributes.label : cachedShortLabel(attributes.label ?? "")) : 0,
      height: LABEL_SIZE + 2,
      priority: key === active ? 4e6 : selected ? 3.5e6 : isFocus ? 3e6 : isNeighbour || emphasised ? 2e6 + base : base,
      important,
      force: key === active || (isFocus && active === null),
      overNodes: context,
      solid: context || isFocus || key === active,
    });
  });
  return pickLabels(candidates, { viewport, obstacles, minRadius });
}

interface DrawnRendererLike extends RendererLike {
  getGraph(): { forEachNode(callback: (key: string) => void): void };
  getNodeDisplayData(key: string):
    | {
        x: number;
        y: number;
        size: number;
        label?: string | null;
        hidden?: boolean;
        labelVisibility?: string;
        labelPosition?: string;
        visibility?: string;
      }
    | undefined;
  framedGraphToViewport(coordinates: { x: number; y: number }): { x: number; y: number };
}

/**
 * The boxes of the labels Sigma is told to draw now (its display data after the reducers), in viewport pixels,
 * without padding: what a test compares for overlaps.
 */
export function drawnLabelBoxes(
  renderer: DrawnRendererLike,
  measure: (text: string) => number,
): { key: string; box: Box }[] {
  const out: { key: string; box: Box }[] = [];
  renderer.getGraph().forEachNode((key) => {
    const data = renderer.getNodeDisplayData(key);
    if (!data || data.visibility === "hidden" || data.labelVisibility !== "visible" || !data.label) return;
    const { x, y } = renderer.framedGraphToViewport(data);
    const side = (data.labelPosition ?? "right") as LabelSide;
    const candidate = {
      key,
      x,
      y,
      radius: renderer.scaleSize(data.size),
      width: measure(data.label),
      height: LABEL_SIZE + 2,
      priority: 0,
    };
    out.push({ key, box: labelBox(candidate, side) });
  });
  return out;
}
