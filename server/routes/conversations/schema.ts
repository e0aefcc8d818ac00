/** Request schemas of the conversation routes; responses are the contract's (contract/schemas/collaboration.ts). */
import { Type } from "@fastify/type-provider-typebox";
import { MESSAGE_BODY_MAX } from "../../../contract/limits.ts";

export const ConversationParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });

export const MessagesQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: 500, default: 200, description: "latest messages returned" }),
});

export const MessageBody = Type.Object(
  { body: Type.String({ minLength: 1, maxLength: MESSAGE_BODY_MAX, description: "plain text" }) },
  { additionalProperties: false },
);
