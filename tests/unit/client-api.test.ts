import { afterEach, describe, expect, it, vi } from "vitest";
import { api, ApiError, buildUrl } from "../../client/api.ts";
import { isApiErrorCode } from "../../contract/errors.ts";

describe("buildUrl", () => {
  it("joins lists with commas and leaves out undefined and empty values", () => {
    expect(buildUrl("/api/graph/slice", { focus: "person:arxiv:Xia Song", depth: 1, kinds: ["person", "topic"] })).toBe(
      "/api/graph/slice?focus=person%3Aarxiv%3AXia+Song&depth=1&kinds=person%2Ctopic",
    );
    expect(buildUrl("/api/search", { q: "x", kinds: [], limit: undefined })).toBe("/api/search?q=x");
  });
});

describe("api errors", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("URL-encodes ids in paths and turns an error body into an ApiError", async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response(JSON.stringify({ code: "RGE_NOT_FOUND", message: "No person arxiv:Nobody" }), { status: 404 }),
    );
    vi.stubGlobal("fetch", fetchMock);
    const error = await api.person("arxiv:No/body").catch((e: unknown) => e);
    expect(fetchMock).toHaveBeenCalledWith("/api/people/arxiv%3ANo%2Fbody", expect.anything());
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: "RGE_NOT_FOUND", status: 404, isNotFound: true, isRetryable: false });
  });

  it("reports an unreachable server as a retryable RGE_NETWORK error", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    const error = await api.health().catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "RGE_NETWORK", status: 0, isRetryable: true });
  });

  it("keeps Retry-After of a 503", async () => {
    vi.stubGlobal(
      "fetch",
      async () =>
        new Response(JSON.stringify({ code: "RGE_GRAPH_UNAVAILABLE", message: "Neo4j is down" }), {
          status: 503,
          headers: { "retry-after": "5" },
        }),
    );
    const error = await api.slice({ focus: "person:x" }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "RGE_GRAPH_UNAVAILABLE", status: 503, retryAfter: 5, isRetryable: true });
  });

  it.each([
    [502, "<html>Bad Gateway</html>", "RGE_INTERNAL"],
    [404, '{"code":"SOMETHING_ELSE"}', "RGE_NOT_FOUND"],
    [413, "", "RGE_BAD_REQUEST"],
  ])(
    "maps a %d whose body names no registry code to the registry's code for that status",
    async (status, body, code) => {
      vi.stubGlobal("fetch", async () => new Response(body, { status }));
      const error = await api.health().catch((e: unknown) => e);
      expect(error).toMatchObject({ code, status });
      expect(isApiErrorCode((error as ApiError).code)).toBe(true);
    },
  );
});

describe("api.expand", () => {
  afterEach(() => vi.unstubAllGlobals());
  const answer = () => new Response(JSON.stringify({ nodes: [], edges: [] }), { status: 200 });

  it("asks with a GET while the exclude list is short, and with a POST body (nothing cut) when it is long", async () => {
    const fetchMock = vi.fn(async () => answer());
    vi.stubGlobal("fetch", fetchMock);
    await api.expand({ node: "person:a", exclude: ["person:b"], limit: 20 });
    const [shortUrl, shortInit] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(shortUrl).toBe(buildUrl("/api/graph/expand", { node: "person:a", exclude: ["person:b"], limit: 20 }));
    expect(shortInit.method).toBeUndefined();

    const exclude = Array.from({ length: 2000 }, (_, i) => `paper:arxiv:${1_000_000 + i}`);
    await api.expand({ node: "person:a", exclude, limit: 20 });
    const [longUrl, longInit] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    expect(longUrl).toBe("/api/graph/expand");
    expect(longInit.method).toBe("POST");
    expect(JSON.parse(String(longInit.body))).toEqual({ node: "person:a", exclude, limit: 20 });
  });
});

describe("state-changing calls carry the session's CSRF token", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("fetches the session once, sends x-csrf-token, and on RGE_CSRF refreshes the session and retries once", async () => {
    const { refreshSession } = await import("../../client/session.ts");
    const tokens = ["old-token", "new-token"];
    const calls: { url: string; token: string | null }[] = [];
    vi.stubGlobal("fetch", async (url: string, init: RequestInit = {}) => {
      const token = new Headers(init.headers).get("x-csrf-token");
      calls.push({ url, token });
      if (url === "/api/auth/session") {
        const csrfToken = tokens.shift()!;
        return new Response(JSON.stringify({ me: { user: { id: "u" }, csrfToken } }), { status: 200 });
      }
      if (token !== "new-token")
        return new Response(JSON.stringify({ code: "RGE_CSRF", message: "no" }), { status: 403 });
      return new Response(null, { status: 204 });
    });
    await refreshSession();
    await expect(api.signOut()).resolves.toBeNull();
    expect(calls).toEqual([
      { url: "/api/auth/session", token: null },
      { url: "/api/auth/logout", token: "old-token" },
      { url: "/api/auth/session", token: null },
      { url: "/api/auth/logout", token: "new-token" },
    ]);
  });

  it("sends no token signed out (GET /api/auth/session answers me: null)", async () => {
    const { refreshSession } = await import("../../client/session.ts");
    const sent: (string | null)[] = [];
    vi.stubGlobal("fetch", async (url: string, init: RequestInit = {}) => {
      if (url === "/api/auth/session") return new Response(JSON.stringify({ me: null }), { status: 200 });
      sent.push(new Headers(init.headers).get("x-csrf-token"));
      return new Response(JSON.stringify({ message: "sent" }), { status: 202 });
    });
    expect(await refreshSession()).toBeNull();
    await api.requestSignInLink("a@example.org", "/");
    expect(sent).toEqual([null]);
  });
});
