/**
 * Pure selection rules of a neighbourhood slice: how a node budget is shared between kinds, which depth-2 candidates
 * win, and what the response reports as left out. The repository runs the queries; this decides.
 */
import { nodeKey } from "../../contract/keys.ts";
import { NODE_KINDS, type NodeKind } from "../../contract/kinds.ts";
import type { KindCounts } from "../../contract/schemas/common.ts";
import type { NodeRow } from "./serialized.ts";

export type { KindCounts };

/** One ranked neighbour of one seed (a row of cypher/graph/neighbours.cypher). */
export interface NeighbourRow {
  seed: string;
  kind: NodeKind;
  total: number;
  rank: number;
  eid: string;
  node: NodeRow;
}

/**
 * Shares `budget` between kinds by water-filling: every kind gets an equal share, and what a kind cannot use (it has
 * fewer candidates) goes to the others. Deterministic; kinds are visited in NODE_KINDS order.
 */
export function allocateBudget(available: KindCounts, budget: number): KindCounts {
  const quota: KindCounts = {};
  let open = NODE_KINDS.filter((kind) => (available[kind] ?? 0) > 0);
  let left = Math.max(0, budget);
  for (const kind of open) quota[kind] = 0;
  while (left > 0 && open.length > 0) {
    const share = Math.max(1, Math.floor(left / open.length));
    const next: NodeKind[] = [];
    for (const kind of open) {
      if (left === 0) break;
      const room = (available[kind] ?? 0) - (quota[kind] ?? 0);
      const give = Math.min(share, room, left);
      quota[kind] = (quota[kind] ?? 0) + give;
      left -= give;
      if ((available[kind] ?? 0) > (quota[kind] ?? 0)) next.push(kind);
    }
    open = next;
  }
  return quota;
}

export interface Selection {
  rows: NeighbourRow[];
  omitted: KindCounts;
}

/** Depth 1: the focus's neighbours, best first per kind, within the budget; omitted = how many exist − shown. */
export function selectFirstRing(rows: NeighbourRow[], budget: number): Selection {
  const byKind = groupByKind(rows);
  const { chosen, taken } = takeShares(byKind, budget);
  const omitted: KindCounts = {};
  for (const [kind, list] of byKind) omitted[kind] = Math.max(0, (list[0]?.total ?? 0) - (taken[kind] ?? 0));
  return { rows: chosen, omitted };
}

/** The best rows of each kind within its water-filled share of `budget`; `taken` counts them per kind. */
function takeShares(byKind: ReadonlyMap<NodeKind, NeighbourRow[]>, budget: number) {
  const available: KindCounts = {};
  for (const [kind, list] of byKind) available[kind] = list.length;
  const taken = allocateBudget(available, budget);
  const chosen = [...byKind].flatMap(([kind, list]) => list.slice(0, taken[kind] ?? 0));
  return { chosen, taken };
}

interface Candidate {
  row: NeighbourRow;
  seeds: Set<string>;
  bestRank: number;
  firstSeed: number;
}

/**
 * Depth 2: neighbours of the first ring that are not shown yet. Candidates reached from more shown nodes win, then
 * better rank, then the earlier (better-ranked) seed. Omitted counts are an upper bound: a node that several shown
 * nodes lead to, but that no query returned, is counted once per node.
 */
export function selectSecondRing(
  rows: NeighbourRow[],
  shownKeys: ReadonlySet<string>,
  seedOrder: readonly string[],
  budget: number,
): Selection {
  const seedIndex = new Map(seedOrder.map((seed, index) => [seed, index]));
  const candidates = new Map<string, Candidate>();
  const returned = new Map<string, number>();
  const totals = new Map<string, number>();
  for (const row of rows) {
    const group = `${row.seed}|${row.kind}`;
    returned.set(group, (returned.get(group) ?? 0) + 1);
    totals.set(group, row.total);
    const key = nodeKey(row.kind, row.node.id);
    if (shownKeys.has(key)) continue;
    const candidate = candidates.get(key);
    const order = seedIndex.get(row.seed) ?? seedOrder.length;
    if (!candidate) {
      candidates.set(key, { row, seeds: new Set([row.seed]), bestRank: row.rank, firstSeed: order });
    } else {
      candidate.seeds.add(row.seed);
      candidate.bestRank = Math.min(candidate.bestRank, row.rank);
      candidate.firstSeed = Math.min(candidate.firstSeed, order);
    }
  }
  const ranked = [...candidates.entries()].sort(
    ([keyA, a], [keyB, b]) =>
      b.seeds.size - a.seeds.size || a.bestRank - b.bestRank || a.firstSeed - b.firstSeed || compare(keyA, keyB),
  );
  const byKind = new Map<NodeKind, NeighbourRow[]>();
  for (const [, candidate] of ranked) push(byKind, candidate.row.kind, candidate.row);
  const { chosen, taken } = takeShares(byKind, budget);
  const omitted: KindCounts = {};
  for (const [kind, list] of byKind) omitted[kind] = list.length - (taken[kind] ?? 0);
  for (const [group, total] of totals) {
    const kind = group.slice(group.lastIndexOf("|") + 1) as NodeKind;
    const unseen = total - (returned.get(group) ?? 0);
    if (unseen > 0) omitted[kind] = (omitted[kind] ?? 0) + unseen;
  }
  return { rows: chosen, omitted };
}

/** Round-robin over kinds by rank: the order `expand` pages through (best paper, best person, … then second best). */
export function interleaveByRank(rows: NeighbourRow[]): NeighbourRow[] {
  const lists = [...groupByKind(rows).values()];
  const out: NeighbourRow[] = [];
  for (let index = 0; lists.some((list) => index < list.length); index += 1) {
    for (const list of lists) if (index < list.length) out.push(list[index]!);
  }
  return out;
}

export function addCounts(a: KindCounts, b: KindCounts): KindCounts {
  const out: KindCounts = { ...a };
  for (const kind of NODE_KINDS) if (b[kind] !== undefined) out[kind] = (out[kind] ?? 0) + (b[kind] ?? 0);
  return out;
}

function groupByKind(rows: NeighbourRow[]): Map<NodeKind, NeighbourRow[]> {
  const byKind = new Map<NodeKind, NeighbourRow[]>();
  for (const kind of NODE_KINDS) {
    const list = rows.filter((row) => row.kind === kind).sort((a, b) => a.rank - b.rank);
    if (list.length > 0) byKind.set(kind, list);
  }
  return byKind;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Whether a relationship belongs in a slice restricted to [from, to]: co-authorships must overlap the years,
 * topic and affiliation links must reach `from`; other kinds join nodes that were filtered already.
 */
export function edgeInYears(
  edge: { type: string; props: Record<string, unknown> },
  from: number | null,
  to: number | null,
): boolean {
  const first = typeof edge.props.firstYear === "number" ? edge.props.firstYear : null;
  const last = typeof edge.props.lastYear === "number" ? edge.props.lastYear : null;
  if (edge.type === "COAUTHOR") {
    return (from === null || last === null || last >= from) && (to === null || first === null || first <= to);
  }
  if (edge.type === "WORKS_ON" || edge.type === "AFFILIATED_WITH")
    return from === null || last === null || last >= from;
  return true;
}
