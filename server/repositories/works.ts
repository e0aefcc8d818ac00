/** Works by id (the papers of a view, for its bibliography export); never sees a request. */
import { presentWork, type Work } from "../graph/presenters.ts";
import type { GraphReader } from "../plugins/neo4j.ts";

export function createWorksRepository(reader: GraphReader) {
  return {
    /** The works among `ids`, in the order of `ids`; unknown ids are left out. */
    async byIds(ids: readonly string[]): Promise<Work[]> {
      const rows = await reader.read("works/by-ids", { ids: [...new Set(ids)] });
      const works = new Map(rows.map(presentWork).map((work) => [work.id, work]));
      return [...new Set(ids)].flatMap((id) => works.get(id) ?? []);
    },
  };
}

export type WorksRepository = ReturnType<typeof createWorksRepository>;
