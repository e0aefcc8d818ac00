/**
 * GET /api/me (the signed-in user, their claimed profile, unread invites, the CSRF token), GET /api/auth/session (the
 * same or null, for pages that ask whether anyone is signed in) and DELETE /api/me.
 */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@fastify/type-provider-typebox";
import type { FastifyReply, FastifyRequest } from "fastify";
import { MeSchema, SessionStateSchema, type Me } from "../../../contract/schemas/auth.ts";
import { ErrorBodySchema } from "../../../contract/schemas/common.ts";
import { clearSessionCookie, requireUser, writeRateLimit } from "../../plugins/session.ts";

const AUTH_ERRORS = { 401: ErrorBodySchema, 403: ErrorBodySchema, 429: ErrorBodySchema, 503: ErrorBodySchema };

const meRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { accounts } = fastify.repositories;

  /** The signed-in user's Me, or null; per-user data, so never from a shared cache. */
  const meOf = async (request: FastifyRequest, reply: FastifyReply): Promise<Me | null> => {
    reply.header("cache-control", "no-store");
    const { user, session } = request;
    if (!user || !session) return null;
    const extras = await accounts.meExtras(user.id);
    return {
      user: { id: user.id, email: user.email, orcid: user.orcid },
      isModerator: user.isModerator,
      csrfToken: session.csrfToken,
      ...extras,
    };
  };

  fastify.get(
    "/api/me",
    {
      preHandler: requireUser,
      schema: {
        tags: ["auth"],
        summary: "The signed-in user: claimed profile and level, unread invites, the CSRF token for writes",
        response: { 200: MeSchema, ...AUTH_ERRORS },
      },
    },
    async (request, reply) => (await meOf(request, reply))!,
  );

  fastify.get(
    "/api/auth/session",
    {
      schema: {
        tags: ["auth"],
        summary: "Who is signed in: GET /api/me's answer, or `me: null` when signed out (200 either way)",
        response: { 200: SessionStateSchema, 503: ErrorBodySchema },
      },
    },
    async (request, reply) => ({ me: await meOf(request, reply) }),
  );

  fastify.delete(
    "/api/me",
    {
      preHandler: requireUser,
      config: { rateLimit: writeRateLimit },
      schema: {
        tags: ["auth"],
        summary:
          "Delete the account: all sessions end; follows, invites, messages, conversation memberships and blocks go; claims are released",
        response: { 204: Type.Null(), ...AUTH_ERRORS },
      },
    },
    async (request, reply) => {
      await accounts.deleteAccount(request.user!.id);
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );
};

export default meRoutes;
