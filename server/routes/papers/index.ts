/**
 * GET /api/papers/:id: a paper with authors, topics, venue, references and citing works; GET /api/papers/:id/graph:
 * the paper between its references and citing works, ranked by relevance (co-citation + bibliographic coupling).
 */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { NotFoundError } from "../../errors.ts";
import { ERROR_RESPONSES } from "../../../contract/schemas/common.ts";
import { PaperGraphSchema } from "../../../contract/schemas/paper-graph.ts";
import { PaperSchema } from "../../../contract/schemas/papers.ts";
import { PaperGraphQuery, PaperParams } from "./schema.ts";

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

  fastify.get(
    "/api/papers/:id/graph",
    {
      schema: {
        tags: ["papers"],
        summary:
          "The paper between the works it cites and the works citing it, each side ranked by co-citation + bibliographic coupling",
        params: PaperParams,
        querystring: PaperGraphQuery,
        response: { 200: PaperGraphSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const graph = await papers.graph(request.params.id, request.query);
      if (!graph) throw new NotFoundError(`No paper with id '${request.params.id}'`);
      return graph;
    },
  );
};

export default paperRoutes;
