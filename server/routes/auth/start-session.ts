/** Starting a session, shared by the email link and ORCID: always a new id, and the session it replaces ends. */
import type { FastifyReply, FastifyRequest } from "fastify";
import { hashToken, randomToken } from "../../auth/tokens.ts";
import { setSessionCookie } from "../../plugins/session.ts";

/** Opens a new session for `userId` and sets its cookie; a session this browser already had is ended first. */
export async function startSession(request: FastifyRequest, reply: FastifyReply, userId: string): Promise<void> {
  const { accounts } = request.server.repositories;
  // A fresh id at every sign-in: an id planted in the browser before (session fixation) never becomes signed in.
  if (request.session) await accounts.deleteSession(request.session.idHash);
  const sessionId = randomToken();
  await accounts.createSession(userId, hashToken(sessionId), randomToken(), request.server.sessions.days);
  setSessionCookie(request, reply, sessionId);
}
