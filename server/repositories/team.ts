/** The team lens: members, their internal co-authorships and their bridges, read in parallel and shaped by server/graph/team.ts. */
import type { Team } from "../../contract/schemas/team.ts";
import { nodeKey } from "../../contract/keys.ts";
import { shapeTeam, type TeamBridgeRow, type TeamMemberRow, type TeamPairRow } from "../graph/team.ts";
import { cypherInt } from "../neo4j/native.ts";
import type { GraphReader } from "../plugins/neo4j.ts";

export function createTeamRepository(reader: GraphReader) {
  return {
    /**
     * The lens for distinct person ids (the route checks 2–50). `missing` lists the keys of ids that name no person;
     * null when fewer than two of them exist (nothing to compare).
     */
    async lens(ids: string[], bridgeLimit: number): Promise<{ team: Team | null; missing: string[] }> {
      const [memberRows, internal, [bridgeRow]] = await Promise.all([
        reader.read("team/members", { ids }),
        reader.read("team/internal", { ids }),
        reader.read("team/bridges", { ids, limit: cypherInt(bridgeLimit) }),
      ]);
      const found = new Map((memberRows as unknown as TeamMemberRow[]).map((row) => [row.person.id, row]));
      const members = ids.flatMap((id) => found.get(id) ?? []);
      const missing = ids.filter((id) => !found.has(id)).map((id) => nodeKey("person", id));
      if (members.length < 2) return { team: null, missing };
      const team = shapeTeam({
        members,
        missing,
        internal: internal as unknown as TeamPairRow[],
        bridges: (bridgeRow?.bridges ?? []) as TeamBridgeRow[],
        bridgesTotal: (bridgeRow?.total as number | undefined) ?? 0,
      });
      return { team, missing };
    },
  };
}

export type TeamRepository = ReturnType<typeof createTeamRepository>;
