/** Papers: one paper with its neighbourhood lists. Returns null for an unknown paper. */
import { presentPaper, type Paper } from "../graph/presenters.ts";
import { cypherInt } from "../neo4j/native.ts";
import type { GraphReader } from "../plugins/neo4j.ts";

/** References and citing works listed (the most cited paper of the demo data has about 200 citing works). */
const LIST_LIMIT = 200;

export function createPapersRepository(reader: GraphReader) {
  return {
    async paper(id: string): Promise<Paper | null> {
      const [row] = await reader.read("papers/paper", { id, listLimit: cypherInt(LIST_LIMIT) });
      return row ? presentPaper(row) : null;
    },
  };
}

export type PapersRepository = ReturnType<typeof createPapersRepository>;
