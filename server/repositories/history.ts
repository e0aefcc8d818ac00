/** Activity per year of a person or a paper (the history chart). Returns null for an unknown id; never sees a request. */
import { presentHistory, type YearPairs } from "../graph/history.ts";
import type { GraphReader } from "../plugins/neo4j.ts";
import type { History } from "../../contract/schemas/history.ts";
import { nodeKey } from "../../contract/keys.ts";

const pairs = (value: unknown): YearPairs => (Array.isArray(value) ? (value as YearPairs) : []);

export function createHistoryRepository(reader: GraphReader) {
  return {
    async person(id: string): Promise<History | null> {
      const [row] = await reader.read("history/person-history", { id });
      if (!row) return null;
      return presentHistory(nodeKey("person", id), {
        works: pairs(row.works),
        newCoauthors: pairs(row.newCoauthors),
        citationsInGraph: pairs(row.citationsInGraph),
        citationsFromSource: pairs(row.citationsFromSource),
        sourceWorks: Number(row.sourceWorks),
        totalWorks: Number(row.totalWorks),
      });
    },

    async paper(id: string): Promise<History | null> {
      const [row] = await reader.read("history/paper-history", { id });
      if (!row) return null;
      return presentHistory(nodeKey("paper", id), {
        works: null,
        newCoauthors: null,
        citationsInGraph: pairs(row.citationsInGraph),
        citationsFromSource: pairs(row.citationsFromSource),
        sourceWorks: Number(row.sourceWorks),
        totalWorks: 1,
      });
    },
  };
}

export type HistoryRepository = ReturnType<typeof createHistoryRepository>;
