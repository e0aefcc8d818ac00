/**
 * Node and edge keys: stable, typed and derived from ids only, so the same slice merged twice changes nothing.
 * A node key is `<kind>:<id>` (`person:arxiv:S.Shelah`); the id itself may contain colons.
 */
import { isNodeKind, type EdgeKind, type NodeKind } from "./kinds.ts";

export interface NodeRef {
  kind: NodeKind;
  id: string;
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
