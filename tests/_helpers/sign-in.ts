/**
 * Signs a user in through the real email-link flow (POST /api/auth/email → the link in the outbox → GET it) and
 * returns what a test needs to act as them: the cookie and the CSRF token, ready as request headers.
 *
 *   const alice = await signIn(app, "alice@example.org");
 *   await app.inject({ method: "PUT", url, headers: alice.headers });
 */
import type { FastifyInstance } from "fastify";
import type { Page } from "playwright-core";
import type { Me } from "../../contract/schemas/auth.ts";
import { latestSignInLink, readOutbox } from "./outbox.ts";

export interface SignedIn {
  /** `rge_session=<id>`, for a `cookie` header. */
  cookie: string;
  csrfToken: string;
  /** `{ cookie, "x-csrf-token" }`: the headers of a signed-in, state-changing request. */
  headers: { cookie: string; "x-csrf-token": string };
  me: Me;
}

/** The session cookie a response sets, as `name=value`; throws when it sets none. */
export function sessionCookieOf(setCookie: string | string[] | number | undefined): string {
  const cookies = Array.isArray(setCookie) ? setCookie : [String(setCookie ?? "")];
  const cookie = cookies.map((line) => line.split(";")[0]!).find((pair) => /^rge_session=.+/.test(pair));
  if (!cookie) throw new Error(`no session cookie in ${JSON.stringify(setCookie)}`);
  return cookie;
}

/** Signs `email` in on `app` (built with an outbox, as startTestApp does) and returns its session. */
export async function signIn(app: FastifyInstance, email: string): Promise<SignedIn> {
  const outbox = app.mailer.outbox;
  if (!outbox) throw new Error("signIn needs the outbox mail transport (no RGE_SMTP_URL)");
  const before = readOutbox(outbox).length;
  const asked = await app.inject({ method: "POST", url: "/api/auth/email", payload: { email } });
  if (asked.statusCode !== 202) throw new Error(`POST /api/auth/email answered ${asked.statusCode}: ${asked.body}`);
  if (readOutbox(outbox).length === before) {
    throw new Error(`no mail for ${email}: one address gets at most 5 links per 15 minutes (use fresh addresses)`);
  }
  const link = new URL(latestSignInLink(outbox, email));
  const verified = await app.inject({ method: "GET", url: `${link.pathname}${link.search}` });
  if (verified.statusCode !== 303)
    throw new Error(`the sign-in link answered ${verified.statusCode}: ${verified.body}`);
  const cookie = sessionCookieOf(verified.headers["set-cookie"]);
  const me = await app.inject({ method: "GET", url: "/api/me", headers: { cookie } });
  if (me.statusCode !== 200) throw new Error(`GET /api/me answered ${me.statusCode}: ${me.body}`);
  const body = me.json<Me>();
  return { cookie, csrfToken: body.csrfToken, headers: { cookie, "x-csrf-token": body.csrfToken }, me: body };
}

/**
 * Signs `email` in inside a Chromium page (the page's context keeps the session cookie) through the real flow: the
 * request for a link, then the link from `outbox` opened in the page. The page ends on `/`.
 */
export async function signInInBrowser(page: Page, baseUrl: string, outbox: string, email: string): Promise<void> {
  const asked = await page.request.post(`${baseUrl}/api/auth/email`, { data: { email } });
  if (asked.status() !== 202) throw new Error(`POST /api/auth/email answered ${asked.status()}`);
  await page.goto(latestSignInLink(outbox, email));
}
