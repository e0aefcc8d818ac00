/**
 * The shapes the API sends (docs/API.md, "Serialized graph") and the attributes the client adds for rendering.
 * The *data* attributes come from the server; the *render* attributes (x, y, color, size) are derived here, so a
 * slice merged twice renders the same.
 */
import type { AbstractGraph } from "graphology-types";

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

/** Node attributes as the API sends them (kind-specific extras such as `year` or `worksCount` pass through). */
export interface SliceNodeAttributes {
  kind: NodeKind;
  label: string;
  /** Server size hint, 3–20. */
  size?: number;
  /** Works for people and topics, citations for papers, people for institutions. */
  weight?: number;
  [extra: string]: unknown;
}

export interface SliceEdgeAttributes {
  kind: EdgeKind;
  weight?: number;
  [extra: string]: unknown;
}

export interface SliceGraphAttributes {
  focus?: string;
  depth?: number;
  truncated?: boolean;
  omitted?: Partial<Record<NodeKind, number>>;
  total?: number;
  [extra: string]: unknown;
}

export interface SerializedNode {
  key: string;
  attributes: SliceNodeAttributes;
}

export interface SerializedEdge {
  key: string;
  source: string;
  target: string;
  undirected?: boolean;
  attributes: SliceEdgeAttributes;
}

/** graphology's serialized format, as returned by /api/graph/slice and /api/graph/expand. */
export interface SerializedSlice {
  attributes?: SliceGraphAttributes;
  nodes: SerializedNode[];
  edges: SerializedEdge[];
}

/** Node attributes once the client has placed and styled the node. */
export interface NodeAttributes extends SliceNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes extends SliceEdgeAttributes {
  size: number;
  color: string;
}

export type ResearchGraph = AbstractGraph<NodeAttributes, EdgeAttributes, SliceGraphAttributes>;

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === "string" && (NODE_KINDS as readonly string[]).includes(value);
}

/** "person:arxiv:Xia Song" → { kind: "person", id: "arxiv:Xia Song" }; null when the key has no known kind. */
export function parseNodeKey(key: string): { kind: NodeKind; id: string } | null {
  const colon = key.indexOf(":");
  if (colon <= 0) return null;
  const kind = key.slice(0, colon);
  return isNodeKind(kind) ? { kind, id: key.slice(colon + 1) } : null;
}

export function nodeKey(kind: NodeKind, id: string): string {
  return `${kind}:${id}`;
}
