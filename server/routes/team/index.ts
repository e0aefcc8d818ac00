/**
 * GET /api/team?people=person:a,person:b,…: the team lens. 2–50 distinct person keys (400 RGE_BAD_PARAM otherwise);
 * keys naming no person are listed in `missing` while at least two members exist, else 404 RGE_NOT_FOUND names them.
 */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { BadParamError, NotFoundError } from "../../errors.ts";
import { ERROR_RESPONSES } from "../../../contract/schemas/common.ts";
import { TeamSchema } from "../../../contract/schemas/team.ts";
import { nodeListParam } from "../graph/params.ts";
import { MAX_TEAM, MIN_TEAM, TeamQuery } from "./schema.ts";

/** The distinct person ids of `people`, or a 400 naming what is wrong. */
export function teamParam(raw: string): string[] {
  const refs = nodeListParam("people", raw);
  const ids: string[] = [];
  for (const ref of refs) {
    if (ref.kind !== "person") throw new BadParamError(`people: '${ref.kind}:${ref.id}' is not a person key`);
    if (ids.includes(ref.id)) throw new BadParamError(`people: 'person:${ref.id}' is listed twice`);
    ids.push(ref.id);
  }
  if (ids.length < MIN_TEAM || ids.length > MAX_TEAM) {
    throw new BadParamError(`people: a team has ${MIN_TEAM} to ${MAX_TEAM} people; ${ids.length} given`);
  }
  return ids;
}

const teamRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { team } = fastify.repositories;

  fastify.get(
    "/api/team",
    {
      schema: {
        tags: ["team"],
        summary: "Team lens: internal co-authorships, bridges, shared and distinct topics of 2–50 people",
        querystring: TeamQuery,
        response: { 200: TeamSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const ids = teamParam(request.query.people);
      const result = await team.lens(ids, request.query.bridges);
      if (!result.team) {
        const known = ids.length - result.missing.length;
        throw new NotFoundError(
          `A team needs at least ${MIN_TEAM} known people; ${known} found, no person ${result.missing.join(", ")}`,
        );
      }
      return result.team;
    },
  );
};

export default teamRoutes;
