/** GET /api/people/:id/history and GET /api/papers/:id/history: activity per year for the history chart. */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { NotFoundError } from "../../errors.ts";
import { ERROR_RESPONSES } from "../../../contract/schemas/common.ts";
import { HistorySchema } from "../../../contract/schemas/history.ts";
import { PersonParams } from "../people/schema.ts";
import { PaperParams } from "../papers/schema.ts";

const historyRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { history } = fastify.repositories;

  fastify.get(
    "/api/people/:id/history",
    {
      schema: {
        tags: ["people"],
        summary: "A researcher's works, new co-authors and citations per year (in-graph and from the source)",
        params: PersonParams,
        response: { 200: HistorySchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const answer = await history.person(request.params.id);
      if (!answer) throw new NotFoundError(`No person with id '${request.params.id}'`);
      return answer;
    },
  );

  fastify.get(
    "/api/papers/:id/history",
    {
      schema: {
        tags: ["papers"],
        summary: "A paper's citations per year (in-graph and from the source)",
        params: PaperParams,
        response: { 200: HistorySchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const answer = await history.paper(request.params.id);
      if (!answer) throw new NotFoundError(`No paper with id '${request.params.id}'`);
      return answer;
    },
  );
};

export default historyRoutes;
