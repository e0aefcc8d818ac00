/** People: profile and works. Returns null for an unknown person; never sees a request. */
import { presentProfile, presentWork, type Profile, type Work } from "../graph/presenters.ts";
import { cypherInt } from "../neo4j/native.ts";
import type { GraphReader } from "../plugins/neo4j.ts";

/**
 * Co-authors, and close collaborators, listed on a profile (the largest co-author set in the demo data is about 100;
 * at 1M works the busiest person has 1,740, and the rest are one click away in the explorer).
 */
const COAUTHOR_LIST_LIMIT = 200;

export type WorksSort = "year" | "citations";

export interface WorksPage {
  total: number;
  offset: number;
  limit: number;
  sort: WorksSort;
  items: Work[];
}

export function createPeopleRepository(reader: GraphReader, options: { closeCollaboratorMinWorks: number }) {
  return {
    /** `viewerId`: the signed-in user (their follow and claim on this profile), or null. */
    async profile(
      id: string,
      viewerId: string | null = null,
    ): Promise<(Profile & { closeCollaboratorMinWorks: number }) | null> {
      const [row] = await reader.read("people/profile", {
        id,
        viewerId,
        minWorks: cypherInt(options.closeCollaboratorMinWorks),
        coauthorLimit: cypherInt(COAUTHOR_LIST_LIMIT),
      });
      // The threshold travels with the profile so a client can say what "close" means here.
      return row ? { ...presentProfile(row), closeCollaboratorMinWorks: options.closeCollaboratorMinWorks } : null;
    },

    async works(id: string, page: { sort: WorksSort; offset: number; limit: number }): Promise<WorksPage | null> {
      const [counted, rows] = await Promise.all([
        reader.read("people/works-total", { id }),
        reader.read("people/works", {
          id,
          sort: page.sort,
          offset: cypherInt(page.offset),
          limit: cypherInt(page.limit),
        }),
      ]);
      if (!counted[0]) return null;
      return { total: counted[0].total as number, ...page, items: rows.map(presentWork) };
    },
  };
}

export type PeopleRepository = ReturnType<typeof createPeopleRepository>;
