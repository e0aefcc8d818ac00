/**
 * Which labels to draw. Sigma's label grid keeps one label per cell but lets labels of neighbouring cells overlap,
 * so we pick labels ourselves: greedily by priority (the hovered node, its neighbours, the focus, then the biggest
 * nodes), keeping a label only if its box hits no kept label and no other node. Small nodes are not labelled until
 * zooming in makes them big enough. The reducers then force the kept labels visible and hide the rest.
 */
import type { Settings } from "sigma/settings";

/** Sigma's own grid stays as a fallback (before the first pick); these keep it sparse. */
export const LABEL_SETTINGS = {
  labelDensity: 0.6,
  labelGridCellSize: 140,
  labelRenderedSizeThreshold: 7,
} as const satisfies Partial<Settings>;

/** System font stack, same as the page (client/styles/tokens.css). */
export const LABEL_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
export const LABEL_SIZE = 12;
/** Gap between a node's disc and its label (Sigma draws labels to the right of the node). */
export const LABEL_MARGIN = 4;

export interface LabelCandidate {
  key: string;
  /** Viewport position and drawn radius of the node, in pixels. */
  x: number;
  y: number;
  radius: number;
  /** Size of the label text in pixels. */
  width: number;
  height: number;
  /** Higher first. */
  priority: number;
  /** Labelled regardless of size (the hovered node's neighbours). */
  important?: boolean;
  /** Always labelled, even over other nodes (the hovered node, the focus); still blocks later labels. */
  force?: boolean;
  /** May cover smaller nodes (never a bigger one, a solid one, nor another label): for context nodes (topics). */
  overNodes?: boolean;
  /** Never covered by an `overNodes` label (the focus, the authors of a paper, other context nodes). */
  solid?: boolean;
}

export interface PickLabelsOptions {
  /** Viewport areas labels must avoid (overlaid controls). */
  obstacles?: readonly Box[];
  /** Nodes drawn with a smaller radius are not labelled unless important. */
  minRadius?: number;
  /** Empty space kept around each label. */
  padding?: number;
  viewport?: { width: number; height: number };
}

export const PICK_DEFAULTS = { minRadius: 4.5, padding: 3 } as const;

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

const CELL = 64;

function cellsOf(box: Box): string[] {
  const out: string[] = [];
  for (let cx = Math.floor(box.x1 / CELL); cx <= Math.floor(box.x2 / CELL); cx++) {
    for (let cy = Math.floor(box.y1 / CELL); cy <= Math.floor(box.y2 / CELL); cy++) out.push(`${cx}:${cy}`);
  }
  return out;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
}

function hitsDisc(box: Box, x: number, y: number, radius: number): boolean {
  const nx = Math.max(box.x1, Math.min(x, box.x2));
  const ny = Math.max(box.y1, Math.min(y, box.y2));
  return (nx - x) ** 2 + (ny - y) ** 2 < radius * radius;
}

export type LabelSide = "right" | "left" | "below" | "above";
/** Tried in this order: reading flows right, and left keeps the label on the same line. */
export const LABEL_SIDES: readonly LabelSide[] = ["right", "left", "below", "above"];

/** The label's box on one side of the node, vertically or horizontally centred on it. */
export function labelBox(candidate: LabelCandidate, side: LabelSide = "right", padding = 0): Box {
  const { x, y, radius, width, height } = candidate;
  const gap = radius + LABEL_MARGIN;
  let x1: number;
  let y1: number;
  if (side === "right" || side === "left") {
    x1 = side === "right" ? x + gap : x - gap - width;
    y1 = y - height / 2;
  } else {
    x1 = x - width / 2;
    y1 = side === "below" ? y + gap : y - gap - height;
  }
  return { x1: x1 - padding, y1: y1 - padding, x2: x1 + width + padding, y2: y1 + height + padding };
}

/**
 * The labels that can be drawn without touching each other or any other node, with the side each goes on.
 * Forced candidates always get a label (on the first free side, else on the right).
 */
export function pickLabels(
  candidates: readonly LabelCandidate[],
  options: PickLabelsOptions = {},
): Map<string, LabelSide> {
  const minRadius = options.minRadius ?? PICK_DEFAULTS.minRadius;
  const padding = options.padding ?? PICK_DEFAULTS.padding;
  const view = options.viewport;
  const discs = new Map<string, LabelCandidate[]>();
  for (const node of candidates) {
    const r = node.radius;
    for (const cell of cellsOf({ x1: node.x - r, y1: node.y - r, x2: node.x + r, y2: node.y + r })) {
      const list = discs.get(cell);
      if (list) list.push(node);
      else discs.set(cell, [node]);
    }
  }
  const kept = new Map<string, Box[]>();
  const picked = new Map<string, LabelSide>();
  const isFree = (candidate: LabelCandidate, box: Box) =>
    (!view || (box.x1 >= 0 && box.y1 >= 0 && box.x2 <= view.width && box.y2 <= view.height)) &&
    !cellsOf(box).some(
      (cell) =>
        kept.get(cell)?.some((other) => overlaps(box, other)) ||
        discs
          .get(cell)
          ?.some(
            (node) =>
              node.key !== candidate.key &&
              !(candidate.overNodes && !node.solid && node.radius < candidate.radius) &&
              hitsDisc(box, node.x, node.y, node.radius),
          ),
    ) &&
    !(options.obstacles ?? []).some((obstacle) => overlaps(box, obstacle));
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || a.key.localeCompare(b.key));
  for (const candidate of ordered) {
    if (!candidate.force && !candidate.important && candidate.radius < minRadius) continue;
    let side = LABEL_SIDES.find((s) => isFree(candidate, labelBox(candidate, s, padding)));
    if (side === undefined && candidate.force) side = "right";
    if (side === undefined) continue;
    picked.set(candidate.key, side);
    const box = labelBox(candidate, side, padding);
    for (const cell of cellsOf(box)) {
      const list = kept.get(cell);
      if (list) list.push(box);
      else kept.set(cell, [box]);
    }
  }
  return picked;
}
