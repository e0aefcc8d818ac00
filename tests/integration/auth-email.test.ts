/**
 * Email-link sign-in and sessions through the real app and Neo4j: enumeration-safe 202, tokens hashed at rest,
 * single use, 15-minute expiry, cookie flags, a new session id at every sign-in, sign-out, CSRF, the open-redirect
 * guard and the sign-in and write rate limits.
 */
import { createHash, randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { query, testDriver } from "../_helpers/graph.ts";
import { latestSignInLink, readOutbox } from "../_helpers/outbox.ts";
import { sessionCookieOf, signIn } from "../_helpers/sign-in.ts";

let running: RunningApp;
let app: FastifyInstance;
let driver: Driver;

beforeAll(async () => {
  running = await startTestApp();
  app = running.app;
  driver = testDriver();
});
afterAll(async () => {
  await driver?.close();
  await running?.close();
});

const newEmail = (name = "user") => `${name}-${randomUUID()}@example.org`;
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

async function askLink(email: string, next?: string): Promise<URL> {
  const response = await app.inject({ method: "POST", url: "/api/auth/email", payload: { email, next } });
  expect(response.statusCode).toBe(202);
  return new URL(latestSignInLink(app.mailer.outbox!, email));
}

const follow = (link: URL, headers: Record<string, string> = {}) =>
  app.inject({ method: "GET", url: `${link.pathname}${link.search}`, headers });

describe("POST /api/auth/email", () => {
  it("answers 202 with the same body for a new address and for an existing account", async () => {
    const known = await signIn(app, newEmail("known"));
    const forKnown = await app.inject({
      method: "POST",
      url: "/api/auth/email",
      payload: { email: known.me.user.email },
    });
    const forNew = await app.inject({ method: "POST", url: "/api/auth/email", payload: { email: newEmail("new") } });
    expect(forKnown.statusCode).toBe(202);
    expect(forNew.statusCode).toBe(202);
    expect(forNew.body).toBe(forKnown.body);
    expect(Object.keys(forNew.headers).sort()).toEqual(Object.keys(forKnown.headers).sort());
  });

  it("mails one .eml per request to the address, lower-cased, with a link of ≥128 random bits", async () => {
    const email = newEmail("Mixed.Case");
    const before = readOutbox(app.mailer.outbox!).length;
    const link = await askLink(`  ${email.toUpperCase()} `);
    const mails = readOutbox(app.mailer.outbox!);
    expect(mails.length).toBe(before + 1);
    expect(mails.at(-1)!.to).toBe(email.toLowerCase());
    const token = link.searchParams.get("token")!;
    // base64url: 6 bits per character.
    expect(token.length * 6).toBeGreaterThanOrEqual(128);
  });

  it("mails one address at most 5 links per 15 minutes, answering the same 202 past that", async () => {
    const email = newEmail("flood");
    const bodies = new Set<string>();
    for (let i = 0; i < 7; i++) {
      const response = await app.inject({ method: "POST", url: "/api/auth/email", payload: { email } });
      expect(response.statusCode).toBe(202);
      bodies.add(response.body);
    }
    expect(bodies.size).toBe(1);
    expect(readOutbox(app.mailer.outbox!).filter((mail) => mail.to === email)).toHaveLength(5);
    const [row] = await query<{ tokens: number }>(
      driver,
      "MATCH (t:LoginToken {email: $email}) RETURN count(t) AS tokens",
      { email },
    );
    expect(row!.tokens).toBe(5);
  });

  it("refuses what is not an email address (400 RGE_BAD_PARAM)", async () => {
    for (const email of ["nobody", "a@b", "a b@example.org", "x".repeat(300) + "@example.org"]) {
      const response = await app.inject({ method: "POST", url: "/api/auth/email", payload: { email } });
      expect(response.statusCode, email).toBe(400);
      expect(response.json().code).toBe("RGE_BAD_PARAM");
    }
  });

  it("stores only the token's sha256, never the token", async () => {
    const email = newEmail("hash");
    const token = (await askLink(email)).searchParams.get("token")!;
    const rows = await query<{ props: Record<string, unknown> }>(
      driver,
      "MATCH (t:LoginToken {email: $email}) RETURN properties(t) AS props",
      { email },
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.props.hash).toBe(sha256(token));
    expect(JSON.stringify(rows[0]!.props)).not.toContain(token);
  });
});

describe("GET /api/auth/verify", () => {
  it("signs in: a session cookie (HttpOnly, SameSite=Lax, Path=/, not Secure over http) and a redirect", async () => {
    const email = newEmail("verify");
    const response = await follow(await askLink(email));
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe("/");
    const setCookie = String(response.headers["set-cookie"]);
    expect(setCookie).toMatch(/^rge_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/; HttpOnly/i);
    expect(setCookie).toMatch(/; SameSite=Lax/i);
    expect(setCookie).toMatch(/; Path=\//);
    expect(setCookie).not.toMatch(/; Secure/i);
    const cookie = sessionCookieOf(response.headers["set-cookie"]);
    const me = await app.inject({ method: "GET", url: "/api/me", headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { email, orcid: null }, isModerator: false, unreadInvites: 0 });
    expect(me.json().user.id).toMatch(/^[0-9a-f-]{36}$/);
    // GET /api/auth/session: the same answer signed in, `me: null` (200) signed out.
    const session = await app.inject({ method: "GET", url: "/api/auth/session", headers: { cookie } });
    expect(session.json()).toEqual({ me: me.json() });
    expect((await app.inject({ method: "GET", url: "/api/auth/session" })).json()).toEqual({ me: null });
    // The session id is stored hashed too.
    const sessions = await query(driver, "MATCH (s:Session {idHash: $hash}) RETURN s", {
      hash: sha256(cookie.split("=")[1]!),
    });
    expect(sessions).toHaveLength(1);
  });

  it("sets Secure when served over HTTPS (behind a trusted proxy)", async () => {
    const proxied = await startTestApp({ RGE_TRUST_PROXY: "true" });
    try {
      const email = newEmail("https");
      await proxied.app.inject({ method: "POST", url: "/api/auth/email", payload: { email } });
      const link = new URL(latestSignInLink(proxied.app.mailer.outbox!, email));
      const response = await proxied.app.inject({
        method: "GET",
        url: `${link.pathname}${link.search}`,
        headers: { "x-forwarded-proto": "https" },
      });
      expect(response.statusCode).toBe(303);
      expect(String(response.headers["set-cookie"])).toMatch(/; Secure/i);
    } finally {
      await proxied.close();
    }
  });

  it("works once: the second use is refused and signs nobody in", async () => {
    const link = await askLink(newEmail("once"));
    expect((await follow(link)).statusCode).toBe(303);
    const again = await follow(link);
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe("RGE_BAD_PARAM");
    expect(again.headers["set-cookie"]).toBeUndefined();
    const inBrowser = await follow(link, { accept: "text/html" });
    expect(inBrowser.statusCode).toBe(303);
    expect(inBrowser.headers.location).toBe("/sign-in?error=link");
    expect(inBrowser.headers["set-cookie"]).toBeUndefined();
  });

  it("expires after 15 minutes", async () => {
    const email = newEmail("expiry");
    const link = await askLink(email);
    const [row] = await query<{ minutes: number }>(
      driver,
      "MATCH (t:LoginToken {email: $email}) RETURN duration.inSeconds(t.createdAt, t.expiresAt).minutes AS minutes",
      { email },
    );
    expect(row!.minutes).toBe(15);
    await query(driver, "MATCH (t:LoginToken {email: $email}) SET t.expiresAt = datetime() - duration('PT1S')", {
      email,
    });
    const response = await follow(link);
    expect(response.statusCode).toBe(400);
    expect(response.headers["set-cookie"]).toBeUndefined();
  });

  it("refuses an unknown token", async () => {
    const response = await app.inject({ method: "GET", url: `/api/auth/verify?token=${"A".repeat(43)}` });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe("RGE_BAD_PARAM");
  });

  it("removes expired sessions when a session opens, and an expired session signs nobody in", async () => {
    const stale = await signIn(app, newEmail("stale"));
    const hash = sha256(stale.cookie.split("=")[1]!);
    await query(driver, "MATCH (s:Session {idHash: $hash}) SET s.expiresAt = datetime() - duration('PT1S')", { hash });
    expect((await app.inject({ method: "GET", url: "/api/me", headers: { cookie: stale.cookie } })).statusCode).toBe(
      401,
    );
    await signIn(app, newEmail("fresh"));
    expect(await query(driver, "MATCH (s:Session {idHash: $hash}) RETURN s", { hash })).toEqual([]);
  });

  it("gives a new session id at every sign-in and ends the session the browser had", async () => {
    const email = newEmail("fixation");
    const first = await signIn(app, email);
    const second = await follow(await askLink(email), { cookie: first.cookie });
    const secondCookie = sessionCookieOf(second.headers["set-cookie"]);
    expect(secondCookie).not.toBe(first.cookie);
    expect((await app.inject({ method: "GET", url: "/api/me", headers: { cookie: first.cookie } })).statusCode).toBe(
      401,
    );
    const me = await app.inject({ method: "GET", url: "/api/me", headers: { cookie: secondCookie } });
    expect(me.json().user.id).toBe(first.me.user.id);
  });

  it.each([
    ["/people/arxiv%3AXia%20Song?tab=works#top", "/people/arxiv%3AXia%20Song?tab=works#top"],
    ["//evil.example/path", "/"],
    ["https://evil.example/", "/"],
    ["/\\evil.example", "/"],
    ["/\t/evil.example", "/"],
    ["javascript:alert(1)", "/"],
    ["people/x", "/"],
  ])("lands on next=%j as %j (same-site paths only)", async (next, expected) => {
    const response = await follow(await askLink(newEmail("next"), next));
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe(expected);
  });
});

describe("sessions: /api/me, sign-out and CSRF", () => {
  it("GET /api/me is 401 RGE_UNAUTHENTICATED signed out, and with an unknown cookie", async () => {
    for (const headers of [{}, { cookie: `rge_session=${"x".repeat(43)}` }]) {
      const response = await app.inject({ method: "GET", url: "/api/me", headers });
      expect(response.statusCode).toBe(401);
      expect(response.json().code).toBe("RGE_UNAUTHENTICATED");
    }
  });

  it("state-changing requests of a session need its CSRF token (403 RGE_CSRF)", async () => {
    const user = await signIn(app, newEmail("csrf"));
    for (const headers of [{ cookie: user.cookie }, { cookie: user.cookie, "x-csrf-token": "wrong" }]) {
      for (const [method, url] of [
        ["POST", "/api/auth/logout"],
        ["DELETE", "/api/me"],
      ] as const) {
        const response = await app.inject({ method, url, headers });
        expect(response.statusCode, `${method} ${url}`).toBe(403);
        expect(response.json().code).toBe("RGE_CSRF");
      }
    }
    // A read sent as POST (the explorer's long expand) needs no token.
    const read = await app.inject({
      method: "POST",
      url: "/api/graph/expand",
      headers: { cookie: user.cookie },
      payload: { node: "person:arxiv:S.Shelah", limit: 5 },
    });
    expect(read.statusCode).toBe(200);
    // Nothing happened: still signed in.
    expect((await app.inject({ method: "GET", url: "/api/me", headers: { cookie: user.cookie } })).statusCode).toBe(
      200,
    );
  });

  it("DELETE /api/me signed out is 401 RGE_UNAUTHENTICATED", async () => {
    const response = await app.inject({ method: "DELETE", url: "/api/me" });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe("RGE_UNAUTHENTICATED");
  });

  it("sign-out ends the session in the database and clears the cookie", async () => {
    const user = await signIn(app, newEmail("logout"));
    const response = await app.inject({ method: "POST", url: "/api/auth/logout", headers: user.headers });
    expect(response.statusCode).toBe(204);
    expect(String(response.headers["set-cookie"])).toMatch(/^rge_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await app.inject({ method: "GET", url: "/api/me", headers: { cookie: user.cookie } })).statusCode).toBe(
      401,
    );
    const sessions = await query(driver, "MATCH (s:Session {idHash: $hash}) RETURN s", {
      hash: sha256(user.cookie.split("=")[1]!),
    });
    expect(sessions).toEqual([]);
  });
});

describe("rate limits", () => {
  it("sign-in: past RGE_SIGN_IN_RATE_LIMIT_PER_MINUTE, 429 RGE_RATE_LIMITED with Retry-After", async () => {
    const limited = await startTestApp({ RGE_SIGN_IN_RATE_LIMIT_PER_MINUTE: "3" });
    try {
      const statuses: number[] = [];
      let last;
      for (let i = 0; i < 4; i++) {
        last = await limited.app.inject({ method: "POST", url: "/api/auth/email", payload: { email: newEmail() } });
        statuses.push(last.statusCode);
      }
      expect(statuses).toEqual([202, 202, 202, 429]);
      expect(last!.json().code).toBe("RGE_RATE_LIMITED");
      expect(Number(last!.headers["retry-after"])).toBeGreaterThan(0);
      // Reads keep the general limit.
      expect((await limited.app.inject({ method: "GET", url: "/api/auth/options" })).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it("writes: past RGE_WRITE_RATE_LIMIT_PER_MINUTE, 429 RGE_RATE_LIMITED with Retry-After", async () => {
    const limited = await startTestApp({ RGE_WRITE_RATE_LIMIT_PER_MINUTE: "2" });
    try {
      const statuses: number[] = [];
      let last;
      for (let i = 0; i < 3; i++) {
        last = await limited.app.inject({ method: "POST", url: "/api/auth/logout" });
        statuses.push(last.statusCode);
      }
      expect(statuses).toEqual([204, 204, 429]);
      expect(last!.json().code).toBe("RGE_RATE_LIMITED");
      expect(Number(last!.headers["retry-after"])).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });
});
