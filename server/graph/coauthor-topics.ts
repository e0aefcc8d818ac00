/**
 * Co-author edges carry their top shared topics as ids (COAUTHOR.topics, docs/DATA-MODEL.md); the client labels
 * the edges with names. These pure helpers collect the ids of a serialized graph and write the names beside them
 * (`topicNames`, in the same order as `topics`), so one lookup per response names every edge.
 */
import type { SerializedGraph } from "../../contract/schemas/common.ts";

/** The distinct topic ids the graph's co-author edges mention, in first-seen order. */
export function coauthorTopicIds(graph: Pick<SerializedGraph, "edges">): string[] {
  const ids = new Set<string>();
  for (const edge of graph.edges) {
    const topics = edge.attributes.topics;
    if (edge.attributes.kind === "coauthor" && Array.isArray(topics)) for (const id of topics) ids.add(id);
  }
  return [...ids];
}

/**
 * The graph with `topicNames` on every co-author edge that has topics (a topic without a known name keeps its id, so
 * the two lists stay parallel). Returns a new graph; the input is not changed.
 */
export function withTopicNames<A>(graph: SerializedGraph<A>, names: ReadonlyMap<string, string>): SerializedGraph<A> {
  return {
    ...graph,
    edges: graph.edges.map((edge) => {
      const topics = edge.attributes.topics;
      if (edge.attributes.kind !== "coauthor" || !Array.isArray(topics) || topics.length === 0) return edge;
      return { ...edge, attributes: { ...edge.attributes, topicNames: topics.map((id) => names.get(id) ?? id) } };
    }),
  };
}
