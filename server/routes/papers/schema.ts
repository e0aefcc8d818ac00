/** Request schemas of /api/papers/:id and /:id/graph; the responses are the contract's (contract/schemas/). */
import { Type } from "@fastify/type-provider-typebox";

export const PaperParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 500 }) });

/** How many works of each side the paper graph shows: the most relevant first; "show more" asks for more. */
export const PAPER_GRAPH_SIDE_DEFAULT = 12;
export const PAPER_GRAPH_SIDE_MAX = 200;

export const PaperGraphQuery = Type.Object({
  references: Type.Integer({ minimum: 0, maximum: PAPER_GRAPH_SIDE_MAX, default: PAPER_GRAPH_SIDE_DEFAULT }),
  citing: Type.Integer({ minimum: 0, maximum: PAPER_GRAPH_SIDE_MAX, default: PAPER_GRAPH_SIDE_DEFAULT }),
});
