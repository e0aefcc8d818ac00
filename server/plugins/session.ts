/**
 * Sessions (stored in Neo4j, so any number of API processes share them), `request.user`, CSRF, and the preHandlers and
 * rate limits routes use to guard writes.
 *
 * - The cookie `rge_session` holds a random id (256 bits); Neo4j keeps only its sha256 with the user and a CSRF token.
 *   HttpOnly, SameSite=Lax, Path=/, Secure when the request came over HTTPS (behind a proxy: RGE_TRUST_PROXY).
 * - Every request under /api/ that carries the cookie has its session looked up (one indexed read, inside the
 *   admission slot: admission's preHandler runs first); `request.user` is the signed-in user or null.
 * - CSRF: a state-changing request (POST, PUT, PATCH, DELETE under /api/) from a signed-in session must send the
 *   session's token in `x-csrf-token`, else 403 RGE_CSRF. A route opts out with `config: { csrf: false }` only when
 *   it does nothing on behalf of the session (sign-in requests; reads sent as POST).
 */
import fastifyCookie from "@fastify/cookie";
import type { FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { hashToken, sameSecret } from "../auth/tokens.ts";
import { CsrfError, ForbiddenError, UnauthenticatedError } from "../errors.ts";

export const SESSION_COOKIE = "rge_session";
export const CSRF_HEADER = "x-csrf-token";

/** The signed-in user as routes see it. */
export interface SessionUser {
  id: string;
  email: string | null;
  orcid: string | null;
  /** The email is listed in RGE_MODERATOR_EMAILS. */
  isModerator: boolean;
}

/** The session behind `request.user`: the stored hash of its id and its CSRF token. */
export interface SessionState {
  idHash: string;
  csrfToken: string;
}

declare module "fastify" {
  interface FastifyRequest {
    /** The signed-in user, or null (signed out, or the session ended or expired). */
    user: SessionUser | null;
    session: SessionState | null;
  }
  interface FastifyInstance {
    sessions: SessionSettings;
  }
  interface FastifyContextConfig {
    /** false: this state-changing route needs no CSRF token (it acts for no session). */
    csrf?: boolean;
  }
}

export interface SessionSettings {
  days: number;
  moderatorEmails: ReadonlySet<string>;
  signInPerMinute: number;
  writesPerMinute: number;
}

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** preHandler: 401 RGE_UNAUTHENTICATED unless signed in. */
export async function requireUser(request: FastifyRequest): Promise<void> {
  if (!request.user) throw new UnauthenticatedError();
}

/** preHandler: 401 signed out, 403 RGE_FORBIDDEN signed in without being a moderator. */
export async function requireModerator(request: FastifyRequest): Promise<void> {
  if (!request.user) throw new UnauthenticatedError();
  if (!request.user.isModerator) throw new ForbiddenError("Only moderators can do this");
}

/**
 * Rate limit of a state-changing route (`config: { rateLimit: writeRateLimit }`): RGE_WRITE_RATE_LIMIT_PER_MINUTE per
 * client IP and route; past it 429 RGE_RATE_LIMITED with Retry-After.
 */
export const writeRateLimit = {
  max: (request: FastifyRequest) => request.server.sessions.writesPerMinute,
  timeWindow: 60_000,
};

/** The stricter limit of the sign-in routes (RGE_SIGN_IN_RATE_LIMIT_PER_MINUTE per client IP and route). */
export const signInRateLimit = {
  max: (request: FastifyRequest) => request.server.sessions.signInPerMinute,
  timeWindow: 60_000,
};

/** Sets the session cookie (a new id at every sign-in). */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, sessionId: string): void {
  reply.setCookie(SESSION_COOKIE, sessionId, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: request.protocol === "https",
    maxAge: request.server.sessions.days * 24 * 60 * 60,
  });
}

/** Removes the session cookie from the browser (sign-out, account deletion). */
export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: request.protocol === "https",
  });
}

export default fp<{ days: number; moderatorEmails: string[]; signInPerMinute: number; writesPerMinute: number }>(
  async (fastify, options) => {
    await fastify.register(fastifyCookie);
    fastify.decorate("sessions", { ...options, moderatorEmails: new Set(options.moderatorEmails) });
    fastify.decorateRequest("user", null);
    fastify.decorateRequest("session", null);
    const { accounts } = fastify.repositories;

    fastify.addHook("preHandler", async (request) => {
      // Health answers monitors even when the database is down: it never needs a session.
      if (!request.url.startsWith("/api/") || request.url.startsWith("/api/health")) return;
      const sessionId = request.cookies[SESSION_COOKIE];
      if (sessionId && sessionId.length <= 200) {
        const idHash = hashToken(sessionId);
        const row = await accounts.findSession(idHash);
        if (row) {
          const isModerator = row.email !== null && fastify.sessions.moderatorEmails.has(row.email);
          request.user = { id: row.id, email: row.email, orcid: row.orcid, isModerator };
          request.session = { idHash, csrfToken: row.csrfToken };
        }
      }
      if (!request.session || !STATE_CHANGING.has(request.method)) return;
      if (request.routeOptions.config.csrf === false) return;
      const given = request.headers[CSRF_HEADER];
      if (typeof given !== "string" || !sameSecret(given, request.session.csrfToken)) throw new CsrfError();
    });
  },
  // After admission: its preHandler takes the database slot before this hook's session read.
  { name: "session", dependencies: ["repositories", "admission"] },
);
