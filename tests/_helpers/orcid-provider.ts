/**
 * A local OpenID provider standing in for ORCID (oauth2-mock-server on a free loopback port, no internet): it signs id
 * tokens with its own RS256 key and redirects /authorize straight back with a code. `nextSub` sets the ORCID iD of the
 * next id token; `tamperNext` changes the next id token's claims (a bad token the app must refuse).
 */
import { OAuth2Server } from "oauth2-mock-server";
import type { FastifyInstance } from "fastify";
import { sessionCookieOf } from "./sign-in.ts";

export interface OrcidProvider {
  issuer: string;
  env: Record<string, string>;
  nextSub(orcid: string): void;
  tamperNext(change: (payload: Record<string, unknown>) => void): void;
  stop(): Promise<void>;
}

export async function startOrcidProvider(): Promise<OrcidProvider> {
  const server = new OAuth2Server();
  await server.issuer.keys.generate("RS256");
  await server.start(0, "127.0.0.1");
  const issuer = server.issuer.url!;
  // One token request signs an access token and an id token: the changes apply to both, then are forgotten.
  let next: { sub?: string; change?: (payload: Record<string, unknown>) => void } = {};
  server.service.on("beforeTokenSigning", (token) => {
    if (next.sub) token.payload.sub = next.sub;
    next.change?.(token.payload);
  });
  server.service.on("beforeResponse", () => void (next = {}));
  return {
    issuer,
    env: { RGE_ORCID_ISSUER: issuer, RGE_ORCID_CLIENT_ID: "APP-TEST", RGE_ORCID_CLIENT_SECRET: "test-secret" },
    nextSub: (orcid) => void (next.sub = orcid),
    tamperNext: (change) => void (next.change = change),
    stop: () => server.stop(),
  };
}

export interface OrcidAttempt {
  /** The provider's authorization URL the app redirected to. */
  authorizeUrl: URL;
  callback: Awaited<ReturnType<FastifyInstance["inject"]>>;
}

/**
 * Runs the whole flow as a browser would: GET /api/auth/orcid on the app, the provider's /authorize over HTTP, and
 * the app's callback with the cookies the browser holds. `cookie` is the browser's session cookie, if signed in.
 */
export async function orcidFlow(app: FastifyInstance, options: { next?: string; cookie?: string } = {}) {
  const query = options.next ? `?next=${encodeURIComponent(options.next)}` : "";
  const sessionCookie = options.cookie ? [options.cookie] : [];
  const start = await app.inject({
    method: "GET",
    url: `/api/auth/orcid${query}`,
    headers: { cookie: sessionCookie.join("; ") },
  });
  if (start.statusCode !== 303) throw new Error(`GET /api/auth/orcid answered ${start.statusCode}: ${start.body}`);
  const authorizeUrl = new URL(String(start.headers.location));
  const checksCookie = String(start.headers["set-cookie"]).split(";")[0]!;
  const provider = await fetch(authorizeUrl, { redirect: "manual" });
  const back = new URL(String(provider.headers.get("location")));
  const callback = await app.inject({
    method: "GET",
    url: `${back.pathname}${back.search}`,
    headers: { cookie: [...sessionCookie, checksCookie].join("; ") },
  });
  return { authorizeUrl, callback, checksCookie, back };
}

/** The session cookie an ORCID callback set. */
export const orcidSessionCookie = (callback: OrcidAttempt["callback"]) =>
  sessionCookieOf(callback.headers["set-cookie"]);
