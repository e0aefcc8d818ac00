/** GET /api/health through the real app, in-process and as `npm start` runs it (server/main.ts) in external mode. */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../server/app.ts";
import { loadConfig } from "../../config/index.ts";
import { findFreePort } from "../../db/free-port.ts";
import { runCli } from "../_helpers/cli.ts";
import { query, testConnection, testDriver } from "../_helpers/graph.ts";

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

async function labelCount(label: string): Promise<number> {
  const [row] = await query<{ n: number }>(driver, `MATCH (n:${label}) RETURN count(n) AS n`);
  return row!.n;
}

describe("GET /api/health", () => {
  it("reports Neo4j's version and the node counts per label", async () => {
    const connection = testConnection();
    const app = await buildApp({
      config: loadConfig({ NEO4J_URI: connection.uri, NEO4J_PASSWORD: connection.password }),
      connection,
      mode: "external",
    });
    const response = await app.inject({ method: "GET", url: "/api/health" });
    await app.close();
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.status).toBe("ok");
    expect(body.neo4j).toMatchObject({ reachable: true, edition: "community", mode: "external", database: "neo4j" });
    expect(body.neo4j.version).toMatch(/^5\.26\./);
    expect(body.counts).toEqual({
      people: await labelCount("Person"),
      papers: await labelCount("Paper"),
      topics: await labelCount("Topic"),
      institutions: await labelCount("Institution"),
      venues: await labelCount("Venue"),
    });
  });

  it("answers 503 with Retry-After when Neo4j cannot be reached", async () => {
    const port = await findFreePort();
    const connection = { uri: `bolt://127.0.0.1:${port}`, username: "neo4j", password: "x", database: "neo4j" };
    const app = await buildApp({ config: loadConfig({}), connection, mode: "external" });
    const response = await app.inject({ method: "GET", url: "/api/health" });
    await app.close();
    expect(response.statusCode).toBe(503);
    expect(response.headers["retry-after"]).toBe("5");
    expect(response.json()).toMatchObject({ status: "unavailable", neo4j: { reachable: false }, counts: null });
  });
});

describe("server/main.ts with NEO4J_URI (external mode)", () => {
  it("starts nothing of its own, serves the API and the client, and exits cleanly on SIGTERM", async () => {
    const connection = testConnection();
    const port = await findFreePort();
    const server = runCli("server/main.ts", [], {
      NEO4J_URI: connection.uri,
      NEO4J_PASSWORD: connection.password,
      PORT: String(port),
      LOG_LEVEL: "warn",
    });
    await server.waitFor(`open http://localhost:${port}`, 180_000);
    const health = (await (await fetch(`http://127.0.0.1:${port}/api/health`)).json()) as { neo4j: { mode: string } };
    expect(health.neo4j.mode).toBe("external");
    const page = await fetch(`http://127.0.0.1:${port}/people/arxiv%3AXia%20Song`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(page.headers.get("content-security-policy")).toContain("worker-src 'self' blob:");
    server.child.kill("SIGTERM");
    const result = await server.done;
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("starting the embedded Neo4j");
  }, 240_000);
});
