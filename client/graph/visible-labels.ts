/**
 * Bridges the renderer and pickLabels(): measures label text once per string, reads each node's viewport position
 * and drawn radius, and ranks candidates (hovered node, its neighbours, the focus, then size).
 */
import { LABEL_FONT, LABEL_SIZE, pickLabels, type Box, type LabelCandidate, type LabelSide } from "./labels.ts";
import { activeNode, isFaded, type ViewState } from "./reducers.ts";
import { shortLabel } from "./style.ts";
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

export function visibleLabels(
  renderer: RendererLike,
  graph: ResearchGraph,
  state: ViewState,
  measure: (text: string) => number,
  obstacles: readonly Box[] = [],
): Map<string, LabelSide> {
  const active = activeNode(state);
  const counts = kindCounts(graph);
  const candidates: LabelCandidate[] = [];
  graph.forEachNode((key, attributes) => {
    if (isFaded(key, state) || !Number.isFinite(attributes.x)) return;
    const position = renderer.graphToViewport(attributes);
    const radius = renderer.scaleSize(attributes.size * state.sizeScale);
    const text = key === active ? attributes.label : shortLabel(attributes.label ?? "");
    const isNeighbour = state.neighbours.has(key);
    const isFocus = key === state.focusNode;
    const context = CONTEXT_KINDS.has(attributes.kind) || (counts.get(attributes.kind) ?? 0) <= RARE_KIND_MAX;
    candidates.push({
      key,
      x: position.x,
      y: position.y,
      radius,
      width: measure(text),
      height: LABEL_SIZE + 2,
      priority:
        key === active
          ? 4e6
          : isFocus
            ? 3e6
            : isNeighbour
              ? 2e6 + rank(attributes.kind, radius, counts, graph.order)
              : rank(attributes.kind, radius, counts, graph.order),
      important: isNeighbour,
      force: key === active || (isFocus && active === null),
      overNodes: context,
      solid: context || isFocus || key === active,
    });
  });
  return pickLabels(candidates, { viewport: renderer.getDimensions(), obstacles });
}
