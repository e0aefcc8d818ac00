/**
 * The graph primitives every neighbourhood read is built from: resolve keys, ranked neighbours, edges among a set.
 * Element ids only live inside one request (they join these queries) and never leave the server.
 */
import type { NodeRef } from "../../contract/keys.ts";
import type { NodeKind } from "../../contract/kinds.ts";
import { edgeKindOf } from "../graph/relationships.ts";
import type { EdgeRow, NodeRow } from "../graph/serialized.ts";
import type { NeighbourRow } from "../graph/slice-plan.ts";
import { cypherInt } from "../neo4j/native.ts";
import type { GraphReader } from "../plugins/neo4j.ts";

export interface ResolvedNode {
  eid: string;
  node: NodeRow;
}

export interface NeighbourQuery {
  kinds: readonly NodeKind[];
  perKind: number;
  from: number | null;
  to: number | null;
  /** Element ids never returned nor counted (nodes already shown). */
  exclude?: readonly string[];
  /** The kinds among the seeds, when the caller knows them: only their statements run (4 of 12 for one kind). */
  seedKinds?: readonly NodeKind[];
}

/**
 * Largest per-kind fetch: bounds the work of one seed however deep a client pages. It covers expand's deepest page
 * (offset 10000 + limit 200, the route schema's bounds): a smaller cap made pages past it come back empty while
 * `hasMore` stayed true (about 2 s for the arxiv venue's 33k papers at the deepest page).
 */
export const MAX_PER_KIND = 10_200;

/** The neighbour statements, by the kind of neighbour they return (each also filters its seeds by label). */
const NEIGHBOUR_STATEMENTS: readonly { seed: NodeKind; kind: NodeKind; file: string }[] = [
  ["person", "paper"],
  ["person", "person"],
  ["person", "topic"],
  ["person", "institution"],
  ["paper", "person"],
  ["paper", "topic"],
  ["paper", "paper"],
  ["paper", "venue"],
  ["topic", "paper"],
  ["topic", "person"],
  ["institution", "person"],
  ["venue", "paper"],
].map(([seed, kind]) => ({
  seed: seed as NodeKind,
  kind: kind as NodeKind,
  file: `graph/neighbours/${seed}-${kind}`,
}));

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function createGraphRepository(reader: GraphReader) {
  return {
    /** The nodes that exist among `refs`, in no particular order. */
    async resolve(refs: readonly NodeRef[]): Promise<ResolvedNode[]> {
      if (refs.length === 0) return [];
      const rows = await reader.read("graph/resolve-nodes", { refs: refs.map(({ kind, id }) => ({ kind, id })) });
      return rows.map((row) => ({ eid: row.eid as string, node: row.node as NodeRow }));
    },

    /**
     * Ranked neighbours of each seed, at most `perKind` per seed and kind, each row carrying the kind's total.
     * One small statement per (seed label, neighbour kind) — see cypher/graph/neighbours/ — rather than one UNION:
     * Neo4j plans a statement again for each new parameter shape, and the UNION took seconds to plan each time.
     */
    async neighbours(eids: readonly string[], query: NeighbourQuery): Promise<NeighbourRow[]> {
      if (eids.length === 0 || query.kinds.length === 0) return [];
      const params = {
        eids: [...eids],
        exclude: [...(query.exclude ?? [])],
        perKind: cypherInt(Math.max(1, Math.min(MAX_PER_KIND, query.perKind))),
        from: cypherInt(query.from),
        to: cypherInt(query.to),
      };
      // Concurrently: each statement is a few index seeks, so a slice's wait is the slowest one, not their sum.
      const statements = NEIGHBOUR_STATEMENTS.filter(
        (statement) => query.kinds.includes(statement.kind) && (query.seedKinds?.includes(statement.seed) ?? true),
      );
      const rows = (await Promise.all(statements.map((statement) => reader.read(statement.file, params)))).flat();
      return rows
        .map((row) => ({
          seed: row.seed as string,
          kind: row.kind as NodeKind,
          total: row.total as number,
          rank: row.rank as number,
          eid: row.eid as string,
          node: row.node as NodeRow,
        }))
        .sort((a, b) => compareText(a.seed, b.seed) || compareText(a.kind, b.kind) || a.rank - b.rank);
    },

    /** Every API-visible relationship between two of the nodes; `nodes` maps element id → node. */
    async edgesAmong(nodes: ReadonlyMap<string, NodeRow>): Promise<EdgeRow[]> {
      if (nodes.size < 2) return [];
      const rows = await reader.read("graph/edges-among", { eids: [...nodes.keys()] });
      const edges: EdgeRow[] = [];
      for (const row of rows) {
        const source = nodes.get(row.source as string);
        const target = nodes.get(row.target as string);
        if (!source || !target || edgeKindOf(row.type as string) === null) continue;
        edges.push({
          type: row.type as string,
          source: { kind: source.kind, id: source.id },
          target: { kind: target.kind, id: target.id },
          props: (row.props ?? {}) as Record<string, unknown>,
        });
      }
      return edges;
    },
  };
}

export type GraphRepository = ReturnType<typeof createGraphRepository>;
