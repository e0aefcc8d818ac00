/** Collaborator suggestions: capped candidate sets from Neo4j, scored by server/graph/suggestions.ts. */
import type { SuggestedCollaborator } from "../../contract/schemas/people.ts";
import { rankSuggestions, type CandidateRow } from "../graph/suggestions.ts";
import { cypherInt } from "../neo4j/native.ts";
import type { GraphReader } from "../plugins/neo4j.ts";

/** Candidate caps: best people per shared topic, best co-authors and their best co-authors. */
const PER_TOPIC = 100;
const PER_COAUTHOR = 30;

export function createSuggestionsRepository(reader: GraphReader) {
  return {
    /** Null when the person does not exist. */
    async suggest(
      id: string,
      options: { topic: string | null; limit: number },
    ): Promise<SuggestedCollaborator[] | null> {
      const [exists, rows] = await Promise.all([
        reader.read("people/works-total", { id }),
        reader.read("suggest/candidates", {
          id,
          topic: options.topic,
          perTopic: cypherInt(PER_TOPIC),
          perCoauthor: cypherInt(PER_COAUTHOR),
        }),
      ]);
      if (!exists[0]) return null;
      const ranked = rankSuggestions(rows as unknown as CandidateRow[], options);
      const unknown = ranked.filter((item) => item.distance === null).map((item) => item.id);
      if (unknown.length > 0) {
        const distances = await reader.read("suggest/distances", { id, ids: unknown });
        const byId = new Map(distances.map((row) => [row.id as string, row.distance as number | null]));
        for (const item of ranked) if (item.distance === null) item.distance = byId.get(item.id) ?? null;
      }
      return ranked;
    },
  };
}

export type SuggestionsRepository = ReturnType<typeof createSuggestionsRepository>;
