/**
 * Collaboration invites: POST /api/people/:id/invites, GET /api/me/invites, POST /api/invites/:id/accept|decline|block.
 * Signed-in users only; every object is checked against the session's user in the repository's statements.
 */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { FastifyReply } from "fastify";
import { ACCOUNT_ERROR_RESPONSES } from "../../../contract/schemas/common.ts";
import { InviteSchema, InvitesSchema } from "../../../contract/schemas/collaboration.ts";
import { BadParamError, ConflictError, ForbiddenError, InviteCapError, NotFoundError } from "../../errors.ts";
import { requireUser, writeRateLimit } from "../../plugins/session.ts";
import { plainText, type InviteRefusal } from "../../graph/collaboration.ts";
import type { Answer, AnswerRefusal } from "../../repositories/invites.ts";
import { PersonParams } from "../people/schema.ts";
import { InviteBody, InviteParams } from "./schema.ts";

/** The error a refused invite answers with (the cap also says when to come back). */
function refusalError(refusal: InviteRefusal, personId: string, reply: FastifyReply, perDay: number): Error {
  switch (refusal.kind) {
    case "not-found":
      return new NotFoundError(`No person with id '${personId}'`);
    case "sender-unclaimed":
      return new ForbiddenError("Claim your own author profile before inviting others");
    case "person-unclaimed":
      return new ConflictError("Nobody has claimed this profile yet: only claimed profiles can be invited");
    case "self":
      return new ConflictError("This is your own profile");
    case "pending-out":
      return new ConflictError("You already have an invite waiting for this person's answer");
    case "pending-in":
      return new ConflictError("This person has already invited you: answer their invite in your inbox");
    case "talking":
      return new ConflictError("You already have an open conversation with this person");
    case "cap":
      reply.header("retry-after", String(refusal.retryAfterSeconds));
      return new InviteCapError(perDay, refusal.retryAfterSeconds);
  }
}

function answerError(refusal: AnswerRefusal, inviteId: string): Error {
  if (refusal === "not-found") return new NotFoundError(`No invite with id '${inviteId}'`);
  if (refusal === "forbidden") return new ForbiddenError("Only the invite's recipient can answer it");
  return new ConflictError("This invite has already been answered");
}

const inviteRoutes: FastifyPluginAsyncTypebox<{ perDay: number }> = async (fastify, { perDay }) => {
  const { invites } = fastify.repositories;

  fastify.post(
    "/api/people/:id/invites",
    {
      preHandler: requireUser,
      config: { rateLimit: writeRateLimit },
      schema: {
        tags: ["collaboration"],
        summary: "Invite the person who claimed this profile to collaborate (you need a claimed profile too)",
        params: PersonParams,
        body: InviteBody,
        response: { 201: InviteSchema, ...ACCOUNT_ERROR_RESPONSES },
      },
    },
    async (request, reply) => {
      const message = plainText(request.body.message);
      if (message === "") throw new BadParamError("The message is empty");
      const result = await invites.send(request.user!.id, request.params.id, message);
      if ("refused" in result) throw refusalError(result.refused, request.params.id, reply, perDay);
      return reply.code(201).send(result.sent);
    },
  );

  fastify.get(
    "/api/me/invites",
    {
      preHandler: requireUser,
      schema: {
        tags: ["collaboration"],
        summary: "Your received and sent invites, newest first",
        response: { 200: InvitesSchema, ...ACCOUNT_ERROR_RESPONSES },
      },
    },
    async (request) => invites.list(request.user!.id),
  );

  for (const answer of ["accept", "decline", "block"] as const satisfies readonly Answer[]) {
    fastify.post(
      `/api/invites/:id/${answer}`,
      {
        preHandler: requireUser,
        config: { rateLimit: writeRateLimit },
        schema: {
          tags: ["collaboration"],
          summary: {
            accept: "Accept an invite: opens a conversation between the two of you",
            decline: "Decline an invite",
            block: "Decline an invite and block its sender: their later invites never reach you (they are not told)",
          }[answer],
          params: InviteParams,
          response: { 200: InviteSchema, ...ACCOUNT_ERROR_RESPONSES },
        },
      },
      async (request) => {
        const userId = request.user!.id;
        const result = await invites.answer(userId, request.params.id, answer);
        if ("refused" in result) throw answerError(result.refused, request.params.id);
        const invite = (await invites.list(userId)).received.find((item) => item.id === request.params.id);
        if (!invite) throw new NotFoundError(`No invite with id '${request.params.id}'`);
        return invite;
      },
    );
  }
};

export default inviteRoutes;
