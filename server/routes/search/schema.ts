/** TypeBox schemas of /api/search. */
import { Type } from "@fastify/type-provider-typebox";
import { NodeKindSchema } from "../shared-schemas.ts";

export const SearchQuery = Type.Object({
  q: Type.String({ maxLength: 500, default: "", description: "free text; Lucene syntax is not interpreted" }),
  kinds: Type.Optional(Type.String({ maxLength: 200, description: "comma-separated node kinds" })),
  limit: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
});

export const SearchSchema = Type.Object({
  query: Type.String(),
  results: Type.Array(
    Type.Object({
      key: Type.String(),
      kind: NodeKindSchema,
      id: Type.String(),
      label: Type.String(),
      subtitle: Type.String(),
      score: Type.Number(),
    }),
  ),
});
