/** POST /api/works/batch: works by paper key, in the order asked (the bibliography export of a view). */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@fastify/type-provider-typebox";
import { parseNodeKey } from "../../../contract/keys.ts";
import { ERROR_RESPONSES } from "../../../contract/schemas/common.ts";
import { WORKS_BATCH_MAX, WorksBatchSchema } from "../../../contract/schemas/works-batch.ts";
import { BadParamError } from "../../errors.ts";

const WorksBatchBody = Type.Object({
  keys: Type.Array(Type.String({ minLength: 3, maxLength: 600 }), { maxItems: WORKS_BATCH_MAX }),
});

const worksRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { works } = fastify.repositories;

  // A POST because a view's papers do not fit in a URL; it reads only.
  fastify.post(
    "/api/works/batch",
    {
      // A read: nothing is done on behalf of the session, so no CSRF token is asked for (server/plugins/session.ts).
      config: { csrf: false },
      schema: {
        tags: ["papers"],
        summary: "Works (authors, title, year, venue, DOI) of a list of paper keys, in the order given",
        body: WorksBatchBody,
        response: { 200: WorksBatchSchema, ...ERROR_RESPONSES },
      },
    },
    async (request) => {
      const ids = request.body.keys.map((key) => {
        const ref = parseNodeKey(key);
        if (!ref || ref.kind !== "paper") throw new BadParamError(`keys: '${key.slice(0, 80)}' is not a paper key`);
        return ref.id;
      });
      return { items: await works.byIds(ids) };
    },
  );
};

export default worksRoutes;
