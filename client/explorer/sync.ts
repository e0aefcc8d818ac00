/**
 * Applies the explorer's steps to its data graph: drops what the live steps no longer hold, and merges the answers
 * they hold with `graph.import(…, true)` (data-graph.ts mergeSlice: new nodes start next to the nodes they link
 * to), leaving everything else, positions included, alone. The graph instance is kept, so Sigma and the layout
 * worker never have to be rebuilt. The next request's `exclude` list is read from the same data graph.
 */
import { mergeSlice } from "../graph/data-graph.ts";
import type { ResearchGraph, GraphEdge, GraphNode } from "../graph/types.ts";
import type { DerivedGraph } from "./steps.ts";

export interface SyncResult {
  added: string[];
  removed: string[];
}

export function syncGraph(graph: ResearchGraph, derived: DerivedGraph): SyncResult {
  const removed: string[] = [];
  for (const key of graph.nodes()) {
    if (!derived.nodes.has(key)) {
      graph.dropNode(key);
      removed.push(key);
    }
  }
  for (const key of graph.edges()) if (!derived.edges.has(key)) graph.dropEdge(key);
  // The first answer that sent a node describes it (as it did when the node appeared).
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  for (const source of derived.sources) {
    for (const node of source.nodes) {
      if (graph.hasNode(node.key) || seen.has(node.key) || !derived.nodes.has(node.key)) continue;
      seen.add(node.key);
      nodes.push(node);
    }
    for (const edge of source.edges) {
      if (graph.hasEdge(edge.key) || seen.has(edge.key) || !derived.edges.has(edge.key)) continue;
      seen.add(edge.key);
      edges.push(edge);
    }
  }
  if (nodes.length === 0 && edges.length === 0) return { added: [], removed };
  return { added: mergeSlice(graph, { attributes: {}, nodes, edges }).addedNodes, removed };
}

/**
 * The keys to send as `exclude` when expanding `node`: every node the data graph shows, the node's current
 * neighbours first (the likeliest answers). The node itself is not excluded: the answer must carry it (a node added
 * from search is not shown yet). Long lists go in a POST body (api.ts), so none is cut.
 */
export function excludeFor(graph: ResearchGraph, node: string): string[] {
  const ordered = graph.hasNode(node) ? graph.neighbors(node) : [];
  const seen = new Set([node, ...ordered]);
  graph.forEachNode((key) => {
    if (!seen.has(key)) ordered.push(key);
  });
  return ordered;
}
