/**
 * Neighbourhood reads: the slice around a focus node (depth 1 or 2) and the paged expansion of one node. The
 * queries run here; what to keep is decided by the pure rules in server/graph/slice-plan.ts.
 */
import { nodeKey, type NodeRef } from "../../contract/keys.ts";
import type { NodeKind } from "../../contract/kinds.ts";
import type { SerializedGraph } from "../../contract/schemas/common.ts";
import type { ExpansionAttributes, SliceAttributes } from "../../contract/schemas/graph.ts";
import { GraphAccumulator, type NodeRow } from "../graph/serialized.ts";
import { isSupernode } from "../graph/supernodes.ts";
import { addCounts, edgeInYears, interleaveByRank, selectFirstRing, selectSecondRing } from "../graph/slice-plan.ts";
import { MAX_PER_KIND, type GraphRepository } from "./graph.ts";

export interface SliceOptions {
  focus: NodeRef;
  depth: 1 | 2;
  kinds: readonly NodeKind[];
  from: number | null;
  to: number | null;
  limit: number;
}

export interface ExpandOptions {
  node: NodeRef;
  kinds: readonly NodeKind[];
  exclude: readonly NodeRef[];
  limit: number;
  offset: number;
}

const SECOND_RING_MIN_PER_SEED = 3;
const SECOND_RING_MAX_PER_SEED = 25;

export function createNeighbourhoodRepository(graph: GraphRepository) {
  async function finish<A>(
    accumulator: GraphAccumulator,
    byEid: Map<string, NodeRow>,
    attributes: A,
    years: { from: number | null; to: number | null } = { from: null, to: null },
  ) {
    for (const edge of await graph.edgesAmong(byEid)) {
      if (edgeInYears(edge, years.from, years.to)) accumulator.addEdge(edge);
    }
    return accumulator.toGraph(attributes);
  }

  return {
    /** Null when the focus does not exist. */
    async slice(options: SliceOptions): Promise<SerializedGraph<SliceAttributes> | null> {
      const [focus] = await graph.resolve([options.focus]);
      if (!focus) return null;
      const query = { kinds: options.kinds, from: options.from, to: options.to };
      const accumulator = new GraphAccumulator();
      const byEid = new Map<string, NodeRow>([[focus.eid, focus.node]]);
      const focusKey = accumulator.addNode(focus.node);

      const budget = options.limit - 1;
      const firstBudget = options.depth === 1 ? budget : Math.ceil(budget / 2);
      const firstRows = await graph.neighbours([focus.eid], {
        ...query,
        perKind: firstBudget,
        seedKinds: [focus.node.kind],
      });
      const first = selectFirstRing(firstRows, firstBudget);
      for (const row of first.rows) {
        accumulator.addNode(row.node);
        byEid.set(row.eid, row.node);
      }
      let omitted = first.omitted;
      const unexpanded: string[] = [];

      if (options.depth === 2) {
        const seeds = first.rows.filter((row) => {
          if (!isSupernode(row.node)) return true;
          unexpanded.push(nodeKey(row.kind, row.node.id));
          return false;
        });
        const secondBudget = budget - first.rows.length;
        if (seeds.length > 0 && secondBudget > 0) {
          const perKind = Math.min(
            SECOND_RING_MAX_PER_SEED,
            Math.max(SECOND_RING_MIN_PER_SEED, Math.ceil((2 * secondBudget) / seeds.length)),
          );
          const seedEids = seeds.map((row) => row.eid);
          const secondRows = await graph.neighbours(seedEids, {
            ...query,
            perKind,
            exclude: [...byEid.keys()],
            seedKinds: [...new Set(seeds.map((row) => row.kind))],
          });
          const shown = new Set(accumulator.nodes.keys());
          const second = selectSecondRing(secondRows, shown, seedEids, secondBudget);
          for (const row of second.rows) {
            accumulator.addNode(row.node);
            byEid.set(row.eid, row.node);
          }
          omitted = addCounts(omitted, second.omitted);
        }
      }
      const left = Object.values(omitted).reduce((sum, count) => sum + (count ?? 0), 0);
      return finish(
        accumulator,
        byEid,
        {
          focus: focusKey,
          depth: options.depth,
          truncated: left > 0,
          omitted,
          total: accumulator.nodes.size + left,
          unexpanded,
        },
        query,
      );
    },

    /** Null when the node does not exist. */
    async expand(options: ExpandOptions): Promise<SerializedGraph<ExpansionAttributes> | null> {
      const [node] = await graph.resolve([options.node]);
      if (!node) return null;
      const excluded = new Set(options.exclude.map((ref) => nodeKey(ref.kind, ref.id)));
      const shown = await graph.resolve(options.exclude);
      const byEid = new Map<string, NodeRow>([[node.eid, node.node]]);
      for (const known of shown) byEid.set(known.eid, known.node);
      const rows = await graph.neighbours([node.eid], {
        kinds: options.kinds,
        // Round-robin over kinds: the page's items of any one kind are among that kind's first offset + limit.
        perKind: Math.min(MAX_PER_KIND, options.offset + options.limit),
        from: null,
        to: null,
        exclude: [...byEid.keys()],
        seedKinds: [node.node.kind],
      });
      const totals = new Map<NodeKind, number>();
      for (const row of rows) totals.set(row.kind, row.total);
      const total = [...totals.values()].reduce((sum, count) => sum + count, 0);
      const page = interleaveByRank(rows).slice(options.offset, options.offset + options.limit);

      const accumulator = new GraphAccumulator(excluded);
      const nodeKeyText = accumulator.addNode(node.node);
      for (const row of page) {
        accumulator.addNode(row.node);
        byEid.set(row.eid, row.node);
      }
      const graphOut = await finish(accumulator, byEid, {
        node: nodeKeyText,
        offset: options.offset,
        limit: options.limit,
        total,
        hasMore: options.offset + options.limit < total,
      });
      // Edges among nodes the client already holds are not news: keep those touching a new node.
      const fresh = new Set(page.map((row) => nodeKey(row.kind, row.node.id)));
      graphOut.edges = graphOut.edges.filter((edge) => fresh.has(edge.source) || fresh.has(edge.target));
      return graphOut;
    },
  };
}

export type NeighbourhoodRepository = ReturnType<typeof createNeighbourhoodRepository>;
