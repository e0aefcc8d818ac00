/**
 * Fillers for hand-built graph fixtures: the contract's node and edge attributes are all required (the server sends
 * every field), while a test only cares about a few. Spread these first, then set what the test is about.
 */
import type { GraphEdgeAttributes, GraphNodeAttributes } from "../../contract/schemas/common.ts";

/** Every node attribute but `kind` and `label`, at the value the server sends for "unknown" (null) or the minimum. */
export const NODE_FACTS: Omit<GraphNodeAttributes, "kind" | "label"> = {
  weight: 0,
  year: null,
  firstYear: null,
  lastYear: null,
  worksCount: null,
  citationCount: null,
  peopleCount: null,
  code: null,
};

/** Every required edge attribute but `kind`. */
export const EDGE_FACTS: Omit<GraphEdgeAttributes, "kind"> = { weight: 1 };

/** A person node keyed and labelled `key`, weight 1. */
export const personNode = (key: string) => ({
  key,
  attributes: { ...NODE_FACTS, kind: "person" as const, label: key, weight: 1 },
});

/** A co-author edge with the API's key shape. */
export const coauthorEdge = (source: string, target: string) => ({
  key: `coauthor:${source}->${target}`,
  source,
  target,
  attributes: { kind: "coauthor" as const, weight: 1 },
});
