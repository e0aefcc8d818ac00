/** The explorer's key helpers over the shared graph types (client/graph/types.ts). */
import { parseNodeKey, type NodeKind } from "../graph/types.ts";

export { NODE_KINDS, isNodeKind, type NodeKind } from "../graph/types.ts";

/** "person:arxiv:Xia Song" → "person"; undefined for a malformed key. */
export function kindOfKey(key: string): NodeKind | undefined {
  return parseNodeKey(key)?.kind;
}
