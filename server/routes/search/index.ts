/** GET /api/search: ranked autocomplete across people, papers, topics and institutions (venues on request). */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { nodeKindsParam } from "../graph/params.ts";
import { ERROR_RESPONSES } from "../../../contract/schemas/common.ts";
import { SearchResponseSchema } from "../../../contract/schemas/search.ts";
import { SearchQuery } from "./schema.ts";

const DEFAULT_KINDS = "person,paper,topic,institution";

const searchRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { search } = fastify.repositories;

  fastify.get(
    "/api/search",
    {
      schema: {
        tags: ["search"],
        summary: "Full-text search with prefix matching (autocomplete)",
        querystring: SearchQuery,
        response: { 200: SearchResponseSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { q, kinds, limit } = request.query;
      const results = await search.search(q, nodeKindsParam("kinds", kinds || DEFAULT_KINDS), limit);
      return { query: q, results };
    },
  );
};

export default searchRoutes;
