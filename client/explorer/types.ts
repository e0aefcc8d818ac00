/** Shapes shared by the explorer's pure modules (they mirror docs/API.md; no DOM, no Sigma). */

export const NODE_KINDS = ["person", "paper", "topic", "institution", "venue"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export interface ApiNode {
  key: string;
  attributes: Record<string, unknown> & { kind: NodeKind; label?: string };
}

export interface ApiEdge {
  key: string;
  source: string;
  target: string;
  attributes: Record<string, unknown> & { kind: string; weight?: number };
}

/** graphology's serialized graph, as /api/graph/slice and /api/graph/expand answer it. */
export interface ApiGraph {
  attributes?: Record<string, unknown>;
  nodes: ApiNode[];
  edges: ApiEdge[];
}

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === "string" && (NODE_KINDS as readonly string[]).includes(value);
}

/** "person:arxiv:Xia Song" → "person"; undefined for a malformed key. */
export function kindOfKey(key: string): NodeKind | undefined {
  const kind = key.slice(0, key.indexOf(":"));
  return isNodeKind(kind) ? kind : undefined;
}

/** "person:arxiv:Xia Song" → "arxiv:Xia Song" (the id the REST routes take). */
export function idOfKey(key: string): string {
  return key.slice(key.indexOf(":") + 1);
}
