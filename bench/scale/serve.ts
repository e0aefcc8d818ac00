/**
 * Starts the app on a prepared store as `npm start` would (embedded Neo4j + the Fastify app), and measures what a
 * start costs: seconds until Neo4j answers, until health says ok, and the first request's latency.
 */
import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../db/embedded-neo4j.ts";
import { buildApp } from "../../server/app.ts";
import { loadConfig } from "../../config/index.ts";
import { createDriver, type Neo4jConnection } from "../../server/neo4j/driver.ts";
import { ensureReadRanks } from "../../server/neo4j/read-ranks.ts";
import { applySchema } from "../../server/neo4j/schema.ts";
import { warmUp } from "../../server/warm-up.ts";

export interface ServedStore {
  baseUrl: string;
  connection: Neo4jConnection;
  neo4jPid: number;
  neo4jStartSeconds: number;
  /** From spawning Neo4j until /api/health answers 200. */
  appStartSeconds: number;
  close(): Promise<void>;
}

/** Resident memory of a process in MiB (Linux /proc). */
export function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Math.round(Number(match[1]) / 1024) : 0;
}

/** `heapMb` / `pageCacheMb` undefined: chosen from the store's size as `npm start` does (db/memory.ts). */
export async function serveStore(dataDir: string, heapMb?: number, pageCacheMb?: number): Promise<ServedStore> {
  const started = performance.now();
  let embedded: EmbeddedNeo4j | undefined;
  let app: FastifyInstance | undefined;
  try {
    embedded = await startEmbeddedNeo4j({ dataDir, port: 0, heapMb, pageCacheMb });
    const connection = {
      uri: embedded.uri,
      username: embedded.username,
      password: embedded.password,
      database: "neo4j",
    };
    // As `npm start` does: a store kept (--reuse) from older code gets its read ranks and indexes first.
    const driver = createDriver(connection);
    try {
      await ensureReadRanks(driver, "neo4j");
      await applySchema(driver, "neo4j");
    } finally {
      await driver.close();
    }
    // The per-client rate limit would answer 429 to a benchmark that is one client sending thousands of requests.
    const config = loadConfig({
      NEO4J_URI: connection.uri,
      NEO4J_PASSWORD: connection.password,
      LOG_LEVEL: "error",
      RGE_RATE_LIMIT_PER_MINUTE: "10000000",
    });
    app = await buildApp({ config, connection, mode: "external" });
    // As `npm start` does: plans and the page cache are warmed before the app listens (so before health says ok).
    await app.ready();
    await warmUp(app, config.warmUpBudgetMs);
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    const baseUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    for (;;) {
      const response = await fetch(`${baseUrl}/api/health`);
      await response.arrayBuffer();
      if (response.status === 200) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const running = { embedded, app };
    return {
      baseUrl,
      connection,
      neo4jPid: embedded.pid,
      neo4jStartSeconds: embedded.startSeconds,
      appStartSeconds: (performance.now() - started) / 1000,
      close: async () => {
        await running.app.close();
        await running.embedded.stop();
      },
    };
  } catch (error) {
    await app?.close();
    await embedded?.stop();
    throw error;
  }
}
