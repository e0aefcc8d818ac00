/**
 * Appearance: what colour and size each node gets. Computed once per change into maps the reducers read, and
 * described as legend entries so the legend is produced from the same data as the drawing and cannot drift.
 */
import louvainModule from "graphology-communities-louvain";
import type { AbstractGraph, Attributes } from "graphology-types";
import { UndirectedGraph } from "graphology";
import { cjsDefault } from "../graph/interop.ts";
import { nodeSize } from "../graph/style.ts";
import { isNodeKind } from "../graph/types.ts";
import { topicColoring } from "./topic-encoding.ts";

const louvain = cjsDefault(louvainModule);

/** `topic`: collaborations by their dominant shared topic, nodes by the topic they are most about. */
export type ColorBy = "kind" | "community" | "topic";
export const COLOR_BYS: readonly ColorBy[] = ["kind", "community", "topic"];
export type SizeBy = "degree" | "works" | "citations";

export interface Encodings {
  colorBy: ColorBy;
  sizeBy: SizeBy;
}

export const DEFAULT_ENCODINGS: Encodings = { colorBy: "kind", sizeBy: "degree" };

/**
 * Paul Tol's "muted" scheme: nine colours that stay apart (CIEDE2000 ≥ 10) for protanopia, deuteranopia and
 * tritanopia (tests/unit/palette-colour-vision.test.ts); smaller communities share OTHER_COMMUNITY_COLOR.
 */
export const COMMUNITY_PALETTE = [
  "#332288",
  "#88ccee",
  "#44aa99",
  "#117733",
  "#999933",
  "#ddcc77",
  "#cc6677",
  "#882255",
  "#aa4499",
];
export const OTHER_COMMUNITY_COLOR = "#dddddd";

export interface LegendEntry {
  color: string;
  /** Set when colouring by kind: the legend then draws the kind's shape too (kinds.css). */
  kind?: string;
  label: string;
  count: number;
}

export interface Appearance {
  colors: Map<string, string>;
  /** Edge colours replacing the kind's (colour by topic); empty otherwise. */
  edgeColors: Map<string, string>;
  sizes: Map<string, number>;
  legend: LegendEntry[];
  sizeLegend: string;
}

function sizeValue(graph: AbstractGraph, key: string, attributes: Attributes, sizeBy: SizeBy): number {
  if (sizeBy === "degree") return graph.degree(key);
  const field = sizeBy === "works" ? attributes.worksCount : attributes.citationCount;
  if (typeof field === "number") return field;
  // Papers have no worksCount and people no citationCount: fall back to the API's kind-specific weight.
  return typeof attributes.weight === "number" && sizeBy === "works" && attributes.kind !== "paper"
    ? attributes.weight
    : 0;
}

/** Sizes by the chosen measure, on the one size scale of every page (style.ts nodeSize). */
export function computeSizes(graph: AbstractGraph, sizeBy: SizeBy): Map<string, number> {
  const sizes = new Map<string, number>();
  graph.forEachNode((key, attributes) => {
    const kind = isNodeKind(attributes.kind) ? attributes.kind : "person";
    sizes.set(key, nodeSize(kind, sizeValue(graph, key, attributes, sizeBy)));
  });
  return sizes;
}

/** Louvain communities, largest first, so community 0 always gets the first palette colour. */
export function computeCommunities(graph: AbstractGraph): Map<string, number> {
  const result = new Map<string, number>();
  if (graph.order === 0) return result;
  if (graph.size === 0) {
    graph.forEachNode((key) => result.set(key, 0));
    return result;
  }
  // Louvain refuses mixed graphs and parallel edges: run it on an undirected simple copy with summed weights.
  const simple = new UndirectedGraph();
  graph.forEachNode((key) => simple.addNode(key));
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const weight = typeof attributes.weight === "number" ? attributes.weight : 1;
    simple.updateEdge(source, target, (current: { weight?: number }) => ({ weight: (current.weight ?? 0) + weight }));
  });
  const raw = louvain(simple, { getEdgeWeight: "weight", rng: seededRandom(42) });
  const counts = new Map<number, number>();
  for (const community of Object.values(raw)) counts.set(community, (counts.get(community) ?? 0) + 1);
  const rank = new Map([...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c], i) => [c, i]));
  for (const [key, community] of Object.entries(raw)) result.set(key, rank.get(community)!);
  return result;
}

/** Deterministic communities for the same graph: a copied link must show the same colours. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const SIZE_LEGENDS: Record<SizeBy, string> = {
  degree: "Size: links shown",
  works: "Size: works",
  citations: "Size: citations",
};

/** Colours, sizes and the legend for the current encodings. */
export function computeAppearance(
  graph: AbstractGraph,
  encodings: Encodings,
  kindColors: Readonly<Record<string, string>>,
  kindLabels: Readonly<Record<string, string>>,
): Appearance {
  const sizes = computeSizes(graph, encodings.sizeBy);
  const sizeLegend = SIZE_LEGENDS[encodings.sizeBy];
  if (encodings.colorBy === "topic") {
    const topics = topicColoring(graph, COMMUNITY_PALETTE, OTHER_COMMUNITY_COLOR);
    return { colors: topics.nodeColors, edgeColors: topics.edgeColors, sizes, legend: topics.legend, sizeLegend };
  }
  const colors = new Map<string, string>();
  const counts = new Map<string, number>();
  if (encodings.colorBy === "kind") {
    graph.forEachNode((key, attributes) => {
      const kind = String(attributes.kind);
      colors.set(key, kindColors[kind] ?? OTHER_COMMUNITY_COLOR);
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    });
  } else {
    for (const [key, community] of computeCommunities(graph)) {
      colors.set(key, COMMUNITY_PALETTE[community] ?? OTHER_COMMUNITY_COLOR);
      const bucket = community < COMMUNITY_PALETTE.length ? String(community) : "other";
      counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
    }
  }
  const legend: LegendEntry[] =
    encodings.colorBy === "kind"
      ? Object.keys(kindColors)
          .filter((kind) => counts.has(kind))
          .map((kind) => ({
            color: kindColors[kind]!,
            kind,
            label: kindLabels[kind] ?? kind,
            count: counts.get(kind)!,
          }))
      : [...counts.entries()]
          .sort((a, b) => (a[0] === "other" ? 1 : b[0] === "other" ? -1 : Number(a[0]) - Number(b[0])))
          .map(([bucket, count]) => ({
            color: bucket === "other" ? OTHER_COMMUNITY_COLOR : COMMUNITY_PALETTE[Number(bucket)]!,
            label: bucket === "other" ? "Other communities" : `Community ${Number(bucket) + 1}`,
            count,
          }));
  return { colors, edgeColors: new Map(), sizes, legend, sizeLegend };
}
