/** Request schemas of /api/people/*; the response schemas are the contract's (contract/schemas/people.ts, works.ts). */
import { Type } from "@fastify/type-provider-typebox";
import { WorkSortSchema } from "../../../contract/schemas/works.ts";

export const PersonParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 500 }) });

export const WorksQuery = Type.Object({
  sort: Type.Union(WorkSortSchema.anyOf, { default: "year" }),
  offset: Type.Integer({ minimum: 0, maximum: 100_000, default: 0 }),
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
});

export const SuggestQuery = Type.Object({
  topic: Type.Optional(Type.String({ minLength: 1, maxLength: 300, description: "topic id or key to focus on" })),
  limit: Type.Integer({ minimum: 1, maximum: 50, default: 10 }),
});

export const FitQuery = Type.Object({
  with: Type.String({ minLength: 1, maxLength: 500, description: "the other person's id or key" }),
});
