/**
 * The kinds of node and edge the API speaks of. The server maps them to Neo4j labels and relationship types
 * (server/graph/relationships.ts); the client colours, filters and lists them. Plain values, no dependencies.
 */

export const NODE_KINDS = ["person", "paper", "topic", "institution", "venue"] as const;
export type NodeKind = (typeof NODE_KINDS)[number];

export const EDGE_KINDS = [
  "authored",
  "coauthor",
  "has_topic",
  "works_on",
  "cites",
  "affiliated_with",
  "published_in",
] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Whether a value (a URL parameter, a key prefix, an API field) names a node kind. */
export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === "string" && (NODE_KINDS as readonly string[]).includes(value);
}

/** Whether a value names an edge kind. */
export function isEdgeKind(value: unknown): value is EdgeKind {
  return typeof value === "string" && (EDGE_KINDS as readonly string[]).includes(value);
}
