/**
 * Node and edge keys, and the allow-lists that map the API's kinds to the graph's labels and relationship types.
 * Requests only ever name kinds; labels and relationship types reach Cypher through these tables, never from input.
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

/** API edge kind → Neo4j relationship type. */
export const RELATIONSHIP_TYPES: Readonly<Record<EdgeKind, string>> = {
  authored: "AUTHORED",
  coauthor: "COAUTHOR",
  has_topic: "HAS_TOPIC",
  works_on: "WORKS_ON",
  cites: "CITES",
  affiliated_with: "AFFILIATED_WITH",
  published_in: "PUBLISHED_IN",
};

const EDGE_KIND_OF_TYPE = new Map(Object.entries(RELATIONSHIP_TYPES).map(([kind, type]) => [type, kind as EdgeKind]));

/** Neo4j relationship type → API edge kind (null for a type the API does not expose). */
export function edgeKindOf(type: string): EdgeKind | null {
  return EDGE_KIND_OF_TYPE.get(type) ?? null;
}

export interface NodeRef {
  kind: NodeKind;
  id: string;
}

export function isNodeKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}

/** `<kind>:<id>`, e.g. `person:arxiv:S.Shelah`. */
export function nodeKey(kind: NodeKind, id: string): string {
  return `${kind}:${id}`;
}

/** The kind and id of a node key, or null when the kind is unknown or the id empty. */
export function parseNodeKey(key: string): NodeRef | null {
  const colon = key.indexOf(":");
  if (colon <= 0) return null;
  const kind = key.slice(0, colon);
  const id = key.slice(colon + 1);
  if (!isNodeKind(kind) || id.length === 0) return null;
  return { kind, id };
}

/** `<kind>:<sourceKey>-><targetKey>`; undirected kinds (coauthor) put the smaller key first. */
export function edgeKey(kind: EdgeKind, sourceKey: string, targetKey: string): string {
  return `${kind}:${sourceKey}->${targetKey}`;
}

/**
 * Parses a comma-separated list against an allow-list. Returns the fallback for an empty value and the first unknown
 * entry as `invalid` so the caller can name it in a 400.
 */
export function parseList<T extends string>(
  raw: string | undefined,
  allowed: readonly T[],
  fallback: readonly T[],
): { values: T[]; invalid: string | null } {
  if (raw === undefined || raw.trim() === "") return { values: [...fallback], invalid: null };
  const values: T[] = [];
  for (const part of raw.split(",")) {
    const value = part.trim().toLowerCase();
    if (value === "") continue;
    if (!(allowed as readonly string[]).includes(value)) return { values: [], invalid: part.trim() };
    if (!values.includes(value as T)) values.push(value as T);
  }
  return values.length > 0 ? { values, invalid: null } : { values: [...fallback], invalid: null };
}
