/**
 * Conversations between people whose invite was accepted: GET /api/conversations, GET|POST
 * /api/conversations/:id/messages, POST /api/conversations/:id/leave. Participants only (403 for anyone else).
 */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { ACCOUNT_ERROR_RESPONSES } from "../../../contract/schemas/common.ts";
import { ConversationsSchema, MessageSchema, MessagesSchema } from "../../../contract/schemas/collaboration.ts";
import { BadParamError, ConflictError, ForbiddenError, NotFoundError } from "../../errors.ts";
import { requireUser, writeRateLimit } from "../../plugins/session.ts";
import { plainText } from "../../graph/collaboration.ts";
import type { Access } from "../../repositories/conversations.ts";
import { ConversationParams, MessageBody, MessagesQuery } from "./schema.ts";

function accessError(access: Exclude<Access, "ok">, id: string): Error {
  return access === "not-found"
    ? new NotFoundError(`No conversation with id '${id}'`)
    : new ForbiddenError("Only the conversation's participants can read or write in it");
}

const conversationRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { conversations } = fastify.repositories;

  fastify.get(
    "/api/conversations",
    {
      preHandler: requireUser,
      schema: {
        tags: ["collaboration"],
        summary: "Your conversations, latest activity first, with unread counts",
        response: { 200: ConversationsSchema, ...ACCOUNT_ERROR_RESPONSES },
      },
    },
    async (request) => conversations.list(request.user!.id),
  );

  fastify.get(
    "/api/conversations/:id/messages",
    {
      preHandler: requireUser,
      schema: {
        tags: ["collaboration"],
        summary: "A conversation's latest messages, newest last (marks it read)",
        params: ConversationParams,
        querystring: MessagesQuery,
        response: { 200: MessagesSchema, ...ACCOUNT_ERROR_RESPONSES },
      },
    },
    async (request) => {
      const userId = request.user!.id;
      const access = await conversations.access(userId, request.params.id);
      if (access !== "ok") throw accessError(access, request.params.id);
      const messages = await conversations.read(userId, request.params.id, request.query.limit);
      if (!messages) throw accessError("forbidden", request.params.id);
      return messages;
    },
  );

  fastify.post(
    "/api/conversations/:id/messages",
    {
      preHandler: requireUser,
      config: { rateLimit: writeRateLimit },
      schema: {
        tags: ["collaboration"],
        summary: "Write in a conversation (until one of you leaves it)",
        params: ConversationParams,
        body: MessageBody,
        response: { 201: MessageSchema, ...ACCOUNT_ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const userId = request.user!.id;
      const body = plainText(request.body.body);
      if (body === "") throw new BadParamError("The message is empty");
      const access = await conversations.access(userId, request.params.id);
      if (access !== "ok") throw accessError(access, request.params.id);
      const message = await conversations.post(userId, request.params.id, body);
      if (!message) throw new ConflictError("This conversation is closed: one of you left it");
      return reply.code(201).send(message);
    },
  );

  fastify.post(
    "/api/conversations/:id/leave",
    {
      preHandler: requireUser,
      config: { rateLimit: writeRateLimit },
      schema: {
        tags: ["collaboration"],
        summary: "Leave a conversation: it closes for both; the other person keeps its history",
        params: ConversationParams,
        response: { 204: { type: "null" }, ...ACCOUNT_ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const userId = request.user!.id;
      const access = await conversations.access(userId, request.params.id);
      if (access === "not-found") throw accessError(access, request.params.id);
      if (!(await conversations.leave(userId, request.params.id))) throw accessError("forbidden", request.params.id);
      return reply.code(204).send(null);
    },
  );
};

export default conversationRoutes;
