/**
 * Paths between two nodes over allow-listed relationship kinds, in stages that each stay inside a time bound: the
 * shortest path first (any length), then, when k > 1, the k shortest loopless paths no longer than the shortest
 * plus ALTERNATIVES_SLACK hops, then what makes each hop readable.
 */
import { nodeKey, type NodeRef } from "../../contract/keys.ts";
import type { EdgeKind } from "../../contract/kinds.ts";
import type { PathBound, PathResult } from "../../contract/schemas/graph.ts";
import { RELATIONSHIP_TYPES } from "../graph/relationships.ts";
import { pairKey, shapePaths, type FoundPath, type PathOutcome, type SharedWorksRow } from "../graph/paths.ts";
import type { NodeRow } from "../graph/serialized.ts";
import { toApiError } from "../errors.ts";
import { cypherInt } from "../neo4j/native.ts";
import type { GraphReader } from "../plugins/neo4j.ts";
import type { GraphRepository } from "./graph.ts";

/**
 * Time bound of the shortest-path search. A search between two nodes of one large component ends at the target, and
 * one between components ends when the smaller side is exhausted (the search runs from both ends), so on the demo
 * both take well under a second; the bound keeps a pathological case inside the request budget.
 */
export const SHORTEST_SEARCH_MS = 2000;
/** Time bound of the alternatives (k > 1); past it the answer keeps the shortest path and says so. */
export const ALTERNATIVES_SEARCH_MS = 1000;
/** Alternatives are at most this many hops longer than the shortest path (bounds the search's breadth). */
export const ALTERNATIVES_SLACK = 4;

const isTimeout = (error: unknown) => toApiError(error).code === "RGE_QUERY_TIMEOUT";

export function createPathsRepository(reader: GraphReader, graph: GraphRepository) {
  /** Runs a search statement; null when it outlived its time bound. */
  const search = async (statement: string, params: Record<string, unknown>, timeoutMs: number) => {
    try {
      return (await reader.read(statement, params, { timeoutMs })) as unknown as FoundPath[];
    } catch (error) {
      if (isTimeout(error)) return null;
      throw error;
    }
  };

  const details = async (paths: FoundPath[]) => {
    const eids = [...new Set(paths.flatMap((path) => path.nodes))];
    const pairs = new Map<string, { source: string; target: string }>();
    for (const path of paths) {
      for (const rel of path.relationships) {
        if (rel.type === "COAUTHOR")
          pairs.set(pairKey(rel.source, rel.target), { source: rel.source, target: rel.target });
      }
    }
    const [nodeRows, sharedRows] = await Promise.all([
      reader.read("graph/path-nodes", { eids }),
      pairs.size > 0 ? reader.read("graph/coauthor-shared-works", { pairs: [...pairs.values()] }) : Promise.resolve([]),
    ]);
    const nodes = new Map(nodeRows.map((row) => [row.eid as string, row.node as unknown as NodeRow]));
    const shared = new Map(
      (sharedRows as unknown as SharedWorksRow[]).map((row) => [pairKey(row.source, row.target), row]),
    );
    return { nodes, shared };
  };

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
      const nodesOf = new Map([
        [a.eid, a.node as NodeRow],
        [b.eid, b.node as NodeRow],
      ]);
      const none = new Map<string, SharedWorksRow>();
      if (a.eid === b.eid) {
        const same = [{ nodes: [a.eid], relationships: [] }];
        return { result: shapePaths(same, nodesOf, none, attributes, { outcome: "found" }), missing: null };
      }
      const params = { from: a.eid, to: b.eid, types: via.map((kind) => RELATIONSHIP_TYPES[kind]) };
      const first = await search("graph/shortest-path", params, SHORTEST_SEARCH_MS);
      if (first === null || first.length === 0) {
        const outcome: PathOutcome =
          first === null
            ? { outcome: "stopped", bound: { stage: "shortest", reason: "time", limit: SHORTEST_SEARCH_MS } }
            : { outcome: "none" };
        return { result: shapePaths([], nodesOf, none, attributes, outcome), missing: null };
      }
      let paths = first;
      let alternativesBound: PathBound | null = null;
      if (k > 1) {
        const maxLength = first[0]!.relationships.length + ALTERNATIVES_SLACK;
        const more = await search(
          "graph/k-shortest-paths",
          { ...params, k: cypherInt(k), maxLength: cypherInt(maxLength) },
          ALTERNATIVES_SEARCH_MS,
        );
        if (more === null) {
          alternativesBound = { stage: "alternatives", reason: "time", limit: ALTERNATIVES_SEARCH_MS };
        } else {
          // The k shortest include a shortest one: the database's pick among ties may differ from the first stage's.
          if (more.length > 0) paths = more;
          if (more.length < k) alternativesBound = { stage: "alternatives", reason: "length", limit: maxLength };
        }
      }
      const { nodes, shared } = await details(paths);
      return {
        result: shapePaths(paths, nodes, shared, attributes, { outcome: "found" }, alternativesBound),
        missing: null,
      };
    },
  };
}

export type PathsRepository = ReturnType<typeof createPathsRepository>;
