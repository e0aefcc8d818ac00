/** GET /api/graph/path: "how am I connected to X", over the relationship kinds the client allows. */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { NotFoundError } from "../../errors.ts";
import type { EdgeKind } from "../../../contract/kinds.ts";
import { ERROR_RESPONSES } from "../../../contract/schemas/common.ts";
import { PathResultSchema } from "../../../contract/schemas/graph.ts";
import { edgeKindsParam, nodeParam } from "./params.ts";
import { PathQuery } from "./schema.ts";

/** Without `via`: links between people and works, not topic or venue hubs that connect almost everything in 2 hops. */
export const DEFAULT_PATH_KINDS: readonly EdgeKind[] = ["coauthor", "authored", "cites", "affiliated_with"];

const pathRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { paths } = fastify.repositories;

  fastify.get(
    "/api/graph/path",
    {
      schema: {
        tags: ["graph"],
        summary:
          "The shortest path (any length) and the k shortest loopless paths between two nodes over chosen relationship kinds",
        querystring: PathQuery,
        response: { 200: PathResultSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const { from, to, via, k } = request.query;
      const kinds = edgeKindsParam("via", via, DEFAULT_PATH_KINDS);
      const { result, missing } = await paths.shortest(nodeParam("from", from), nodeParam("to", to), kinds, k);
      if (!result) throw new NotFoundError(`No node '${missing === "from" ? from : to}' (${missing})`);
      return result;
    },
  );
};

export default pathRoutes;
