/**
 * The client's graph types. What the API sends (kinds, keys, the serialized graph) is the contract's
 * (contract/); what is declared here is client-only: the data graph the answers merge into, which adds a position
 * (x, y: the layout's state) and nothing else. Colours and sizes are not data: the render view derives them
 * (appearance.ts, reducers.ts).
 */
import type { AbstractGraph } from "graphology-types";
import type { GraphEdgeAttributes, GraphNodeAttributes } from "../../contract/schemas/common.ts";
import type { ExpansionAttributes, PathAttributes, SliceAttributes } from "../../contract/schemas/graph.ts";

export { EDGE_KINDS, NODE_KINDS, isNodeKind, type EdgeKind, type NodeKind } from "../../contract/kinds.ts";
export { nodeKey, parseNodeKey, type NodeRef } from "../../contract/keys.ts";
export type {
  GraphEdge,
  GraphEdgeAttributes,
  GraphNode,
  GraphNodeAttributes,
  SerializedGraph,
} from "../../contract/schemas/common.ts";

/** The graph attributes the client keeps: whatever the last merged slice, expansion or path graph carried. */
export type SliceGraphAttributes = Partial<SliceAttributes & ExpansionAttributes & PathAttributes>;

/** Node attributes in the data graph: the API's, plus the position the layout moves. */
export type NodeAttributes = GraphNodeAttributes & {
  x: number;
  y: number;
  /** Pinned while the layout runs (graphology-layout-forceatlas2 reads it). */
  fixed?: boolean;
};

export type EdgeAttributes = GraphEdgeAttributes;

export type ResearchGraph = AbstractGraph<NodeAttributes, EdgeAttributes, SliceGraphAttributes>;
