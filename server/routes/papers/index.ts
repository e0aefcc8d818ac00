/** GET /api/papers/:id: a paper with authors, topics, venue, references and citing works. */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { NotFoundError } from "../../errors.ts";
import { ERROR_RESPONSES } from "../../../contract/schemas/common.ts";
import { PaperSchema } from "../../../contract/schemas/papers.ts";
import { PaperParams } from "./schema.ts";

const paperRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { papers } = fastify.repositories;

  fastify.get(
    "/api/papers/:id",
    {
      schema: {
        tags: ["papers"],
        summary: "A paper with its authors, topics, venue, references and citing works",
        params: PaperParams,
        response: { 200: PaperSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const paper = await papers.paper(request.params.id);
      if (!paper) throw new NotFoundError(`No paper with id '${request.params.id}'`);
      return paper;
    },
  );
};

export default paperRoutes;
