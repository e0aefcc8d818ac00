/**
 * Initial positions, before ForceAtlas2 refines them. Deterministic (seeded from node keys) so the same slice
 * always starts, and therefore settles, the same way; new nodes of a merge start next to what they connect to, so
 * an expanded graph grows in place instead of jumping.
 */
import type { NodeKind, ResearchGraph } from "./types.ts";

/** Kinds get their own sector of the first ring, so FA2 starts from a readable arrangement. */
const KIND_ORDER: readonly NodeKind[] = ["person", "topic", "paper", "institution", "venue"];

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

function hasPosition(graph: ResearchGraph, node: string): boolean {
  const { x, y } = graph.getNodeAttributes(node);
  return Number.isFinite(x) && Number.isFinite(y);
}

/**
 * Places every node of `nodes` that has no position yet. The focus goes to the centre; a node with placed
 * neighbours goes near their centroid; the rest go on a ring, grouped by kind.
 */
export function placeNodes(graph: ResearchGraph, nodes: readonly string[], focus?: string | null): void {
  const unplaced = nodes.filter((node) => graph.hasNode(node) && !hasPosition(graph, node));
  // Only nodes placed before this call anchor new ones: on a first slice everything but the focus goes on the ring.
  const pending = new Set(unplaced);
  if (focus && pending.has(focus)) graph.mergeNodeAttributes(focus, { x: 0, y: 0 });
  const ring: string[] = [];
  for (const node of unplaced) {
    if (node === focus) continue;
    const anchors = graph.neighbors(node).filter((n) => !pending.has(n) && hasPosition(graph, n));
    if (anchors.length === 0) {
      ring.push(node);
      continue;
    }
    let sx = 0;
    let sy = 0;
    for (const n of anchors) {
      const a = graph.getNodeAttributes(n);
      sx += a.x;
      sy += a.y;
    }
    const angle = seededUnit(node, 1) * 2 * Math.PI;
    const spread = 0.6 + seededUnit(node, 2);
    graph.mergeNodeAttributes(node, {
      x: sx / anchors.length + Math.cos(angle) * spread,
      y: sy / anchors.length + Math.sin(angle) * spread,
    });
  }
  placeOnRing(graph, ring);
}

function placeOnRing(graph: ResearchGraph, nodes: string[]): void {
  if (nodes.length === 0) return;
  const ordered = [...nodes].sort((a, b) => {
    const ka = KIND_ORDER.indexOf(graph.getNodeAttribute(a, "kind"));
    const kb = KIND_ORDER.indexOf(graph.getNodeAttribute(b, "kind"));
    return ka - kb || a.localeCompare(b);
  });
  const radius = Math.max(3, Math.sqrt(ordered.length) * 1.5);
  ordered.forEach((node, index) => {
    const angle = (index / ordered.length) * 2 * Math.PI;
    const jitter = 0.85 + 0.3 * seededUnit(node, 3);
    graph.mergeNodeAttributes(node, {
      x: Math.cos(angle) * radius * jitter,
      y: Math.sin(angle) * radius * jitter,
    });
  });
}
