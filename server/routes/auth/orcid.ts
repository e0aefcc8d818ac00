/**
 * ORCID sign-in (OpenID Connect): GET /api/auth/orcid leaves for the provider, GET /api/auth/orcid/callback comes
 * back. Signed out, the ORCID iD signs in its user (created on first use); signed in, it is linked to the current
 * user (an authenticated ORCID iD is the strongest claim evidence). State, nonce and PKCE verifier wait in an
 * HttpOnly cookie scoped to these two routes, so any API process can finish what another started.
 */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { Type } from "@fastify/type-provider-typebox";
import type { FastifyReply, FastifyRequest } from "fastify";
import type { OrcidConfig } from "../../../config/index.ts";
import { ERROR_RESPONSES, ErrorBodySchema } from "../../../contract/schemas/common.ts";
import { safeNextPath } from "../../auth/next-path.ts";
import { createOrcidClient, type OidcChecks } from "../../auth/oidc.ts";
import { BadParamError, ConflictError, NotFoundError } from "../../errors.ts";
import { signInRateLimit } from "../../plugins/session.ts";
import { wantsHtml } from "./schema.ts";
import { startSession } from "./start-session.ts";

const CHECKS_COOKIE = "rge_oidc";
const CHECKS_PATH = "/api/auth/orcid";
const CHECKS_SECONDS = 600;

const StartQuery = Type.Object({ next: Type.Optional(Type.String({ maxLength: 2000 })) });
const CallbackQuery = Type.Object(
  {
    code: Type.Optional(Type.String({ maxLength: 2000 })),
    state: Type.Optional(Type.String({ maxLength: 500 })),
    error: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: true },
);

function readChecks(raw: string | undefined): OidcChecks | null {
  if (!raw) return null;
  try {
    const value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Partial<OidcChecks>;
    const fields = [value.state, value.nonce, value.verifier, value.next];
    return fields.every((field) => typeof field === "string") ? (value as OidcChecks) : null;
  } catch {
    return null;
  }
}

/** A failed ORCID sign-in: a browser goes back to the sign-in page saying so; an API client gets the error. */
function refuse(request: FastifyRequest, reply: FastifyReply, error: Error, reason: string) {
  reply.clearCookie(CHECKS_COOKIE, { path: CHECKS_PATH });
  if (wantsHtml(request.headers.accept)) return reply.redirect(`/sign-in?error=${reason}`, 303);
  throw error;
}

const orcidRoutes: FastifyPluginAsyncTypebox<{ orcid: OrcidConfig | null; publicUrl: string | null }> = async (
  fastify,
  { orcid, publicUrl },
) => {
  const client = orcid ? createOrcidClient(orcid) : null;
  const { accounts } = fastify.repositories;
  const callbackUrl = (request: FastifyRequest) =>
    `${publicUrl ?? `${request.protocol}://${request.host}`}${CHECKS_PATH}/callback`;
  const notConfigured = () => new NotFoundError("ORCID sign-in is not configured on this server");

  fastify.get(
    CHECKS_PATH,
    {
      config: { rateLimit: signInRateLimit },
      schema: {
        tags: ["auth"],
        summary: "Sign in with ORCID (OpenID Connect): redirects to the provider; `next` is where sign-in lands",
        querystring: StartQuery,
        response: { 303: Type.Null(), ...ERROR_RESPONSES, 429: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      if (!client) throw notConfigured();
      const { url, checks } = await client.start(callbackUrl(request), safeNextPath(request.query.next));
      reply.setCookie(CHECKS_COOKIE, Buffer.from(JSON.stringify(checks)).toString("base64url"), {
        httpOnly: true,
        sameSite: "lax",
        path: CHECKS_PATH,
        secure: request.protocol === "https",
        maxAge: CHECKS_SECONDS,
      });
      return reply.redirect(url.href, 303);
    },
  );

  fastify.get(
    `${CHECKS_PATH}/callback`,
    {
      config: { rateLimit: signInRateLimit },
      schema: {
        tags: ["auth"],
        summary: "The provider's redirect back: verifies the id token, signs in (or links the ORCID iD), redirects",
        querystring: CallbackQuery,
        response: { 303: Type.Null(), ...ERROR_RESPONSES, 409: ErrorBodySchema, 429: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      if (!client) throw notConfigured();
      const checks = readChecks(request.cookies[CHECKS_COOKIE]);
      if (!checks || request.query.error) {
        const why = request.query.error
          ? `ORCID answered '${request.query.error}'`
          : "no ORCID sign-in was started here";
        return refuse(request, reply, new BadParamError(`ORCID sign-in failed: ${why}`), "orcid");
      }
      let orcidId: string;
      try {
        const search = new URL(request.url, "http://callback.invalid").search;
        orcidId = await client.finish(new URL(`${callbackUrl(request)}${search}`), checks);
      } catch (error) {
        request.log.info({ err: error }, "ORCID sign-in refused");
        return refuse(request, reply, new BadParamError("ORCID sign-in failed: the answer did not verify"), "orcid");
      }
      let userId: string;
      if (request.user) {
        const linked = await accounts.linkOrcid(request.user.id, orcidId);
        if (linked !== "linked") {
          const message =
            linked === "taken"
              ? "This ORCID iD is linked to another account"
              : "Your account is linked to another ORCID iD";
          return refuse(request, reply, new ConflictError(message), `orcid-${linked}`);
        }
        userId = request.user.id;
      } else {
        userId = (await accounts.userByOrcid(orcidId)).id;
      }
      reply.clearCookie(CHECKS_COOKIE, { path: CHECKS_PATH });
      await startSession(request, reply, userId);
      // Checked when it was stored, and again here: the cookie came back from the browser.
      return reply.redirect(safeNextPath(checks.next), 303);
    },
  );
};

export default orcidRoutes;
