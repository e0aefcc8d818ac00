/** Shortest paths between two nodes over allow-listed relationship kinds. */
import { nodeKey, type NodeRef } from "../../contract/keys.ts";
import type { EdgeKind } from "../../contract/kinds.ts";
import { RELATIONSHIP_TYPES } from "../graph/relationships.ts";
import type { PathResult } from "../../contract/schemas/graph.ts";
import { shapePaths, type PathRow } from "../graph/paths.ts";
import { cypherInt } from "../neo4j/native.ts";
import type { GraphReader } from "../plugins/neo4j.ts";
import type { GraphRepository } from "./graph.ts";

/**
 * Paths fetched before sorting (the answer keeps k of them). Ordering all shortest paths in Cypher first would make the
 * choice canonical, but between hubs (venue arxiv → topic hep-th: 10k two-hop paths) it would materialize them all.
 */
const PATH_CAP = 100;

export function createPathsRepository(reader: GraphReader, graph: GraphRepository) {
  return {
    /** Null when either end does not exist; `missing` names which. */
    async shortest(
      from: NodeRef,
      to: NodeRef,
      via: readonly EdgeKind[],
      k: number,
    ): Promise<{ result: PathResult | null; missing: "from" | "to" | null }> {
      const resolved = await graph.resolve([from, to]);
      const fromKey = nodeKey(from.kind, from.id);
      const toKey = nodeKey(to.kind, to.id);
      const find = (key: string) => resolved.find(({ node }) => nodeKey(node.kind, node.id) === key);
      const a = find(fromKey);
      const b = find(toKey);
      if (!a) return { result: null, missing: "from" };
      if (!b) return { result: null, missing: "to" };
      const attributes = { from: fromKey, to: toKey, via: [...via] };
      if (a.eid === b.eid) {
        return { result: shapePaths([{ nodes: [a], relationships: [] }], 1, attributes), missing: null };
      }
      const rows = await reader.read("graph/shortest-paths", {
        from: a.eid,
        to: b.eid,
        types: via.map((kind) => RELATIONSHIP_TYPES[kind]),
        cap: cypherInt(PATH_CAP),
      });
      return { result: shapePaths(rows as unknown as PathRow[], k, attributes), missing: null };
    },
  };
}

export type PathsRepository = ReturnType<typeof createPathsRepository>;
