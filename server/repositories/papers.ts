/** Papers: one paper with its neighbourhood lists, and its ranked citation graph. Null for an unknown paper. */
import type { PaperGraph } from "../../contract/schemas/paper-graph.ts";
import { toPaperGraph } from "../graph/paper-graph.ts";
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
    /** The paper between its references and its citing works, the `references` / `citing` most relevant of each. */
    async graph(id: string, limits: { references: number; citing: number }): Promise<PaperGraph | null> {
      const [row] = await reader.read("papers/paper-graph", {
        id,
        references: cypherInt(limits.references),
        citing: cypherInt(limits.citing),
      });
      return toPaperGraph(row);
    },
  };
}

export type PapersRepository = ReturnType<typeof createPapersRepository>;
