/** GET /api/graph/slice (neighbourhood around any node) and GET|POST /api/graph/expand (paged neighbours of a node). */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { NotFoundError } from "../../errors.ts";
import { ERROR_RESPONSES } from "../../../contract/schemas/common.ts";
import { ExpansionSchema, SliceSchema } from "../../../contract/schemas/graph.ts";
import { nodeKindsParam, nodeListParam, nodeParam, yearRangeParam } from "./params.ts";
import { ExpandQuery, SliceQuery, type ExpandInput } from "./schema.ts";

const graphRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { neighbourhood, topicNames } = fastify.repositories;

  fastify.get(
    "/api/graph/slice",
    {
      schema: {
        tags: ["graph"],
        summary: "The ranked, capped neighbourhood of a node (depth 1 or 2) as a serialized graphology graph",
        querystring: SliceQuery,
        response: { 200: SliceSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { focus, depth, kinds, from, to, limit } = request.query;
      const ref = nodeParam("focus", focus);
      const slice = await neighbourhood.slice({
        focus: ref,
        depth: depth === 2 ? 2 : 1,
        kinds: nodeKindsParam("kinds", kinds),
        ...yearRangeParam(from, to),
        limit,
      });
      if (!slice) throw new NotFoundError(`No node '${focus}'`);
      return topicNames.nameCoauthorTopics(slice);
    },
  );

  async function expand(query: ExpandInput) {
    const { node, kinds, exclude, limit, offset } = query;
    const expanded = await neighbourhood.expand({
      node: nodeParam("node", node),
      kinds: nodeKindsParam("kinds", kinds),
      exclude: nodeListParam("exclude", exclude),
      limit,
      offset,
    });
    if (!expanded) throw new NotFoundError(`No node '${node}'`);
    return topicNames.nameCoauthorTopics(expanded);
  }

  fastify.get(
    "/api/graph/expand",
    {
      schema: {
        tags: ["graph"],
        summary: "A node's next ranked neighbours that are not shown yet (pageable)",
        querystring: ExpandQuery,
        response: { 200: ExpansionSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => expand(request.query),
  );

  // The same with a JSON body: a long `exclude` list does not fit in a URL (Node's 16 KB header limit).
  fastify.post(
    "/api/graph/expand",
    {
      // A read sent as POST: it changes nothing, so it needs no CSRF token (server/plugins/session.ts).
      config: { csrf: false },
      schema: {
        tags: ["graph"],
        summary: "As GET /api/graph/expand, parameters in a JSON body (for long exclude lists)",
        body: ExpandQuery,
        response: { 200: ExpansionSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => expand(request.body),
  );
};

export default graphRoutes;
