/**
 * ORCID sign-in (OpenID Connect) end to end against a local provider (tests/_helpers/orcid-provider.ts): state, nonce
 * and PKCE (the provider checks the verifier), the id token verified (a tampered audience, nonce or issuer is refused),
 * sign-in of a new ORCID user, the same user on the next sign-in, linking to a signed-in email user, a conflict
 * when another account holds the iD, and the route when ORCID is not configured.
 */
import { randomUUID } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp } from "../_helpers/app-server.ts";
import { orcidFlow, orcidSessionCookie, startOrcidProvider, type OrcidProvider } from "../_helpers/orcid-provider.ts";
import { signIn } from "../_helpers/sign-in.ts";

let provider: OrcidProvider;
let app: FastifyInstance;

beforeAll(async () => {
  provider = await startOrcidProvider();
  app = await buildTestApp(provider.env);
});
afterAll(async () => {
  await app?.close();
  await provider?.stop();
});

/** A fresh, well-formed ORCID iD (the checksum is not checked: the provider vouches for it). */
function newOrcid(): string {
  const digits = Array.from({ length: 15 }, () => Math.floor(Math.random() * 10)).join("");
  return `${digits.slice(0, 4)}-${digits.slice(4, 8)}-${digits.slice(8, 12)}-${digits.slice(12)}X`;
}

const me = (cookie: string) => app.inject({ method: "GET", url: "/api/me", headers: { cookie } });

describe("ORCID sign-in", () => {
  it("asks for openid with state, nonce and PKCE S256, and signs a new ORCID user in", async () => {
    const orcid = newOrcid();
    provider.nextSub(orcid);
    const { authorizeUrl, callback } = await orcidFlow(app, { next: "/people/arxiv%3AXia%20Song" });
    expect(authorizeUrl.origin).toBe(new URL(provider.issuer).origin);
    const params = authorizeUrl.searchParams;
    expect(params.get("client_id")).toBe("APP-TEST");
    expect(params.get("scope")).toBe("openid");
    expect(params.get("code_challenge_method")).toBe("S256");
    for (const name of ["state", "nonce", "code_challenge"])
      expect(params.get(name)?.length).toBeGreaterThanOrEqual(22);
    expect(params.get("redirect_uri")).toMatch(/\/api\/auth\/orcid\/callback$/);

    expect(callback.statusCode).toBe(303);
    expect(callback.headers.location).toBe("/people/arxiv%3AXia%20Song");
    const body = (await me(orcidSessionCookie(callback))).json();
    expect(body.user).toMatchObject({ email: null, orcid });

    provider.nextSub(orcid);
    const again = await orcidFlow(app);
    const second = (await me(orcidSessionCookie(again.callback))).json();
    expect(second.user.id).toBe(body.user.id);
  });

  it("links the ORCID iD to the signed-in email user; another account cannot take it (409)", async () => {
    const orcid = newOrcid();
    const owner = await signIn(app, `orcid-owner-${randomUUID()}@example.org`);
    provider.nextSub(orcid);
    const { callback } = await orcidFlow(app, { cookie: owner.cookie, next: "/people/x" });
    expect(callback.statusCode).toBe(303);
    const linked = (await me(orcidSessionCookie(callback))).json();
    expect(linked.user).toEqual({ id: owner.me.user.id, email: owner.me.user.email, orcid });
    // A new session id: the old cookie is ended.
    expect((await me(owner.cookie)).statusCode).toBe(401);

    const other = await signIn(app, `orcid-other-${randomUUID()}@example.org`);
    provider.nextSub(orcid);
    const taken = await orcidFlow(app, { cookie: other.cookie });
    expect(taken.callback.statusCode).toBe(409);
    expect(taken.callback.json().code).toBe("RGE_CONFLICT");
    expect((await me(other.cookie)).json().user.orcid).toBeNull();
  });

  it.each([
    ["audience", (payload: Record<string, unknown>) => void (payload.aud = "someone-else")],
    ["nonce", (payload: Record<string, unknown>) => void (payload.nonce = "replayed")],
    ["issuer", (payload: Record<string, unknown>) => void (payload.iss = "https://evil.example")],
    ["expiry", (payload: Record<string, unknown>) => void (payload.exp = Math.floor(Date.now() / 1000) - 3600)],
    ["subject that is no ORCID iD", (payload: Record<string, unknown>) => void (payload.sub = "johndoe")],
  ])("refuses an id token with a wrong %s (400, no session)", async (_what, change) => {
    provider.nextSub(newOrcid());
    provider.tamperNext(change);
    const { callback } = await orcidFlow(app);
    expect(callback.statusCode).toBe(400);
    expect(callback.json().code).toBe("RGE_BAD_PARAM");
    expect(String(callback.headers["set-cookie"] ?? "")).not.toContain("rge_session=");
  });

  it("refuses a callback whose state is not the one this browser started, or with no flow started", async () => {
    provider.nextSub(newOrcid());
    const { back, checksCookie } = await orcidFlow(app);
    // The code was used above; a forged state on a fresh start must fail before any exchange.
    const start = await app.inject({ method: "GET", url: "/api/auth/orcid" });
    const freshChecks = String(start.headers["set-cookie"]).split(";")[0]!;
    const forged = await app.inject({
      method: "GET",
      url: `${back.pathname}?code=${back.searchParams.get("code")}&state=forged`,
      headers: { cookie: freshChecks },
    });
    expect(forged.statusCode).toBe(400);
    const none = await app.inject({ method: "GET", url: `${back.pathname}${back.search}` });
    expect(none.statusCode).toBe(400);
    const inBrowser = await app.inject({
      method: "GET",
      url: `${back.pathname}${back.search}`,
      headers: { accept: "text/html", cookie: checksCookie },
    });
    expect(inBrowser.statusCode).toBe(303);
    expect(inBrowser.headers.location).toBe("/sign-in?error=orcid");
  });
});

describe("ORCID not configured", () => {
  it("GET /api/auth/orcid says so (404), and /api/auth/options hides it", async () => {
    const plain = await buildTestApp();
    try {
      const response = await plain.inject({ method: "GET", url: "/api/auth/orcid" });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({
        code: "RGE_NOT_FOUND",
        message: "ORCID sign-in is not configured on this server",
      });
      expect((await plain.inject({ method: "GET", url: "/api/auth/options" })).json()).toEqual({
        email: true,
        orcid: false,
      });
      expect((await app.inject({ method: "GET", url: "/api/auth/options" })).json().orcid).toBe(true);
    } finally {
      await plain.close();
    }
  });
});
