/**
 * Serialized slices (docs/API.md) → the graphology graph Sigma renders. Merging uses `graph.import(data, true)`:
 * keys are stable, so merging the same slice twice changes nothing, and nodes already on screen keep their place.
 */
import { DirectedGraph } from "graphology";
import { placeNodes } from "./positions.ts";
import { edgeColor, edgeSize, nodeColor, nodeSize } from "./style.ts";
import type { EdgeAttributes, NodeAttributes, ResearchGraph, SerializedGraph, SliceGraphAttributes } from "./types.ts";

export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
}

/**
 * An empty research graph: directed as the API sends edges (co-authorship runs from the smaller key, which
 * `neighbors()` and the layouts ignore), no parallel edges, no self-loops.
 */
export function createEmptyGraph(): ResearchGraph {
  return new DirectedGraph<NodeAttributes, EdgeAttributes, SliceGraphAttributes>({ allowSelfLoops: false });
}

/** A graph from one slice, styled and with initial positions (the slice's focus at the centre). */
export function createGraph(data: SerializedGraph<SliceGraphAttributes>): ResearchGraph {
  const graph = createEmptyGraph();
  mergeSlice(graph, data);
  return graph;
}

/**
 * Merges a slice into `graph` and styles/places what it added. Edges whose ends are missing are skipped rather
 * than thrown on: a truncated slice may name a node it did not send.
 */
export function mergeSlice(graph: ResearchGraph, data: SerializedGraph<SliceGraphAttributes>): MergeResult {
  const known = new Set(data.nodes.map((n) => n.key));
  for (const node of graph.nodes()) known.add(node);
  const edges = data.edges.filter((e) => known.has(e.source) && known.has(e.target) && e.source !== e.target);

  const addedNodes = data.nodes.map((n) => n.key).filter((key) => !graph.hasNode(key));
  const addedEdges = edges.map((e) => e.key).filter((key) => !graph.hasEdge(key));

  // graphology's import mutates the objects it is given on some paths; hand it copies.
  graph.import(
    {
      attributes: { ...(data.attributes ?? {}) },
      nodes: data.nodes.map((n) => ({ key: n.key, attributes: { ...n.attributes } })),
      edges: edges.map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: { ...e.attributes } })),
    } as unknown as Parameters<ResearchGraph["import"]>[0],
    true,
  );

  const focus = typeof graph.getAttribute("focus") === "string" ? (graph.getAttribute("focus") as string) : null;
  for (const key of data.nodes.map((n) => n.key)) restyleNode(graph, key, focus);
  for (const key of addedEdges) {
    const attributes = graph.getEdgeAttributes(key);
    graph.mergeEdgeAttributes(key, { color: edgeColor(attributes), size: edgeSize(attributes) });
  }
  placeNodes(graph, addedNodes, focus);
  return { addedNodes, addedEdges };
}

function restyleNode(graph: ResearchGraph, key: string, focus: string | null): void {
  const attributes = graph.getNodeAttributes(key);
  graph.mergeNodeAttributes(key, { color: nodeColor(attributes.kind), size: nodeSize(attributes, key === focus) });
}

/** Counts nodes per kind (for legends and summaries). */
export function countByKind(graph: ResearchGraph): Record<string, number> {
  const counts: Record<string, number> = {};
  graph.forEachNode((_node, attributes) => {
    counts[attributes.kind] = (counts[attributes.kind] ?? 0) + 1;
  });
  return counts;
}
