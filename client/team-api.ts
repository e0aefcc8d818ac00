/** The team lens on the API client's helpers: GET /api/team (docs/API.md). */
import type { Team } from "../contract/schemas/team.ts";
import { getJson } from "./api.ts";

export type { Team, TeamBridge, TeamMember, TeamSharedTopic } from "../contract/schemas/team.ts";

export const teamApi = {
  /** `people`: 2–50 distinct person keys. */
  team: (people: readonly string[], signal?: AbortSignal) =>
    getJson<Team>("/api/team", { people: people.join(",") }, signal),
};
