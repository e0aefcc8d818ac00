/** Full-text search across people, papers, topics, institutions and venues (indexes: cypher/schema/). */
import type { NodeKind } from "../../contract/kinds.ts";
import type { SearchResult } from "../../contract/schemas/search.ts";
import { luceneQuery, rankSearchHits, type SearchHit } from "../graph/search-query.ts";
import { cypherInt } from "../neo4j/native.ts";
import type { GraphReader } from "../plugins/neo4j.ts";

/** Hits fetched per kind before ranking across kinds: prefix matches all score alike, so popularity decides. */
const FETCH_PER_KIND = 200;

export function createSearchRepository(reader: GraphReader) {
  return {
    async search(text: string, kinds: readonly NodeKind[], limit: number): Promise<SearchResult[]> {
      const wants = (kind: NodeKind) => kinds.includes(kind);
      const queries = {
        people: wants("person") ? luceneQuery(text, { lettersOnly: true }) : null,
        papers: wants("paper") ? luceneQuery(text) : null,
        topics: wants("topic") ? luceneQuery(text) : null,
        institutions: wants("institution") ? luceneQuery(text) : null,
        venues: wants("venue") ? luceneQuery(text) : null,
      };
      if (Object.values(queries).every((query) => query === null)) return [];
      const rows = await reader.read("search/search", { ...queries, perKind: cypherInt(FETCH_PER_KIND) });
      return rankSearchHits(rows as unknown as SearchHit[], limit);
    },
  };
}

export type SearchRepository = ReturnType<typeof createSearchRepository>;
