/** Shapes shortest-path rows into ordered key lists plus one serialized graph holding every path. Pure. */
import { nodeKey } from "../../contract/keys.ts";
import type { PathAttributes, PathResult } from "../../contract/schemas/graph.ts";
import { GraphAccumulator, type NodeRow } from "./serialized.ts";

export interface PathRow {
  nodes: Array<{ eid: string; node: NodeRow }>;
  relationships: Array<{ type: string; source: string; target: string; props: Record<string, unknown> }>;
}

/**
 * Keeps the k of `rows` that come first in key order. Deterministic over the rows given; between hubs with more
 * shortest paths than the repository fetches (PATH_CAP), which rows those are is the database's choice.
 */
export function shapePaths(rows: PathRow[], k: number, attributes: PathAttributes): PathResult {
  const keyed = rows.map((row) => ({ row, keys: row.nodes.map(({ node }) => nodeKey(node.kind, node.id)) }));
  keyed.sort((a, b) => {
    const left = a.keys.join("\u0000");
    const right = b.keys.join("\u0000");
    return left < right ? -1 : left > right ? 1 : 0;
  });
  const chosen = keyed.slice(0, k);
  const accumulator = new GraphAccumulator();
  for (const { row } of chosen) {
    const byEid = new Map(row.nodes.map(({ eid, node }) => [eid, node]));
    for (const { node } of row.nodes) accumulator.addNode(node);
    for (const rel of row.relationships) {
      const source = byEid.get(rel.source);
      const target = byEid.get(rel.target);
      if (!source || !target) continue;
      accumulator.addEdge({
        type: rel.type,
        source: { kind: source.kind, id: source.id },
        target: { kind: target.kind, id: target.id },
        props: rel.props,
      });
    }
  }
  const first = chosen[0];
  return {
    found: first !== undefined,
    length: first ? first.keys.length - 1 : null,
    paths: chosen.map(({ keys }) => keys),
    graph: accumulator.toGraph(attributes),
  };
}
