/**
 * The data graph: every API answer a page receives (a profile's or paper's slice, each explorer step) merges into
 * one graphology graph with `graph.import(data, true)`. Keys are stable, so merging the same slice twice changes
 * nothing, and nodes already on screen keep their place. It holds data and positions only: what Sigma draws
 * (colours, sizes, what is hidden or faded) is derived by the render view (sigma-view.ts).
 */
import { DirectedGraph } from "graphology";
import { initialPositions } from "./positions.ts";
import type { EdgeAttributes, NodeAttributes, ResearchGraph, SerializedGraph, SliceGraphAttributes } from "./types.ts";

export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
}

/**
 * An empty data graph: directed as the API sends edges (co-authorship runs from the smaller key, which
 * `neighbors()` and the layouts ignore), no parallel edges, no self-loops.
 */
export function createDataGraph(focus: string | null = null): ResearchGraph {
  const graph = new DirectedGraph<NodeAttributes, EdgeAttributes, SliceGraphAttributes>({ allowSelfLoops: false });
  if (focus) graph.setAttribute("focus", focus);
  return graph;
}

/** A data graph from one slice, with initial positions (the slice's focus at the centre). */
export function createGraph(data: SerializedGraph): ResearchGraph {
  const graph = createDataGraph();
  mergeSlice(graph, data);
  return graph;
}

/**
 * Merges a slice into `graph`; new nodes arrive already placed next to what they link to. Edges whose ends are
 * missing are skipped rather than thrown on: a truncated slice may name a node it did not send.
 */
export function mergeSlice(graph: ResearchGraph, data: SerializedGraph): MergeResult {
  const known = new Set(data.nodes.map((n) => n.key));
  const edges = data.edges.filter(
    (e) => (known.has(e.source) || graph.hasNode(e.source)) && (known.has(e.target) || graph.hasNode(e.target)),
  );
  const seen = new Set<string>();
  const newNodes = data.nodes.filter((n) => !graph.hasNode(n.key) && !seen.has(n.key) && seen.add(n.key));
  const addedEdges = edges.filter((e) => e.source !== e.target && !graph.hasEdge(e.key)).map((e) => e.key);
  const focus = (data.attributes?.focus as string | undefined) ?? (graph.getAttribute("focus") as string | undefined);
  const positions = initialPositions(
    graph,
    newNodes.map((n) => ({ key: n.key, kind: n.attributes.kind })),
    edges,
    focus ?? null,
  );
  // graphology's import mutates the objects it is given on some paths; hand it copies.
  graph.import(
    {
      attributes: { ...(data.attributes ?? {}) },
      nodes: data.nodes.map((n) => ({ key: n.key, attributes: { ...n.attributes, ...positions.get(n.key) } })),
      edges: edges
        .filter((e) => e.source !== e.target)
        .map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: { ...e.attributes } })),
    } as unknown as Parameters<ResearchGraph["import"]>[0],
    true,
  );
  return { addedNodes: newNodes.map((n) => n.key), addedEdges };
}

/** Counts nodes per kind (for legends and summaries). */
export function countByKind(graph: ResearchGraph): Record<string, number> {
  const counts: Record<string, number> = {};
  graph.forEachNode((_node, attributes) => {
    counts[attributes.kind] = (counts[attributes.kind] ?? 0) + 1;
  });
  return counts;
}
