/**
 * PUT|DELETE /api/people/:id/follow (idempotent), GET /api/me/following (what imports brought since the user last
 * looked) and POST /api/me/following/seen (the page records that it was looked at). All need a signed-in user; the
 * writes need the CSRF token (server/plugins/session.ts) and are rate limited.
 */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@fastify/type-provider-typebox";
import { ErrorBodySchema } from "../../../contract/schemas/common.ts";
import { FollowingSchema, FollowStateSchema, SeenSchema } from "../../../contract/schemas/follows.ts";
import { NotFoundError } from "../../errors.ts";
import { requireUser, writeRateLimit } from "../../plugins/session.ts";
import { PersonParams } from "../people/schema.ts";

/** The error answers of a signed-in route. */
export const USER_ERRORS = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  409: ErrorBodySchema,
  429: ErrorBodySchema,
  503: ErrorBodySchema,
} as const;

const SeenBody = Type.Object(
  {
    asOf: Type.String({ format: "date-time", description: "the `asOf` of the GET /api/me/following answer shown" }),
    personId: Type.Optional(Type.String({ minLength: 1, maxLength: 500, description: "one followed person only" })),
  },
  { additionalProperties: false },
);

const followRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { follows } = fastify.repositories;
  const write = { preHandler: requireUser, config: { rateLimit: writeRateLimit } };

  fastify.put(
    "/api/people/:id/follow",
    {
      ...write,
      schema: {
        tags: ["follows"],
        summary: "Follow a researcher (idempotent)",
        params: PersonParams,
        response: { 200: FollowStateSchema, ...USER_ERRORS },
      },
    },
    async (request) => {
      const state = await follows.follow(request.user!.id, request.params.id);
      if (!state) throw new NotFoundError(`No person with id '${request.params.id}'`);
      return state;
    },
  );

  fastify.delete(
    "/api/people/:id/follow",
    {
      ...write,
      schema: {
        tags: ["follows"],
        summary: "Stop following a researcher (idempotent)",
        params: PersonParams,
        response: { 200: FollowStateSchema, ...USER_ERRORS },
      },
    },
    async (request) => {
      const state = await follows.unfollow(request.user!.id, request.params.id);
      if (!state) throw new NotFoundError(`No person with id '${request.params.id}'`);
      return state;
    },
  );

  fastify.get(
    "/api/me/following",
    {
      preHandler: requireUser,
      schema: {
        tags: ["follows"],
        summary: "Followed researchers with the new works and co-authors imports brought since the user last looked",
        response: { 200: FollowingSchema, ...USER_ERRORS },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      return follows.following(request.user!.id);
    },
  );

  fastify.post(
    "/api/me/following/seen",
    {
      ...write,
      schema: {
        tags: ["follows"],
        summary: "Mark what the Following page showed (up to its asOf) as seen",
        body: SeenBody,
        response: { 200: SeenSchema, ...USER_ERRORS },
      },
    },
    async (request) => {
      const { asOf, personId } = request.body;
      return { updated: await follows.markSeen(request.user!.id, asOf, personId ?? null) };
    },
  );
};

export default followRoutes;
