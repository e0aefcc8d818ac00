/**
 * Hostile input through the real app (issue 10, "Found" 1, 5 and 6): non-finite and malformed numbers, framework
 * errors (bad URL encoding, 404, 413, 415, 431, malformed JSON), slow request bodies, the rate limit and admission
 * control. Every error answers `{ code, message }` with the same security headers.
 */
import type { FastifyInstance } from "fastify";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../server/app.ts";
import { loadConfig } from "../../config/index.ts";
import { startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { testConnection } from "../_helpers/graph.ts";

const SHELAH = "person%3Aarxiv%3AS.Shelah";

async function appWith(env: Record<string, string> = {}): Promise<FastifyInstance> {
  const connection = testConnection();
  const config = loadConfig({ NEO4J_URI: connection.uri, NEO4J_PASSWORD: connection.password, ...env });
  return buildApp({ config, connection, mode: "external" });
}

/** The strict CSP of the app (server/plugins/security-headers.ts), whatever the answer. */
function expectSecurityHeaders(headers: Record<string, unknown> | Headers): void {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : headers[name]);
  expect(get("content-security-policy")).toContain("frame-ancestors 'none'");
  expect(get("content-security-policy")).toContain("worker-src 'self' blob:");
  expect(get("x-content-type-options")).toBe("nosniff");
  expect(get("strict-transport-security") ?? undefined).toBeUndefined();
}

let app: FastifyInstance;
beforeAll(async () => {
  app = await appWith();
});
afterAll(() => app.close());

describe("numbers are finite, decimal and bounded: never coerced or clamped (Found 1)", () => {
  it.each([
    [`/api/graph/slice?focus=topic%3Aarxiv%3Ahep-th&depth=2&limit=Infinity`, "limit"],
    [`/api/graph/slice?focus=${SHELAH}&depth=1E400`, "depth"],
    [`/api/graph/expand?node=${SHELAH}&offset=-1e309`, "offset"],
    [`/api/graph/expand?node=${SHELAH}&limit=NaN`, "limit"],
    [`/api/people/arxiv%3AS.Shelah/works?limit=-0`, "limit"],
    [`/api/people/arxiv%3AS.Shelah/works?limit=0x10`, "limit"],
    [`/api/people/arxiv%3AS.Shelah/works?offset=`, "offset"],
    [`/api/people/arxiv%3AS.Shelah/works?limit=1e1`, "limit"],
    [`/api/people/arxiv%3AS.Shelah/works?limit=%205`, "limit"],
    [`/api/people/arxiv%3AS.Shelah/works?offset=99999999999999999999`, "offset"],
    [`/api/search?q=x&limit=5.5`, "limit"],
    [`/api/graph/path?from=${SHELAH}&to=${SHELAH}&k=Infinity`, "k"],
  ])("%s → 400 naming %s", async (url, param) => {
    const response = await app.inject({ method: "GET", url });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe("RGE_BAD_PARAM");
    expect(body.message).toMatch(new RegExp(`\\b${param}\\b`));
    expectSecurityHeaders(response.headers);
  });

  it("a JSON body's 1e400 (parsed as Infinity) is refused too", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/graph/expand",
      headers: { "content-type": "application/json" },
      payload: `{"node":"person:arxiv:S.Shelah","limit":1e400}`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ code: "RGE_BAD_PARAM", message: expect.stringMatching(/\blimit\b/) });
  });

  it("plain decimal numbers still pass", async () => {
    const response = await app.inject({ method: "GET", url: `/api/people/arxiv%3AS.Shelah/works?limit=5&offset=0` });
    expect(response.statusCode).toBe(200);
    expect(response.json().items).toHaveLength(5);
  });
});

describe("framework errors go through the one error handler (Found 6)", () => {
  it.each([
    ["GET", "/api/people/%zz", undefined, undefined, 400, "RGE_BAD_REQUEST"],
    ["GET", "/api/no-such-route", undefined, undefined, 404, "RGE_NOT_FOUND"],
    ["POST", "/api/graph/expand", "application/json", "{bad", 400, "RGE_BAD_REQUEST"],
    ["POST", "/api/graph/expand", "application/xml", "<x/>", 415, "RGE_BAD_REQUEST"],
    ["POST", "/api/graph/expand", "application/json", `{"node":"${"x".repeat(1_100_000)}"}`, 413, "RGE_BAD_REQUEST"],
  ])("%s %s (%s) → %i %s", async (method, url, contentType, payload, status, code) => {
    const response = await app.inject({
      method: method as "GET" | "POST",
      url,
      payload,
      headers: contentType ? { "content-type": contentType } : {},
    });
    expect(response.statusCode).toBe(status);
    expect(response.json()).toEqual({ code, message: expect.any(String) });
    expectSecurityHeaders(response.headers);
  });

  it("/docs is served under the same CSP", async () => {
    for (const url of ["/docs", "/docs/static/index.html", "/docs/json"]) {
      const response = await app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBeLessThan(400);
      expectSecurityHeaders(response.headers);
    }
  });
});

