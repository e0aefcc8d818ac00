/**
 * Brings the live graphology graph in line with a derived graph: drops what is gone, merges what is new (new nodes
 * start next to the nodes they link to, via mergeSlice), and leaves everything else, positions included, alone.
 * The graph instance is kept, so Sigma and the layout worker never have to be rebuilt.
 */
import { mergeSlice } from "../graph/create-graph.ts";
import { seededUnit } from "../graph/positions.ts";
import type { ResearchGraph } from "../graph/types.ts";
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
  const newNodes = [...derived.nodes.values()].filter((node) => !graph.hasNode(node.key));
  const newEdges = [...derived.edges.values()].filter((edge) => !graph.hasEdge(edge.key));
  if (newNodes.length === 0 && newEdges.length === 0) return { added: [], removed };
  // Sigma indexes a node the moment it is added, so new nodes must arrive with a position.
  const positions = initialPositions(
    graph,
    newNodes.map((n) => n.key),
    newEdges,
  );
  const placed = newNodes.map((node) => ({
    key: node.key,
    attributes: { ...node.attributes, ...positions.get(node.key) },
  }));
  const { addedNodes } = mergeSlice(graph, { attributes: {}, nodes: placed, edges: newEdges });
  return { added: addedNodes, removed };
}

/**
 * Starting positions for new nodes: around the shown nodes they link to (an expansion grows next to its parent),
 * then around new nodes already placed, else on a ring around the graph's centre. Jitter is seeded from the key.
 */
export function initialPositions(
  graph: ResearchGraph,
  keys: readonly string[],
  edges: readonly { source: string; target: string }[],
): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>();
  const links = new Map<string, string[]>();
  for (const { source, target } of edges) {
    links.set(source, [...(links.get(source) ?? []), target]);
    links.set(target, [...(links.get(target) ?? []), source]);
  }
  const positionOf = (key: string) =>
    out.get(key) ??
    (graph.hasNode(key) ? { x: graph.getNodeAttribute(key, "x"), y: graph.getNodeAttribute(key, "y") } : null);
  const spread = Math.max(1, Math.sqrt(graph.order) * 0.4);
  let pending = [...keys];
  for (let pass = 0; pass < 3 && pending.length > 0; pass += 1) {
    const next: string[] = [];
    for (const key of pending) {
      const anchors = (links.get(key) ?? []).map(positionOf).filter((p): p is { x: number; y: number } => p !== null);
      if (anchors.length === 0) {
        next.push(key);
        continue;
      }
      const cx = anchors.reduce((sum, p) => sum + p.x, 0) / anchors.length;
      const cy = anchors.reduce((sum, p) => sum + p.y, 0) / anchors.length;
      const angle = seededUnit(key, 1) * 2 * Math.PI;
      const radius = 0.5 + seededUnit(key, 2) * spread * 0.5;
      out.set(key, { x: cx + Math.cos(angle) * radius, y: cy + Math.sin(angle) * radius });
    }
    pending = next;
  }
  pending.forEach((key, index) => {
    const angle = (index / pending.length) * 2 * Math.PI + seededUnit(key, 3);
    const radius = spread * (1 + seededUnit(key, 4));
    out.set(key, { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius });
  });
  return out;
}

/**
 * The keys to send as `exclude` when expanding `node`: what is already shown, the node's current neighbours first
 * (the likeliest answers), capped so the request line stays under the server's header limit. Nodes beyond the cap
 * may come back; merging them again changes nothing.
 */
export function excludeFor(graph: ResearchGraph, node: string, maxChars = 7000): string[] {
  // The node itself is not excluded: the answer must carry it (a node added from search is not shown yet).
  const ordered = graph.hasNode(node) ? graph.neighbors(node) : [];
  const seen = new Set([node, ...ordered]);
  graph.forEachNode((key) => {
    if (!seen.has(key)) ordered.push(key);
  });
  const out: string[] = [];
  let chars = 0;
  for (const key of ordered) {
    // Each key is URL-encoded in the query string; estimate generously.
    chars += encodeURIComponent(key).length + 3;
    if (chars > maxChars) break;
    out.push(key);
  }
  return out;
}
