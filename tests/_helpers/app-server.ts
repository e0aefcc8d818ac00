/** Starts the real app (buildApp, not a stub) on a free port against the run's Neo4j, serving the built client. */
import type { FastifyInstance } from "fastify";
import { buildApp } from "../../server/app.ts";
import { loadConfig } from "../../config/index.ts";
import { testConnection } from "./graph.ts";

export interface RunningApp {
  app: FastifyInstance;
  baseUrl: string;
  close(): Promise<void>;
}

export async function startTestApp(env: Record<string, string> = {}): Promise<RunningApp> {
  const { uri, username, password, database } = testConnection();
  const config = loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: password, PORT: "0", ...env });
  const app = await buildApp({ config, connection: { uri, username, password, database }, mode: "external" });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { app, baseUrl: `http://127.0.0.1:${port}`, close: () => app.close() };
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
