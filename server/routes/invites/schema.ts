/** Request schemas of the invite routes; responses are the contract's (contract/schemas/collaboration.ts). */
import { Type } from "@fastify/type-provider-typebox";
import { INVITE_MESSAGE_MAX } from "../../../contract/limits.ts";

export const InviteParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });

export const InviteBody = Type.Object(
  {
    message: Type.String({
      minLength: 1,
      maxLength: INVITE_MESSAGE_MAX,
      description: "plain text; shown to the recipient exactly as written, never as HTML",
    }),
  },
  { additionalProperties: false },
);
