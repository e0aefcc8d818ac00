/** Starts the real app (buildApp, not a stub) on a free port against the run's Neo4j, serving the built client. */
import { createServer } from "node:net";
import type { FastifyInstance } from "fastify";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildApp } from "../../server/app.ts";
import { loadConfig } from "../../config/index.ts";
import { testConnection } from "./graph.ts";

export interface RunningApp {
  app: FastifyInstance;
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * Test defaults: mail goes to a fresh outbox directory of its own (`app.mailer.outbox`), and the sign-in and write
 * rate limits are lifted so tests can sign many users in (a test of the limits passes its own values).
 */
export function testEnv(env: Record<string, string> = {}): Record<string, string> {
  const { uri, password } = testConnection();
  return {
    NEO4J_URI: uri,
    NEO4J_PASSWORD: password,
    PORT: "0",
    RGE_MAIL_OUTBOX: mkdtempSync(join(tmpdir(), "rge-outbox-")),
    RGE_SIGN_IN_RATE_LIMIT_PER_MINUTE: "100000",
    RGE_WRITE_RATE_LIMIT_PER_MINUTE: "100000",
    ...env,
  };
}

/** The real app on the run's Neo4j with testEnv's defaults, not listening (for inject(), or routes a test adds). */
export async function buildTestApp(env: Record<string, string> = {}): Promise<FastifyInstance> {
  const { uri, username, password, database } = testConnection();
  const config = loadConfig(testEnv(env));
  return buildApp({ config, connection: { uri, username, password, database }, mode: "external" });
}

export async function startTestApp(env: Record<string, string> = {}): Promise<RunningApp> {
  const app = await buildTestApp(env);
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { app, baseUrl: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/** A TCP port nobody listens on right now (for an app that must come back on the same address, or a dead Neo4j). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * The real app whose Neo4j is not there (nothing listens on its bolt port): every API call that needs the graph
 * answers 503 RGE_GRAPH_UNAVAILABLE, as in production when the database is down. `port` 0 picks a free one.
 */
export async function startAppWithoutDatabase(port = 0): Promise<RunningApp> {
  const connection = {
    uri: `bolt://127.0.0.1:${await freePort()}`,
    username: "neo4j",
    password: "nope",
    database: "neo4j",
  };
  const config = loadConfig({ NEO4J_URI: connection.uri, NEO4J_PASSWORD: connection.password, PORT: String(port) });
  const app = await buildApp({ config, connection, mode: "external" });
  await app.listen({ port, host: "127.0.0.1" });
  const address = app.server.address();
  const bound = typeof address === "object" && address ? address.port : 0;
  return { app, baseUrl: `http://127.0.0.1:${bound}`, close: () => app.close() };
}

export interface JsonResponse<T> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | number | undefined>;
}

/** GET through app.inject() with the parsed JSON body (untyped by default: tests assert on its shape). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test bodies are checked field by field
export async function getJson<T = any>(app: FastifyInstance, url: string): Promise<JsonResponse<T>> {
  const response = await app.inject({ method: "GET", url });
  return { status: response.statusCode, body: response.json<T>(), headers: response.headers };
}
