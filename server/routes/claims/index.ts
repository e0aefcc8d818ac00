/**
 * Claims of author records (docs/CLAIMS.md): file one, list one's own, withdraw one's own; moderators list the queue
 * and decide. Every route checks on the server who may act on which object: the claimant alone withdraws, moderators
 * alone list and decide (RGE_MODERATOR_EMAILS).
 */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import {
  ClaimFiledSchema,
  ClaimListSchema,
  ClaimQueueSchema,
  DecisionSchema,
} from "../../../contract/schemas/claims.ts";
import { BadParamError, ConflictError, ForbiddenError, NotFoundError } from "../../errors.ts";
import { requireModerator, requireUser, writeRateLimit } from "../../plugins/session.ts";
import { USER_ERRORS } from "../follows/index.ts";
import { PersonParams } from "../people/schema.ts";
import { ClaimBody, ClaimParams, DecisionBody, QueueQuery } from "./schema.ts";

const claimRoutes: FastifyPluginAsyncTypebox = async (fastify) => {
  const { claims } = fastify.repositories;
  const write = { config: { rateLimit: writeRateLimit } };

  fastify.post(
    "/api/people/:id/claims",
    {
      ...write,
      preHandler: requireUser,
      schema: {
        tags: ["claims"],
        summary: "Claim this author record with evidence: an ORCID match is approved at once, others wait for review",
        params: PersonParams,
        body: ClaimBody,
        response: { 201: ClaimFiledSchema, ...USER_ERRORS },
      },
    },
    async (request, reply) => {
      const { method, note } = request.body;
      const result = await claims.file(request.user!, request.params.id, method, note.trim());
      if (result.outcome === "no-person") throw new NotFoundError(`No person with id '${request.params.id}'`);
      if (result.outcome === "duplicate")
        throw new ConflictError("You already have an open claim on this profile; withdraw it to file another");
      if (result.outcome === "disputed")
        throw new ConflictError(
          `This profile is already claimed. Your claim ${result.id} was filed as a dispute for the moderators to review`,
        );
      const { id, status, assessment } = result;
      reply.header("cache-control", "no-store");
      return reply.code(201).send({ id, status, level: assessment.level, evidence: assessment.evidence });
    },
  );

  fastify.get(
    "/api/me/claims",
    {
      preHandler: requireUser,
      schema: {
        tags: ["claims"],
        summary: "The signed-in user's claims, newest first",
        response: { 200: ClaimListSchema, ...USER_ERRORS },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      return { items: await claims.mine(request.user!.id) };
    },
  );

  fastify.delete(
    "/api/claims/:id",
    {
      ...write,
      preHandler: requireUser,
      schema: {
        tags: ["claims"],
        summary: "Withdraw one's own open claim (a namesake claimed by mistake)",
        params: ClaimParams,
        response: { 200: DecisionSchema, ...USER_ERRORS },
      },
    },
    async (request) => {
      const result = await claims.withdraw(request.params.id, request.user!.id);
      if (!result) throw new NotFoundError(`No claim with id '${request.params.id}'`);
      if (!result.own) throw new ForbiddenError("Only the claimant can withdraw a claim");
      if (!["pending", "claimed", "disputed"].includes(result.before))
        throw new ConflictError(`The claim is ${result.before}; only an open claim can be withdrawn`);
      return { id: request.params.id, status: "withdrawn" as const };
    },
  );

  fastify.get(
    "/api/claims",
    {
      preHandler: requireModerator,
      schema: {
        tags: ["claims"],
        summary: "Moderators: claims by status (pending and disputed by default), oldest first, with their evidence",
        querystring: QueueQuery,
        response: { 200: ClaimQueueSchema, ...USER_ERRORS },
      },
    },
    async (request, reply) => {
      reply.header("cache-control", "no-store");
      return { items: await claims.queue(request.query.status) };
    },
  );

  fastify.post(
    "/api/claims/:id/decision",
    {
      ...write,
      preHandler: requireModerator,
      schema: {
        tags: ["claims"],
        summary: "Moderators: approve (L4), reject with a reason, or revoke a claim",
        params: ClaimParams,
        body: DecisionBody,
        response: { 200: DecisionSchema, ...USER_ERRORS },
      },
    },
    async (request) => {
      const { decision } = request.body;
      const reason = request.body.reason?.trim() || null;
      if (decision !== "approve" && !reason)
        throw new BadParamError(`A reason is needed to ${decision} a claim (the claimant reads it)`);
      const result = await claims.decide(request.params.id, decision, reason, request.user!.id);
      if (result.outcome === "no-claim") throw new NotFoundError(`No claim with id '${request.params.id}'`);
      if (result.outcome === "held-elsewhere")
        throw new ConflictError("Another claim on this profile is approved; revoke it first");
      if (result.outcome === "not-allowed")
        throw new ConflictError(
          `A ${result.status} claim cannot be ${decision === "approve" ? "claimed" : `${decision}d`}`,
        );
      return { id: request.params.id, status: result.status };
    },
  );
};

export default claimRoutes;
