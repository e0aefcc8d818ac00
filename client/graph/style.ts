/**
 * Appearance of the research graph: one colour per kind (shared with the CSS legend through `--kind-*` variables),
 * sizes from weights, faded colours for hover. Pure, so the same node always looks the same.
 */
import type { EdgeKind, GraphEdgeAttributes, NodeKind } from "./types.ts";

/**
 * Okabe–Ito colours, chosen so every pair stays apart (CIEDE2000 ≥ 10) for protanopia, deuteranopia and
 * tritanopia (tests/unit/palette-colour-vision.test.ts simulates them); kept in sync with client/styles/tokens.css.
 */
export const KIND_COLORS: Readonly<Record<NodeKind, string>> = {
  person: "#0072b2",
  paper: "#e69f00",
  topic: "#009e73",
  institution: "#cc79a7",
  venue: "#56b4e9",
};

/**
 * Kinds differ by shape too, never by colour alone (Sigma 4's SDF node shapes, registered by sigma-view.ts; the
 * legends draw the same shapes in CSS: .dot in kinds.css).
 */
export const KIND_SHAPES: Readonly<Record<NodeKind, NodeShape>> = {
  person: "circle",
  paper: "square",
  topic: "diamond",
  institution: "triangle",
  venue: "rectangle",
};
export type NodeShape = "circle" | "square" | "diamond" | "triangle" | "rectangle";

export const KIND_LABELS: Readonly<Record<NodeKind, string>> = {
  person: "Researcher",
  paper: "Paper",
  topic: "Topic",
  institution: "Institution",
  venue: "Venue",
};

export const KIND_LABELS_PLURAL: Readonly<Record<NodeKind, string>> = {
  person: "Researchers",
  paper: "Papers",
  topic: "Topics",
  institution: "Institutions",
  venue: "Venues",
};

export const NODE_FADE_COLOR = "#e5e7eb";
export const EDGE_FADE_COLOR = "#f1f2f4";
export const EDGE_COLOR = "#d5dbe3";
export const EDGE_HIGHLIGHT_COLOR = "#475569";
export const LABEL_COLOR = "#1f2937";

/** Co-authorship carries the social structure, so it reads a little darker than membership edges. */
export const EDGE_KIND_COLORS: Readonly<Partial<Record<EdgeKind, string>>> = {
  coauthor: "#c3ccd8",
  cites: "#ecc890",
};

const BASE_SIZE: Readonly<Record<NodeKind, number>> = { person: 5, paper: 6, topic: 6, institution: 5, venue: 5 };
export const MIN_NODE_SIZE = 3;
export const MAX_NODE_SIZE = 15;
export const FOCUS_NODE_SIZE = 20;

/**
 * The one node size scale, in screen pixels, for every page: a kind's base size plus the log of a measure (a
 * slice's `weight`, or what the explorer sizes by: links shown, works, citations). Log, because measures span 1
 * to thousands and a linear scale would leave everything but the hubs invisible; absolute (not relative to the
 * graph), so a node keeps its size when the explorer merges more slices.
 */
export function nodeSize(kind: NodeKind, measure: number, isFocus = false): number {
  if (isFocus) return FOCUS_NODE_SIZE;
  const value = Number.isFinite(measure) && measure > 0 ? measure : 0;
  const size = (BASE_SIZE[kind] ?? MIN_NODE_SIZE) + 1.6 * Math.log2(1 + value);
  return Math.round(Math.min(MAX_NODE_SIZE, Math.max(MIN_NODE_SIZE, size)) * 10) / 10;
}

export function nodeColor(kind: NodeKind): string {
  return KIND_COLORS[kind] ?? EDGE_HIGHLIGHT_COLOR;
}

export function edgeColor(attributes: Pick<GraphEdgeAttributes, "kind">): string {
  return EDGE_KIND_COLORS[attributes.kind] ?? EDGE_COLOR;
}

/** Thin edges, thicker for repeated collaboration (weight = shared works). */
export function edgeSize(attributes: Partial<Pick<GraphEdgeAttributes, "weight">>): number {
  const weight = typeof attributes.weight === "number" && attributes.weight > 1 ? attributes.weight : 1;
  return Math.min(4, 0.6 + 0.7 * Math.log2(weight));
}

/** Paper titles make long labels; the canvas shows a short form, the card and tooltips the full one. */
export function shortLabel(label: string, max = 36): string {
  const clean = label.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > max * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/**
 * Shrinks nodes when many share a small box (1 = no change): the free area per node, as a side length, against
 * 60 px. Keeps a 150-paper citation slice from becoming one orange blob, while small slices keep full sizes.
 */
export function densitySizeScale(order: number, width: number, height: number): number {
  if (order <= 0 || width <= 0 || height <= 0) return 1;
  const side = Math.sqrt((width * height) / order);
  return Math.round(Math.min(1, Math.max(0.5, side / 60)) * 100) / 100;
}
