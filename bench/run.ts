/**
 * API benchmark (`npm run bench`): p50/p95/p99 latency and requests/s of every API read on the demo data, over real
 * HTTP on loopback, and side by side the depth-2 slice against a naive `MATCH (n {id:$id})-[*1..2]-(m)` (ratio).
 *
 *   npm run bench [-- --requests 60 --concurrency 4 --naive-runs 3]
 *
 * Uses NEO4J_URI (+ NEO4J_USERNAME / NEO4J_PASSWORD / NEO4J_DATABASE) when set; otherwise starts its own embedded
 * Neo4j in a temporary directory, loads the demo data (about a minute) and removes it afterwards.
 * Results also go to bench/results/api-<time>.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { buildApp } from "../server/app.ts";
import { loadConfig } from "../config/index.ts";
import { createDriver } from "../server/neo4j/driver.ts";
import { openBenchDatabase } from "./database.ts";
import { runNaive } from "./naive.ts";
import { SCENARIOS, SLICE_FOCI } from "./scenarios.ts";
import { measure } from "./http.ts";
import { percentile, printTable, type LatencyStats } from "./stats.ts";

const RESULTS = new URL("./results/", import.meta.url).pathname;

function arg(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index > 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1 || value > 10_000) throw new Error(`bench: invalid --${name}`);
  return value;
}

async function main(): Promise<void> {
  const requests = arg("requests", 60);
  const concurrency = arg("concurrency", 4);
  const naiveRuns = arg("naive-runs", 3);
  const database = await openBenchDatabase();
  const { connection } = database;
  const config = loadConfig({ NEO4J_URI: connection.uri, NEO4J_PASSWORD: connection.password, LOG_LEVEL: "error" });
  const app = await buildApp({ config, connection, mode: "external" });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const driver = createDriver(connection);
  try {
    console.log(`[bench] Neo4j: ${database.label}; ${requests} requests per scenario, concurrency ${concurrency}`);
    // Two warm-up rounds: query plans are cached and the JVM has compiled the hot paths before anything is timed.
    for (let round = 0; round < 2; round += 1) {
      for (const scenario of SCENARIOS)
        for (const url of scenario.urls) await fetch(baseUrl + url).then((r) => r.text());
    }
    const machine = `${cpus().length} CPUs, load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(" ")}`;
    console.log(`[bench] machine: ${machine}`);

    const results: Array<{ scenario: string } & LatencyStats> = [];
    for (const scenario of SCENARIOS) {
      results.push({ scenario: scenario.name, ...(await measure(baseUrl, scenario.urls, requests, concurrency)) });
    }
    console.log("\nAPI latency (ms) over HTTP on loopback");
    printTable(results.map(({ scenario, ...stats }) => ({ scenario, ...stats })));

    const comparison: Array<Record<string, string | number>> = [];
    for (const focus of SLICE_FOCI) {
      const url = `/api/graph/slice?focus=${encodeURIComponent(focus.key)}&depth=2`;
      const api: number[] = [];
      let shown = 0;
      for (let i = 0; i < naiveRuns; i += 1) {
        const t0 = performance.now();
        const body = (await (await fetch(baseUrl + url)).json()) as { nodes: unknown[] };
        api.push(performance.now() - t0);
        shown = body.nodes.length;
      }
      const naive = await runNaive(driver, connection.database, focus.id, naiveRuns);
      const apiP50 = percentile(
        [...api].sort((a, b) => a - b),
        0.5,
      );
      const naiveP50 =
        naive.ms.length > 0
          ? percentile(
              [...naive.ms].sort((a, b) => a - b),
              0.5,
            )
          : NaN;
      comparison.push({
        focus: focus.key,
        "api p50 ms": Math.round(apiP50),
        "api nodes": shown,
        "naive p50 ms": naive.timedOut ? "> 60000" : Math.round(naiveP50),
        "naive rows": naive.rows ?? "?",
        "naive nodes": naive.nodes ?? "?",
        "naive / api": naive.timedOut ? "> " + (60_000 / apiP50).toFixed(0) : (naiveP50 / apiP50).toFixed(1),
      });
    }
    console.log(
      `\nDepth-2 slice: API (ranked, capped, with edges) vs naive MATCH (n {id:$id})-[*1..2]-(m) (${naiveRuns} runs)`,
    );
    printTable(comparison);

    mkdirSync(RESULTS, { recursive: true });
    const file = join(RESULTS, `api-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    writeFileSync(
      file,
      JSON.stringify({ database: database.label, machine, requests, concurrency, results, comparison }, null, 2),
    );
    console.log(`\n[bench] written ${file}`);
  } finally {
    await driver.close();
    await app.close();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
