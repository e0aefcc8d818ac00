/**
 * Bridges the renderer and pickLabels(): measures label text once per string, reads each node's viewport position
 * and drawn radius, and ranks candidates (hovered node, its neighbours, the focus, then size).
 */
import { LABEL_FONT, LABEL_SIZE, pickLabels, type LabelCandidate, type LabelSide } from "./labels.ts";
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
 * Topics and institutions name the context: they are labelled before people and papers, and may sit over other
 * nodes (labels have a light background, see reducers.ts).
 */
const CONTEXT_KINDS: ReadonlySet<string> = new Set(["topic", "institution"]);

function rank(kind: string, radius: number): number {
  return (CONTEXT_KINDS.has(kind) ? 1000 : 0) + radius;
}

export function visibleLabels(
  renderer: RendererLike,
  graph: ResearchGraph,
  state: ViewState,
  measure: (text: string) => number,
): Map<string, LabelSide> {
  const active = activeNode(state);
  const candidates: LabelCandidate[] = [];
  graph.forEachNode((key, attributes) => {
    if (isFaded(key, state) || !Number.isFinite(attributes.x)) return;
    const position = renderer.graphToViewport(attributes);
    const radius = renderer.scaleSize(attributes.size);
    const text = key === active ? attributes.label : shortLabel(attributes.label ?? "");
    const isNeighbour = state.neighbours.has(key);
    const isFocus = key === state.focusNode;
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
              ? 2e6 + rank(attributes.kind, radius)
              : rank(attributes.kind, radius),
      important: isNeighbour,
      force: key === active || (isFocus && active === null),
      overNodes: CONTEXT_KINDS.has(attributes.kind),
    });
  });
  return pickLabels(candidates, { viewport: renderer.getDimensions() });
}
