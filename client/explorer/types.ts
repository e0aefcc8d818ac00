/** The explorer's names for the shared graph shapes (client/graph/types.ts), plus key helpers. */
import { isNodeKind, parseNodeKey, type NodeKind } from "../graph/types.ts";

export { NODE_KINDS, isNodeKind, type NodeKind } from "../graph/types.ts";

/** "person:arxiv:Xia Song" → "person"; undefined for a malformed key. */
export function kindOfKey(key: string): NodeKind | undefined {
  const parsed = parseNodeKey(key);
  return parsed && isNodeKind(parsed.kind) ? parsed.kind : undefined;
}

/** "person:arxiv:Xia Song" → "arxiv:Xia Song" (the id the REST routes take). */
export function idOfKey(key: string): string {
  return key.slice(key.indexOf(":") + 1);
}
