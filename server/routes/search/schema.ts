/** Request schema of /api/search; the response schema is the contract's (contract/schemas/search.ts). */
import { Type } from "@fastify/type-provider-typebox";

export const SearchQuery = Type.Object({
  q: Type.String({ maxLength: 500, default: "", description: "free text; Lucene syntax is not interpreted" }),
  kinds: Type.Optional(Type.String({ maxLength: 200, description: "comma-separated node kinds" })),
  limit: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
});
