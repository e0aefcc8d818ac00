/**
 * Full-text search. The people index with the `simple` analyzer (cypher/schema/search-indexes.cypher) is created on
 * first use if the schema step has not created it; where that is impossible (a read-only replica) search falls back
 * to the default person_name index, which still finds whole names.
 */
import neo4j from "neo4j-driver";
import type { NodeKind } from "../graph/keys.ts";
import { luceneQuery, rankSearchHits, type SearchHit, type SearchResult } from "../graph/search-query.ts";
import { cypherStatements } from "../neo4j/cypher.ts";
import type { GraphReader } from "../plugins/neo4j.ts";

/** Hits fetched per kind before ranking across kinds: prefix matches all score alike, so popularity decides. */
const FETCH_PER_KIND = 200;

export function createSearchRepository(reader: GraphReader) {
  let indexReady: Promise<boolean> | null = null;

  function ensureIndex(): Promise<boolean> {
    indexReady ??= (async () => {
      for (const statement of cypherStatements("schema/search-indexes")) {
        await reader.driver.executeQuery(statement, {}, { database: reader.database });
      }
      await reader.driver.executeQuery("CALL db.awaitIndexes(60)", {}, { database: reader.database });
      return true;
    })().catch(() => {
      indexReady = null; // try again on a later search (the database may come back)
      return false;
    });
    return indexReady;
  }

  return {
    async search(text: string, kinds: readonly NodeKind[], limit: number): Promise<SearchResult[]> {
      const wants = (kind: NodeKind) => kinds.includes(kind);
      const params = {
        people: wants("person") ? luceneQuery(text, { lettersOnly: true }) : null,
        papers: wants("paper") ? luceneQuery(text) : null,
        topics: wants("topic") ? luceneQuery(text) : null,
        institutions: wants("institution") ? luceneQuery(text) : null,
        venues: wants("venue") ? luceneQuery(text) : null,
        perKind: neo4j.int(FETCH_PER_KIND),
      };
      if (Object.values(params).every((value) => value === null || neo4j.isInt(value))) return [];
      const statement = (await ensureIndex()) ? "search/search" : "search/search-fallback";
      const rows = await reader.read(statement, params);
      return rankSearchHits(rows as unknown as SearchHit[], limit);
    },
  };
}

export type SearchRepository = ReturnType<typeof createSearchRepository>;
