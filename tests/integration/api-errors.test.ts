/** Every error code of the API (server/errors.ts) through the real app, and that 5xx bodies leak nothing. */
import type { FastifyInstance } from "fastify";
import neo4j, { Neo4jError } from "neo4j-driver";
import { getJson } from "../_helpers/app-server.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "../../db/free-port.ts";
import { buildApp } from "../../server/app.ts";
import { loadConfig } from "../../config/index.ts";
import { toApiError } from "../../server/errors.ts";
import { testConnection, testDriver } from "../_helpers/graph.ts";

/** Expensive enough to outlive a 100 ms budget by far (Neo4j checks timeouts about every second or two). */
const EXPENSIVE = "MATCH (a:Person)-[:COAUTHOR*1..5]-(b:Person) RETURN count(*) AS n";

let app: FastifyInstance;
beforeAll(async () => {
  const connection = testConnection();
  app = await buildApp({
    config: loadConfig({ NEO4J_URI: connection.uri, NEO4J_PASSWORD: connection.password }),
    connection,
    mode: "external",
  });
});
afterAll(() => app.close());

const get = (url: string, target = app) => getJson(target, url);

describe("404 RGE_NOT_FOUND", () => {
  it.each([
    "/api/people/arxiv%3ANobody%20Here",
    "/api/people/arxiv%3ANobody%20Here/works",
    "/api/people/arxiv%3ANobody%20Here/collaborators/suggested",
    "/api/papers/arxiv%3Ahep-th%2F0000000",
    "/api/graph/slice?focus=person%3Aarxiv%3ANobody",
    "/api/graph/slice?focus=venue%3Anowhere&depth=2",
    "/api/graph/expand?node=topic%3Aarxiv%3Anot-a-topic",
    "/api/graph/path?from=person%3Aarxiv%3AS.Shelah&to=person%3Aarxiv%3ANobody",
    "/api/no-such-route",
  ])("%s", async (url) => {
    const { status, body } = await get(url);
    expect(status).toBe(404);
    expect(body.code).toBe("RGE_NOT_FOUND");
    expect(Object.keys(body).sort()).toEqual(["code", "message"]);
  });
});

describe("400 RGE_BAD_PARAM names the parameter", () => {
  it.each([
    ["/api/people/arxiv%3AS.Shelah/works?limit=0", "limit"],
    ["/api/people/arxiv%3AS.Shelah/works?sort=title", "sort"],
    ["/api/people/arxiv%3AS.Shelah/works?offset=-1", "offset"],
    ["/api/people/arxiv%3AS.Shelah/collaborators/suggested?limit=500", "limit"],
    ["/api/graph/slice", "focus"],
    ["/api/graph/slice?focus=Person%3Ax", "focus"],
    ["/api/graph/slice?focus=person%3Aarxiv%3AS.Shelah&depth=3", "depth"],
    ["/api/graph/slice?focus=person%3Aarxiv%3AS.Shelah&limit=100000", "limit"],
    ["/api/graph/slice?focus=person%3Aarxiv%3AS.Shelah&kinds=person,Person)%20DETACH%20DELETE%20n", "kinds"],
    ["/api/graph/slice?focus=person%3Aarxiv%3AS.Shelah&from=1995&to=1991", "from"],
    ["/api/graph/slice?focus=person%3Aarxiv%3AS.Shelah&from=abc", "from"],
    ["/api/graph/expand?node=person%3Aarxiv%3AS.Shelah&exclude=nonsense", "exclude"],
    ["/api/graph/expand?node=x", "node"],
    ["/api/graph/path?from=person%3Aarxiv%3AS.Shelah&to=person%3Aarxiv%3AE.Witten&via=knows", "via"],
    ["/api/graph/path?from=person%3Aarxiv%3AS.Shelah&to=person%3Aarxiv%3AE.Witten&k=0", "k"],
    ["/api/graph/path?from=person%3Aarxiv%3AS.Shelah", "to"],
    ["/api/search?q=x&kinds=people", "kinds"],
    ["/api/search?q=x&limit=0", "limit"],
  ])("%s → %s", async (url, param) => {
    const { status, body } = await get(url);
    expect(status).toBe(400);
    expect(body.code).toBe("RGE_BAD_PARAM");
    expect(body.message).toMatch(new RegExp(`\\b${param}\\b`));
  });
});

