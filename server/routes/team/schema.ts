/** Request schema of GET /api/team; the response schema is the contract's (contract/schemas/team.ts). */
import { Type } from "@fastify/type-provider-typebox";

/** Team size bounds: two to compare, fifty keeps the bridge query inside the request budget for hubs. */
export const MIN_TEAM = 2;
export const MAX_TEAM = 50;

export const TeamQuery = Type.Object({
  people: Type.String({
    minLength: 1,
    maxLength: 30_000,
    description: `${MIN_TEAM}–${MAX_TEAM} distinct person keys (\`person:<id>\`), comma-separated`,
  }),
  bridges: Type.Integer({ minimum: 0, maximum: 50, default: 20, description: "most bridges listed and drawn" }),
});
