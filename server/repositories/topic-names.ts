/** Topic names for the co-author edges of a graph answer (slice, expansion): one read per response. */
import type { SerializedGraph } from "../../contract/schemas/common.ts";
import { coauthorTopicIds, withTopicNames } from "../graph/coauthor-topics.ts";
import type { GraphReader } from "../plugins/neo4j.ts";

export function createTopicNamesRepository(reader: GraphReader) {
  return {
    /** The graph with `topicNames` beside `topics` on its co-author edges (no read when no edge has topics). */
    async nameCoauthorTopics<A>(graph: SerializedGraph<A>): Promise<SerializedGraph<A>> {
      const ids = coauthorTopicIds(graph);
      if (ids.length === 0) return graph;
      const rows = await reader.read("graph/topic-names", { ids });
      return withTopicNames(graph, new Map(rows.map((row) => [row.id as string, row.name as string])));
    },
  };
}

export type TopicNamesRepository = ReturnType<typeof createTopicNamesRepository>;
