/**
 * GET /api/people/:id/collaborators/suggested: ranked people to work with, each with the evidence behind it; and
 * GET /api/people/:id/collaborators/fit?with=: the same evidence for one chosen person (an invite's fit reasons).
 */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { BadParamError, NotFoundError } from "../../errors.ts";
import { ERROR_RESPONSES } from "../../../contract/schemas/common.ts";
import { SuggestedCollaboratorSchema, SuggestionsSchema } from "../../../contract/schemas/people.ts";
import { FitQuery, PersonParams, SuggestQuery } from "./schema.ts";

const suggestedRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { suggestions } = fastify.repositories;

  fastify.get(
    "/api/people/:id/collaborators/suggested",
    {
      schema: {
        tags: ["people"],
        summary: "Suggested collaborators: shared topics (weighted by rarity), mutual co-authors, recency",
        params: PersonParams,
        querystring: SuggestQuery,
        response: { 200: SuggestionsSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const topic = request.query.topic?.replace(/^topic:/, "") ?? null;
      const items = await suggestions.suggest(request.params.id, { topic, limit: request.query.limit });
      if (!items) throw new NotFoundError(`No person with id '${request.params.id}'`);
      return { items };
    },
  );

  fastify.get(
    "/api/people/:id/collaborators/fit",
    {
      schema: {
        tags: ["people"],
        summary: "Why one person may be a good collaborator: shared topics, mutual co-authors, co-author distance",
        params: PersonParams,
        querystring: FitQuery,
        response: { 200: SuggestedCollaboratorSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { id } = request.params;
      const other = request.query.with.replace(/^person:/, "");
      if (other === id) throw new BadParamError("`with` must name another person");
      const fit = await suggestions.fit(id, other);
      if (!fit) throw new NotFoundError(`No person with id '${id}' or '${other}'`);
      return fit;
    },
  );
};

export default suggestedRoutes;
