/**
 * Initial positions, before ForceAtlas2 refines them. Deterministic (seeded from node keys) so the same slice
 * always starts, and therefore settles, the same way; new nodes of a merge start next to what they connect to, so
 * an expanded graph grows in place instead of jumping. Computed before the nodes enter the graph: Sigma indexes a
 * node the moment it is added, so it must arrive with a position.
 */
import type { NodeKind, ResearchGraph } from "./types.ts";

/** Kinds get their own sector of the first ring, so FA2 starts from a readable arrangement. */
const KIND_ORDER: readonly NodeKind[] = ["person", "topic", "paper", "institution", "venue"];

export interface Point {
  x: number;
  y: number;
}

/** FNV-1a: a small stable hash, enough to seed jitter. */
export function hashString(value: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) {
    hash ^= value.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A number in [0, 1) that depends only on the key (and salt). */
export function seededUnit(key: string, salt = 0): number {
  return (hashString(`${salt}:${key}`) % 100_000) / 100_000;
}

function placed(graph: ResearchGraph, node: string): Point | null {
  if (!graph.hasNode(node)) return null;
  const { x, y } = graph.getNodeAttributes(node);
  return Number.isFinite(x) && Number.isFinite(y) ? { x, y } : null;
}

/**
 * Positions for `nodes` (not yet in the graph, or in it without a position). The focus goes to the centre; a node
 * linked to nodes already placed goes near their centroid; the rest go on a ring around the graph, grouped by
 * kind. Only nodes placed before this call anchor new ones: a first slice starts as a ring around its focus.
 */
export function initialPositions(
  graph: ResearchGraph,
  nodes: readonly { key: string; kind: NodeKind }[],
  edges: readonly { source: string; target: string }[],
  focus?: string | null,
): Map<string, Point> {
  const out = new Map<string, Point>();
  const links = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = links.get(a);
    if (list) list.push(b);
    else links.set(a, [b]);
  };
  for (const { source, target } of edges) {
    link(source, target);
    link(target, source);
  }
  const ring: { key: string; kind: NodeKind }[] = [];
  for (const node of nodes) {
    if (node.key === focus && graph.order === 0) {
      out.set(node.key, { x: 0, y: 0 });
      continue;
    }
    const anchors = [...(links.get(node.key) ?? []), ...(graph.hasNode(node.key) ? graph.neighbors(node.key) : [])]
      .map((key) => placed(graph, key))
      .filter((p): p is Point => p !== null);
    if (anchors.length === 0) {
      ring.push(node);
      continue;
    }
    const cx = anchors.reduce((sum, p) => sum + p.x, 0) / anchors.length;
    const cy = anchors.reduce((sum, p) => sum + p.y, 0) / anchors.length;
    const angle = seededUnit(node.key, 1) * 2 * Math.PI;
    const spread = 0.6 + seededUnit(node.key, 2);
    out.set(node.key, { x: cx + Math.cos(angle) * spread, y: cy + Math.sin(angle) * spread });
  }
  placeOnRing(graph, ring, out);
  return out;
}

function placeOnRing(graph: ResearchGraph, nodes: { key: string; kind: NodeKind }[], out: Map<string, Point>): void {
  if (nodes.length === 0) return;
  const ordered = [...nodes].sort(
    (a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.key.localeCompare(b.key),
  );
  // Around what is already drawn: a search result added to a big graph lands outside it, not in its middle.
  const radius = Math.max(3, Math.sqrt(ordered.length + graph.order) * 1.5);
  ordered.forEach((node, index) => {
    const angle = (index / ordered.length) * 2 * Math.PI;
    const jitter = 0.85 + 0.3 * seededUnit(node.key, 3);
    out.set(node.key, { x: Math.cos(angle) * radius * jitter, y: Math.sin(angle) * radius * jitter });
  });
}