describe("over a real socket", () => {
  let running: RunningApp;
  beforeAll(async () => {
    running = await startTestApp({ RGE_REQUEST_TIMEOUT_MS: "1000" });
  });
  afterAll(() => running.close());

  it("431: headers too large answer in the API's shape with the security headers", async () => {
    const response = await fetch(`${running.baseUrl}/api/health`, { headers: { "x-big": "a".repeat(20_000) } });
    expect(response.status).toBe(431);
    expect(await response.json()).toEqual({ code: "RGE_BAD_REQUEST", message: expect.any(String) });
    expectSecurityHeaders(response.headers);
  });

  it("a body that never finishes arriving is cut off with 408 (Found 5)", async () => {
    const { port } = new URL(running.baseUrl);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), "127.0.0.1", () => {
        socket.write(
          "POST /api/graph/expand HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{",
        );
      });
      let received = "";
      socket.on("data", (chunk) => (received += chunk.toString()));
      socket.on("close", () => resolve(received));
      socket.on("error", reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('"code":"RGE_BAD_REQUEST"');
  }, 30_000);

  it("caps open connections (server.maxConnections)", () => {
    expect(running.app.server.maxConnections).toBe(loadConfig({}).http.maxConnections);
  });
});

describe("HSTS only behind an HTTPS proxy (RGE_TRUST_PROXY)", () => {
  it("sends Strict-Transport-Security when trusted", async () => {
    const proxied = await appWith({ RGE_TRUST_PROXY: "true" });
    try {
      const response = await proxied.inject({ method: "GET", url: "/api/no-such-route" });
      expect(response.headers["strict-transport-security"]).toMatch(/max-age=\d+/);
    } finally {
      await proxied.close();
    }
  });
});

describe("rate limit per client (Found 4)", () => {
  it("answers 429 RGE_RATE_LIMITED with Retry-After past the configured rate; health is exempt", async () => {
    const limited = await appWith({ RGE_RATE_LIMIT_PER_MINUTE: "3" });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        statuses.push((await limited.inject({ method: "GET", url: "/api/search?q=shelah" })).statusCode);
      }
      expect(statuses).toEqual([200, 200, 200]);
      const refused = await limited.inject({ method: "GET", url: "/api/search?q=shelah" });
      expect(refused.statusCode).toBe(429);
      expect(refused.json()).toEqual({ code: "RGE_RATE_LIMITED", message: expect.stringMatching(/try again/) });
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0);
      expectSecurityHeaders(refused.headers);
      const health = await limited.inject({ method: "GET", url: "/api/health" });
      expect(health.statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });
});

describe("admission control (Found 4)", () => {
  it("past the concurrent slots and the queue, answers 503 RGE_OVERLOADED at once", async () => {
    const small = await appWith({ RGE_DB_MAX_CONCURRENT: "1", RGE_DB_MAX_QUEUE: "0" });
    try {
      const hold = await small.admission.acquire(0);
      expect(hold).not.toBeNull();
      const shed = await small.inject({ method: "GET", url: "/api/search?q=shelah" });
      expect(shed.statusCode).toBe(503);
      expect(shed.json()).toEqual({ code: "RGE_OVERLOADED", message: expect.any(String) });
      expect(shed.headers["retry-after"]).toBe("1");
      expect((await small.inject({ method: "GET", url: "/api/health" })).statusCode).toBe(200);
      hold!();
      expect((await small.inject({ method: "GET", url: "/api/search?q=shelah" })).statusCode).toBe(200);
      expect(small.admission.running).toBe(0);
    } finally {
      await small.close();
    }
  });
});

describe("the production bundle (Found 6)", () => {
  const assets = join(loadConfig({}).clientDir, "assets");
  it.skipIf(!existsSync(assets))("ships no source maps", () => {
    const files = readdirSync(assets);
    expect(files.filter((file) => file.endsWith(".js")).length).toBeGreaterThan(0);
    expect(files.filter((file) => file.endsWith(".map"))).toEqual([]);
    for (const file of files.filter((name) => name.endsWith(".js"))) {
      expect(readFileSync(join(assets, file), "utf8"), file).not.toContain("sourceMappingURL");
    }
  });
});
