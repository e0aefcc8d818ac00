/**
 * Shapes path-search rows into the answer of GET /api/graph/path: ordered key lists, readable hops (with the shared
 * works of co-author hops) and one serialized graph holding every path. Pure.
 */
import { nodeKey } from "../../contract/keys.ts";
import type { PathAttributes, PathBound, PathHop, PathResult, SharedWorks } from "../../contract/schemas/graph.ts";
import { edgeKindOf } from "./relationships.ts";
import { GraphAccumulator, type NodeRow } from "./serialized.ts";

/** A path as graph/shortest-path and graph/k-shortest-paths return it: element ids in path order. */
export interface FoundPath {
  nodes: string[];
  relationships: Array<{ type: string; source: string; target: string; props: Record<string, unknown> }>;
}

/** A row of graph/coauthor-shared-works. */
export interface SharedWorksRow {
  source: string;
  target: string;
  count: number;
  earliest: { id: string; title: string | null; year: number | null; citationCount: number | null } | null;
}

export type PathOutcome = { outcome: "found" } | { outcome: "none" } | { outcome: "stopped"; bound: PathBound };

/** Unordered pair of element ids, the key of a co-author hop's shared works. */
export const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Paths sorted shortest first, then by key sequence (deterministic among equals), duplicates dropped. */
export function orderPaths(paths: FoundPath[], keyOf: (eid: string) => string): FoundPath[] {
  const keyed = new Map<string, { path: FoundPath; length: number }>();
  for (const path of paths) {
    const id = path.nodes.map(keyOf).join("\u0000");
    if (!keyed.has(id)) keyed.set(id, { path, length: path.relationships.length });
  }
  return [...keyed.entries()]
    .sort(([a, x], [b, y]) => x.length - y.length || (a < b ? -1 : a > b ? 1 : 0))
    .map(([, { path }]) => path);
}

function sharedOf(row: SharedWorksRow | undefined): SharedWorks | undefined {
  if (!row || row.count < 1 || !row.earliest) return undefined;
  const { id, title, year, citationCount } = row.earliest;
  return {
    count: row.count,
    chosen: "earliest",
    work: { key: nodeKey("paper", id), title: title ?? id, year: year ?? null, citationCount: citationCount ?? 0 },
  };
}

/** The sentence of `message` for a finished or stopped search. */
export function pathMessage(
  outcome: PathOutcome,
  length: number | null,
  count: number,
  kinds: readonly string[],
  alternatives: PathBound | null = null,
): string {
  const over = `over ${kinds.join(", ")}`;
  if (outcome.outcome === "found") {
    if (length === 0) return "Both ends are the same node.";
    const found = `Shortest path: ${length} hop${length === 1 ? "" : "s"} ${over}; ${count} path${count === 1 ? "" : "s"} listed.`;
    if (alternatives?.reason === "length")
      return `${found} No other path of at most ${alternatives.limit} hops exists.`;
    if (alternatives?.reason === "time")
      return `${found} The search for alternatives stopped after ${alternatives.limit} ms.`;
    return found;
  }
  if (outcome.outcome === "none") {
    return `No path exists ${over}: the two are in different components of that graph (the whole graph was searched).`;
  }
  return `The search stopped after ${outcome.bound.limit} ms (the time bound of a path search) without finding a path ${over}; one may still exist.`;
}

/**
 * Builds the answer. `nodes`: element id → node row for every node of `paths`; `shared`: co-author hop evidence by
 * pairKey; `bound`: set when the alternatives stage stopped early (the outcome carries the shortest stage's).
 */
export function shapePaths(
  paths: FoundPath[],
  nodes: ReadonlyMap<string, NodeRow>,
  shared: ReadonlyMap<string, SharedWorksRow>,
  attributes: PathAttributes,
  outcome: PathOutcome,
  alternativesBound: PathBound | null = null,
): PathResult {
  const keyOf = (eid: string) => {
    const node = nodes.get(eid);
    return node ? nodeKey(node.kind, node.id) : eid;
  };
  const ordered = orderPaths(paths, keyOf);
  const accumulator = new GraphAccumulator();
  const hops: PathHop[][] = [];
  for (const path of ordered) {
    for (const eid of path.nodes) {
      const node = nodes.get(eid);
      if (node) accumulator.addNode(node);
    }
    const pathHops: PathHop[] = [];
    path.relationships.forEach((rel, index) => {
      const from = path.nodes[index]!;
      const to = path.nodes[index + 1]!;
      const source = nodes.get(rel.source);
      const target = nodes.get(rel.target);
      const kind = edgeKindOf(rel.type);
      if (!source || !target || kind === null) return;
      accumulator.addEdge({ type: rel.type, source, target, props: rel.props });
      const hop: PathHop = { from: keyOf(from), to: keyOf(to), kind, forward: rel.source === from };
      if (kind === "coauthor") {
        const evidence = sharedOf(shared.get(pairKey(from, to)));
        if (evidence) hop.shared = evidence;
      }
      pathHops.push(hop);
    });
    hops.push(pathHops);
  }
  const length = ordered[0] ? ordered[0].relationships.length : null;
  return {
    found: ordered.length > 0,
    outcome: outcome.outcome,
    message: pathMessage(outcome, length, ordered.length, attributes.via, alternativesBound),
    length,
    paths: ordered.map((path) => path.nodes.map(keyOf)),
    hops,
    bound: outcome.outcome === "stopped" ? outcome.bound : alternativesBound,
    graph: accumulator.toGraph(attributes),
  };
}
