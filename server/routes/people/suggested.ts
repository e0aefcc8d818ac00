/** GET /api/people/:id/collaborators/suggested: ranked people to work with, each with the evidence behind it. */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { NotFoundError } from "../../errors.ts";
import { ERROR_RESPONSES } from "../../../contract/schemas/common.ts";
import { SuggestionsSchema } from "../../../contract/schemas/people.ts";
import { PersonParams, SuggestQuery } from "./schema.ts";

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
};

export default suggestedRoutes;
