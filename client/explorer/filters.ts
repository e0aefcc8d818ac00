/**
 * Filters decide which nodes and edges of the data graph are drawn. They are applied once per change into a set of
 * hidden keys, so the Sigma reducers stay O(1) per item (a Set lookup) however large the graph is.
 */
import type { AbstractGraph, Attributes } from "graphology-types";
import { NODE_KINDS, type NodeKind } from "./types.ts";

export interface Filters {
  kinds: NodeKind[];
  /** Inclusive year range; null = no bound. */
  yearFrom: number | null;
  yearTo: number | null;
  minEdgeWeight: number;
  /**
   * A topic node key: keep the topic, what links to it, the authors of its papers, and the collaborations (co-author
   * edges) that share it; other collaborations are hidden even between kept people.
   */
  topic: string | null;
  hideIsolated: boolean;
}

export const DEFAULT_FILTERS: Filters = {
  kinds: [...NODE_KINDS],
  yearFrom: null,
  yearTo: null,
  minEdgeWeight: 1,
  topic: null,
  hideIsolated: false,
};

export interface FilterResult {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
}

/** The years a node covers: a paper's year, a person's first–last year; null when it has none (never filtered). */
export function nodeYears(attributes: Attributes): [number, number] | null {
  const year = typeof attributes.year === "number" ? attributes.year : null;
  const first = typeof attributes.firstYear === "number" ? attributes.firstYear : year;
  const last = typeof attributes.lastYear === "number" ? attributes.lastYear : year;
  if (first === null || last === null) return null;
  return [first, last];
}

/** The years an edge covers (a co-authorship's first–last shared year); null when it has none (never filtered). */
export function edgeYears(attributes: Attributes): [number, number] | null {
  const first = typeof attributes.firstYear === "number" ? attributes.firstYear : null;
  const last = typeof attributes.lastYear === "number" ? attributes.lastYear : first;
  return first === null || last === null ? null : [first, last];
}

/** The smallest and largest year present in the graph, for the year brush; null for a graph without years. */
export function yearExtent(graph: AbstractGraph): [number, number] | null {
  let min = Infinity;
  let max = -Infinity;
  graph.forEachNode((_key, attributes) => {
    const years = nodeYears(attributes);
    if (!years) return;
    min = Math.min(min, years[0]);
    max = Math.max(max, years[1]);
  });
  return min === Infinity ? null : [min, max];
}

/** The largest edge weight present (the upper end of the weight slider). */
export function maxEdgeWeight(graph: AbstractGraph): number {
  let max = 1;
  graph.forEachEdge((_key, attributes) => {
    if (typeof attributes.weight === "number") max = Math.max(max, attributes.weight);
  });
  return max;
}

/** Whether a co-author edge shares the topic (by id); other edges are not collaborations and never match. */
export function collaborationInTopic(attributes: Attributes, topicId: string): boolean {
  return attributes.kind === "coauthor" && Array.isArray(attributes.topics) && attributes.topics.includes(topicId);
}

const topicIdOf = (key: string) => key.slice(key.indexOf(":") + 1);

function topicKeep(graph: AbstractGraph, topic: string): Set<string> {
  const keep = new Set<string>();
  // The topic node may be absent while collaborations still name it (their `topics` are ids).
  if (graph.hasNode(topic)) {
    keep.add(topic);
    graph.forEachNeighbor(topic, (neighbour, attributes) => {
      keep.add(neighbour);
      // Papers of the topic bring their authors along: "who works on this" is the point of the filter.
      if (attributes.kind === "paper")
        graph.forEachNeighbor(neighbour, (author, a) => {
          if (a.kind === "person") keep.add(author);
        });
    });
  }
  const topicId = topicIdOf(topic);
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (collaborationInTopic(attributes, topicId)) {
      keep.add(source);
      keep.add(target);
    }
  });
  return keep;
}

/** Applies the filters to the data graph. O(nodes + edges); called on filter or graph changes, never per frame. */
export function applyFilters(graph: AbstractGraph, filters: Filters): FilterResult {
  const hiddenNodes = new Set<string>();
  const hiddenEdges = new Set<string>();
  const kinds = new Set<string>(filters.kinds);
  const keepTopic = filters.topic ? topicKeep(graph, filters.topic) : null;
  const from = filters.yearFrom ?? -Infinity;
  const to = filters.yearTo ?? Infinity;
  graph.forEachNode((key, attributes) => {
    const years = nodeYears(attributes);
    const outOfYears = years !== null && (years[1] < from || years[0] > to);
    if (!kinds.has(String(attributes.kind)) || outOfYears || (keepTopic && !keepTopic.has(key))) hiddenNodes.add(key);
  });
  const topicId = filters.topic ? topicIdOf(filters.topic) : null;
  graph.forEachEdge((key, attributes, source, target) => {
    const weight = typeof attributes.weight === "number" ? attributes.weight : 1;
    // A co-authorship is drawn only in the years it spans: playback shows it from its first shared year on.
    const years = edgeYears(attributes);
    const outOfYears = years !== null && (years[1] < from || years[0] > to);
    const otherTopic = topicId !== null && attributes.kind === "coauthor" && !collaborationInTopic(attributes, topicId);
    const hidden = hiddenNodes.has(source) || hiddenNodes.has(target);
    if (weight < filters.minEdgeWeight || outOfYears || otherTopic || hidden) hiddenEdges.add(key);
  });
  if (filters.hideIsolated) {
    graph.forEachNode((key) => {
      if (hiddenNodes.has(key)) return;
      const connected = graph.someEdge(key, (edge) => !hiddenEdges.has(edge));
      if (!connected) hiddenNodes.add(key);
    });
  }
  return { hiddenNodes, hiddenEdges };
}

/**
 * The topics the topic filter offers: topic nodes, and the topics collaborations share (named by their edges), as
 * `[key, name]` sorted by name.
 */
export function topicChoices(graph: AbstractGraph): [string, string][] {
  const choices = new Map<string, string>();
  graph.forEachEdge((_edge, attributes) => {
    if (attributes.kind !== "coauthor" || !Array.isArray(attributes.topics)) return;
    const names: unknown[] = Array.isArray(attributes.topicNames) ? attributes.topicNames : [];
    attributes.topics.forEach((id: string, i: number) => choices.set(`topic:${id}`, String(names[i] ?? id)));
  });
  graph.forEachNode((key, attributes) => {
    if (attributes.kind === "topic") choices.set(key, String(attributes.label));
  });
  return [...choices].sort((a, b) => a[1].localeCompare(b[1]) || (a[0] < b[0] ? -1 : 1));
}

/** True when the filters hide nothing by themselves (the toolbar shows a "reset filters" only otherwise). */
export function isDefaultFilters(filters: Filters): boolean {
  return (
    filters.kinds.length === NODE_KINDS.length &&
    filters.yearFrom === null &&
    filters.yearTo === null &&
    filters.minEdgeWeight <= 1 &&
    filters.topic === null &&
    !filters.hideIsolated
  );
}
