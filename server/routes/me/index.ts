/** GET /api/me (the signed-in user, their claimed profile, unread invites, the CSRF token) and DELETE /api/me. */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@fastify/type-provider-typebox";
import { MeSchema } from "../../../contract/schemas/auth.ts";
import { ErrorBodySchema } from "../../../contract/schemas/common.ts";
import { clearSessionCookie, requireUser, writeRateLimit } from "../../plugins/session.ts";

const AUTH_ERRORS = { 401: ErrorBodySchema, 403: ErrorBodySchema, 429: ErrorBodySchema, 503: ErrorBodySchema };

const meRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { accounts } = fastify.repositories;

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
    async (request, reply) => {
      const user = request.user!;
      const extras = await accounts.meExtras(user.id);
      // Per-user data: never from a shared cache.
      reply.header("cache-control", "no-store");
      return {
        user: { id: user.id, email: user.email, orcid: user.orcid },
        isModerator: user.isModerator,
        csrfToken: request.session!.csrfToken,
        ...extras,
      };
    },
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
