/**
 * Email-link sign-in and sign-out: POST /api/auth/email, GET /api/auth/verify, POST /api/auth/logout, and
 * GET /api/auth/options (which sign-in methods the server offers). ORCID lives in orcid.ts.
 */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@fastify/type-provider-typebox";
import {
  EmailSignInAcceptedSchema,
  EmailSignInRequestSchema,
  SignInOptionsSchema,
} from "../../../contract/schemas/auth.ts";
import { ERROR_RESPONSES, ErrorBodySchema } from "../../../contract/schemas/common.ts";
import { normaliseEmail } from "../../auth/email-address.ts";
import { safeNextPath } from "../../auth/next-path.ts";
import { signInLink, signInMail } from "../../auth/sign-in-mail.ts";
import { hashToken, randomToken } from "../../auth/tokens.ts";
import { BadParamError } from "../../errors.ts";
import { LOGIN_TOKEN_MINUTES } from "../../repositories/accounts.ts";
import { clearSessionCookie, signInRateLimit, writeRateLimit } from "../../plugins/session.ts";
import { startSession } from "./start-session.ts";
import { VerifyQuery, wantsHtml } from "./schema.ts";

const ACCEPTED = {
  message: "If the address can receive mail, a sign-in link is on its way. It works once, within 15 minutes.",
};

const authRoutes: FastifyPluginAsyncTypebox<{ publicUrl: string | null; orcid: boolean }> = async (
  fastify,
  { publicUrl, orcid },
) => {
  const { accounts } = fastify.repositories;

  fastify.get(
    "/api/auth/options",
    {
      schema: {
        tags: ["auth"],
        summary: "The sign-in methods this server offers",
        response: { 200: SignInOptionsSchema },
      },
    },
    async () => ({ email: true, orcid }),
  );

  fastify.post(
    "/api/auth/email",
    {
      // No session acts here, and the link goes only to the address's owner (see docs/ARCHITECTURE.md, Accounts).
      config: { csrf: false, rateLimit: signInRateLimit },
      schema: {
        tags: ["auth"],
        summary: "Mail a one-time sign-in link (always 202 with the same body: no account enumeration)",
        body: EmailSignInRequestSchema,
        response: { 202: EmailSignInAcceptedSchema, ...ERROR_RESPONSES, 429: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const email = normaliseEmail(request.body.email);
      if (!email) throw new BadParamError("`email` is not an email address");
      const token = randomToken();
      const created = await accounts.createLoginToken(hashToken(token), email, safeNextPath(request.body.next));
      // The same answer either way: whether mail went out says nothing about the address.
      if (!created) return reply.code(202).send(ACCEPTED);
      const link = signInLink(publicUrl ?? `${request.protocol}://${request.host}`, token);
      await fastify.mailer.send(signInMail(email, link, LOGIN_TOKEN_MINUTES));
      if (fastify.mailer.outbox) request.log.info({ to: email, link }, "sign-in link (no RGE_SMTP_URL: development)");
      return reply.code(202).send(ACCEPTED);
    },
  );

  fastify.get(
    "/api/auth/verify",
    {
      config: { rateLimit: signInRateLimit },
      schema: {
        tags: ["auth"],
        summary: "Follow a sign-in link: starts a new session (cookie) and redirects to where sign-in began",
        querystring: VerifyQuery,
        response: { 303: Type.Null(), ...ERROR_RESPONSES, 429: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const used = await accounts.consumeLoginToken(hashToken(request.query.token));
      if (!used) {
        if (wantsHtml(request.headers.accept)) return reply.redirect("/sign-in?error=link", 303);
        throw new BadParamError("This sign-in link is unknown, already used or expired: ask for a new one");
      }
      const user = await accounts.userByEmail(used.email);
      await startSession(request, reply, user.id);
      return reply.redirect(safeNextPath(used.next), 303);
    },
  );

  fastify.post(
    "/api/auth/logout",
    {
      config: { rateLimit: writeRateLimit },
      schema: {
        tags: ["auth"],
        summary: "Sign out: ends this session (204 also when already signed out)",
        response: { 204: Type.Null(), 403: ErrorBodySchema, 429: ErrorBodySchema, 503: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      if (request.session) await accounts.deleteSession(request.session.idHash);
      clearSessionCookie(request, reply);
      return reply.code(204).send(null);
    },
  );
};

export default authRoutes;
