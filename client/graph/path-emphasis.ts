/** Pure helpers for drawing a path answer: the page layer's emphasis and the edges of one alternative. */
import type { PathResult } from "../../contract/schemas/graph.ts";
import type { PageLayer } from "./appearance.ts";

/** The page layer's emphasis for these keys. */
export function pathEmphasis(nodes: Iterable<string>, edges: Iterable<string>): NonNullable<PageLayer["emphasis"]> {
  return { nodes: new Set(nodes), edges: new Set(edges) };
}

/** The edges of path `index`: the answer's edge between each two consecutive nodes, in either direction. */
export function pathEdgeKeys(result: Pick<PathResult, "paths" | "graph">, index: number): string[] {
  const nodes = result.paths[index] ?? [];
  const byPair = new Map(result.graph.edges.map((edge) => [`${edge.source}|${edge.target}`, edge.key]));
  const keys: string[] = [];
  for (let i = 1; i < nodes.length; i += 1) {
    const [a, b] = [nodes[i - 1]!, nodes[i]!];
    const key = byPair.get(`${a}|${b}`) ?? byPair.get(`${b}|${a}`);
    if (key) keys.push(key);
  }
  return keys;
}
