/** GET /api/people/:id (profile + trust snapshot) and GET /api/people/:id/works (paged works). */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { NotFoundError } from "../../errors.ts";
import { ERROR_RESPONSES } from "../../../contract/schemas/common.ts";
import { PersonSchema } from "../../../contract/schemas/people.ts";
import { WorksPageSchema } from "../../../contract/schemas/works.ts";
import { PersonParams, WorksQuery } from "./schema.ts";

const peopleRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { people } = fastify.repositories;

  fastify.get(
    "/api/people/:id",
    {
      schema: {
        tags: ["people"],
        summary: "A researcher's profile: counts, trust snapshot, topics, collaborators",
        params: PersonParams,
        response: { 200: PersonSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const profile = await people.profile(request.params.id, request.user?.id ?? null);
      if (!profile) throw new NotFoundError(`No person with id '${request.params.id}'`);
      return profile;
    },
  );

  fastify.get(
    "/api/people/:id/works",
    {
      schema: {
        tags: ["people"],
        summary: "A researcher's works, newest or most cited first",
        params: PersonParams,
        querystring: WorksQuery,
        response: { 200: WorksPageSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const page = await people.works(request.params.id, request.query);
      if (!page) throw new NotFoundError(`No person with id '${request.params.id}'`);
      return page;
    },
  );
};

export default peopleRoutes;
