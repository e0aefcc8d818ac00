/**
 * The paper graph's arrangement and page layer, pure: the focus in the middle, the works it cites in columns on the
 * left, the works citing it on the right, each side top to bottom by rank (most relevant first); colour by year on
 * a sequential, colour-blind-safe scale (viridis, without its palest end so every step shows on a light canvas);
 * size by relevance; citations end in arrows.
 */
import type { PageLayer } from "../../graph/appearance.ts";
import { nodeSize } from "../../graph/style.ts";
import type { PaperGraphSide } from "../../../contract/schemas/paper-graph.ts";

/** Works per column before a side opens another column further out. */
export const COLUMN_SIZE = 12;
/** Graph units between the focus and a side's first column, between columns, and between rows. */
const SIDE_GAP = 100;
const COLUMN_GAP = 55;
const ROW_GAP = 16;

/** Viridis at five steps, oldest (dark purple) to newest (green-yellow). */
export const YEAR_PALETTE = ["#440154", "#3b528b", "#21918c", "#5ec962", "#b5de2b"] as const;
/** On the dark canvas viridis' dark end disappears: the same order of hues, each light enough (3:1 or more). */
export const YEAR_PALETTE_DARK = ["#8b7cf0", "#4f9be0", "#2bb3a3", "#7ad151", "#fde725"] as const;
export const NO_YEAR_COLOR = "#9ca3af";

export interface CitationNode {
  key: string;
  side: PaperGraphSide;
  rank: number;
}

/**
 * Where each work goes: x < 0 for references, x > 0 for citing works (direction reads left to right, as time does),
 * y from the top down by rank. Sigma draws larger y higher up, so rank 1 gets the largest y.
 */
export function citationPositions(nodes: readonly CitationNode[]): Map<string, { x: number; y: number }> {
  const positions = new Map<string, { x: number; y: number }>();
  const rows = (side: PaperGraphSide) => Math.min(COLUMN_SIZE, nodes.filter((node) => node.side === side).length);
  for (const node of nodes) {
    if (node.side === "focus") {
      positions.set(node.key, { x: 0, y: 0 });
      continue;
    }
    const index = Math.max(0, node.rank - 1);
    const column = Math.floor(index / COLUMN_SIZE);
    const row = index % COLUMN_SIZE;
    const height = (rows(node.side) - 1) * ROW_GAP;
    const direction = node.side === "reference" ? -1 : 1;
    positions.set(node.key, { x: direction * (SIDE_GAP + column * COLUMN_GAP), y: height / 2 - row * ROW_GAP });
  }
  return positions;
}

export interface YearScale {
  colorOf(year: number | null | undefined): string;
  /** One entry per colour used, oldest first: "1991–1992". */
  legend: { color: string; label: string }[];
}

/** Splits the years into at most `palette.length` equal bins of whole years. */
export function yearScale(
  years: readonly (number | null | undefined)[],
  palette: readonly string[] = YEAR_PALETTE,
): YearScale {
  const known = years.filter((year): year is number => typeof year === "number" && Number.isFinite(year));
  if (known.length === 0) return { colorOf: () => NO_YEAR_COLOR, legend: [] };
  const min = Math.min(...known);
  const max = Math.max(...known);
  const bins = Math.min(palette.length, max - min + 1);
  const width = (max - min + 1) / bins;
  const binOf = (year: number) => Math.min(bins - 1, Math.floor((year - min) / width));
  const legend = Array.from({ length: bins }, (_unused, i) => {
    const first = Math.ceil(min + i * width);
    const last = Math.ceil(min + (i + 1) * width) - 1;
    return { color: palette[i]!, label: first === last ? String(first) : `${first}–${last}` };
  }).filter((_entry, i) => known.some((year) => binOf(year) === i));
  const colorOf = (year: number | null | undefined) =>
    typeof year === "number" && Number.isFinite(year) ? palette[binOf(year)]! : NO_YEAR_COLOR;
  return { colorOf, legend };
}

export interface CitationAttributes {
  side: PaperGraphSide;
  year?: number | null;
  relevance?: number;
}

/**
 * The page layer: year colours, sizes by relevance (the focus biggest), arrows, and when `year` is set (the history
 * chart's click) only that year's works besides the focus.
 */
export function citationLayer(
  nodes: readonly [string, CitationAttributes][],
  scale: YearScale,
  year: number | null = null,
): PageLayer {
  const colors = new Map<string, string>();
  const sizes = new Map<string, number>();
  const hiddenNodes = new Set<string>();
  for (const [key, attributes] of nodes) {
    colors.set(key, scale.colorOf(attributes.year));
    sizes.set(key, nodeSize("paper", attributes.relevance ?? 0, attributes.side === "focus"));
    if (year !== null && attributes.side !== "focus" && attributes.year !== year) hiddenNodes.add(key);
  }
  return { hiddenNodes, hiddenEdges: new Set(), colors, sizes, arrows: true };
}