describe("503 RGE_GRAPH_UNAVAILABLE", () => {
  it("answers 503 with Retry-After and no internals when Neo4j is unreachable", async () => {
    const port = await findFreePort();
    const connection = { uri: `bolt://127.0.0.1:${port}`, username: "neo4j", password: "secret", database: "neo4j" };
    const dead = await buildApp({
      config: loadConfig({ NEO4J_URI: connection.uri, NEO4J_PASSWORD: connection.password }),
      connection,
      mode: "external",
    });
    try {
      for (const url of ["/api/people/arxiv%3AS.Shelah", "/api/graph/slice?focus=person%3Aarxiv%3AS.Shelah"]) {
        const { status, body, headers } = await get(url, dead);
        expect(status).toBe(503);
        expect(body.code).toBe("RGE_GRAPH_UNAVAILABLE");
        expect(headers["retry-after"]).toBe("5");
        expect(Object.keys(body).sort()).toEqual(["code", "message"]);
        expect(body.message).not.toMatch(/bolt|127\.0\.0\.1|neo4j|secret|\d{4,5}/i);
      }
    } finally {
      await dead.close();
    }
  }, 60_000);
});

describe("503 RGE_QUERY_TIMEOUT", () => {
  it("neo4j-driver 6 reports a per-transaction timeout as TransactionTimedOutClientConfiguration", async () => {
    const driver = testDriver();
    const session = driver.session({ database: testConnection().database, defaultAccessMode: neo4j.session.READ });
    let caught: unknown;
    try {
      await session.executeRead((tx) => tx.run(EXPENSIVE), { timeout: 100 });
    } catch (error) {
      caught = error;
    } finally {
      await session.close();
      await driver.close();
    }
    expect(caught).toBeInstanceOf(Neo4jError);
    expect((caught as Neo4jError).code).toBe("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration");
    expect(toApiError(caught)).toEqual({
      statusCode: 503,
      code: "RGE_QUERY_TIMEOUT",
      message: expect.stringMatching(/time budget/),
    });
  }, 60_000);

  it("an app with a tiny budget answers 503 RGE_QUERY_TIMEOUT through its error handler", async () => {
    const connection = testConnection();
    const config = loadConfig({
      NEO4J_URI: connection.uri,
      NEO4J_PASSWORD: connection.password,
      RGE_QUERY_TIMEOUT_MS: "100",
    });
    const tight = await buildApp({ config, connection, mode: "external" });
    // A probe route (test only) runs the expensive query the way fastify.neo4j.read does, with the app's budget.
    tight.get("/api/test-probe/slow", async () => {
      const session = tight.neo4j.driver.session({ database: tight.neo4j.database });
      try {
        return await session.executeRead((tx) => tx.run(EXPENSIVE), { timeout: config.queryTimeoutMs });
      } finally {
        await session.close();
      }
    });
    try {
      const { status, body, headers } = await get("/api/test-probe/slow", tight);
      expect(status).toBe(503);
      expect(body).toEqual({ code: "RGE_QUERY_TIMEOUT", message: expect.any(String) });
      expect(headers["retry-after"]).toBe("5");
      expect(body.message).not.toMatch(/Neo\.|transaction has been terminated/);
    } finally {
      await tight.close();
    }
  }, 60_000);
});

describe("500 never leaks", () => {
  it("maps unknown errors to a masked RGE_INTERNAL", () => {
    expect(toApiError(new Error("at Object.<anonymous> (/work/secret.ts:1:1)"))).toEqual({
      statusCode: 500,
      code: "RGE_INTERNAL",
      message: "Internal server error",
    });
  });
});
