/** Collaborator suggestions: capped candidate sets from Neo4j, scored by server/graph/suggestions.ts. */
import type { SuggestedCollaborator } from "../../contract/schemas/people.ts";
import { rankSuggestions, toSuggestedCollaborator, type CandidateRow } from "../graph/suggestions.ts";
import { cypherInt } from "../neo4j/native.ts";
import type { GraphReader } from "../plugins/neo4j.ts";

/**
 * Candidate caps (docs/SUGGESTIONS.md): the person's main topics, best people per topic, best co-authors and their
 * best co-authors. Each candidate's evidence costs about its own degree, so the caps bound a hub's request.
 */
const TOPICS = 10;
const PER_TOPIC = 30;
const PER_COAUTHOR = 20;

export function createSuggestionsRepository(reader: GraphReader) {
  async function candidates(id: string, topic: string | null, only: string[] | null): Promise<CandidateRow[]> {
    const params = {
      id,
      topic,
      only,
      topics: cypherInt(TOPICS),
      perTopic: cypherInt(PER_TOPIC),
      perCoauthor: cypherInt(PER_COAUTHOR),
    };
    return (await reader.read("suggest/candidates", params)) as unknown as CandidateRow[];
  }

  /** Fills in the co-author distances the candidate rows could not tell (no mutual co-author). */
  async function measureDistances(id: string, items: SuggestedCollaborator[]): Promise<void> {
    const unknown = items.filter((item) => item.distance === null).map((item) => item.id);
    if (unknown.length === 0) return;
    const distances = await reader.read("suggest/distances", { id, ids: unknown });
    const byId = new Map(distances.map((row) => [row.id as string, row.distance as number | null]));
    for (const item of items) if (item.distance === null) item.distance = byId.get(item.id) ?? null;
  }

  return {
    /** Null when the person does not exist. */
    async suggest(
      id: string,
      options: { topic: string | null; limit: number },
    ): Promise<SuggestedCollaborator[] | null> {
      const [exists, rows] = await Promise.all([
        reader.read("people/works-total", { id }),
        candidates(id, options.topic, null),
      ]);
      if (!exists[0]) return null;
      const ranked = rankSuggestions(rows, options);
      await measureDistances(id, ranked);
      return ranked;
    },

    /**
     * Why `other` may be a good collaborator for `id`, with the same evidence and score as a suggestion (shared
     * topics, mutual co-authors, co-author distance; 1 for existing co-authors), even when there is none. Null
     * when either person does not exist or they are the same.
     */
    async fit(id: string, other: string): Promise<SuggestedCollaborator | null> {
      const [row] = await candidates(id, null, [other]);
      if (!row) return null;
      // Measured even with mutual co-authors: they may have written together already (distance 1).
      const item = { ...toSuggestedCollaborator(row), distance: null };
      await measureDistances(id, [item]);
      return item;
    },
  };
}

export type SuggestionsRepository = ReturnType<typeof createSuggestionsRepository>;
