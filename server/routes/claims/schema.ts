/** Request schemas of the claim routes (the answers are the contract's, contract/schemas/claims.ts). */
import { Type } from "@fastify/type-provider-typebox";
import { ClaimMethodSchema, ClaimStatusSchema } from "../../../contract/schemas/claims.ts";

export const ClaimParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });

export const ClaimBody = Type.Object(
  {
    method: ClaimMethodSchema,
    note: Type.String({ maxLength: 2000, default: "", description: "why this record is yours (read by moderators)" }),
  },
  { additionalProperties: false },
);

export const DecisionBody = Type.Object(
  {
    decision: Type.Union([Type.Literal("approve"), Type.Literal("reject"), Type.Literal("revoke")]),
    reason: Type.Optional(Type.String({ maxLength: 2000, description: "required to reject or revoke" })),
  },
  { additionalProperties: false },
);

export const QueueQuery = Type.Object({
  status: Type.Array(ClaimStatusSchema, { default: ["pending", "disputed"], minItems: 1, maxItems: 7 }),
});
