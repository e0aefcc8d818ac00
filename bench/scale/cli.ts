/**
 * `npm run bench:scale [-- --sizes 33k,100k,1m --requests 40 --reuse]`: for each size, generate (cached) and import
 * (bulk, then an incremental sample into the filled store), start the app, and time every API read at concurrency
 * 1 and 4 over foci from the whole degree distribution (hubs included). Prints one table per measure with the sizes
 * side by side and writes bench/results/scale-<time>.json. `--reuse` keeps stores imported by an earlier run.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { createDriver } from "../../server/neo4j/driver.ts";
import { measure } from "../http.ts";
import { printTable, type LatencyStats } from "../stats.ts";
import { directorySize, prepareStore, type PreparedStore } from "./datasets.ts";
import { chooseFoci } from "./foci.ts";
import { scaleScenarios } from "./scenarios.ts";
import { rssMiB, serveStore } from "./serve.ts";

const RESULTS = new URL("../results/", import.meta.url).pathname;
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(" ");

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
}

interface SizeResult {
  store: PreparedStore;
  storeMiB: number;
  neo4jStartSeconds: number;
  appStartSeconds: number;
  firstRequestMs: number;
  warmRequestMs: number;
  neo4jRssMiB: number;
  nodeRssMiB: number;
  load: string;
  latency: Record<string, LatencyStats>;
}

async function measureSize(size: string, requests: number, reuse: boolean): Promise<SizeResult> {
  const log = (line: string) => console.log(`[bench:scale ${size}] ${line}`);
  const store = await prepareStore(size, reuse, log);
  // Unset: sized from the store as `npm start` sizes it (db/memory.ts).
  const memory = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);
  const heapMb = memory("RGE_NEO4J_HEAP_MB");
  const pageCacheMb = memory("RGE_NEO4J_PAGECACHE_MB");
  const served = await serveStore(store.dataDir, heapMb, pageCacheMb);
  try {
    const driver = createDriver(served.connection);
    const foci = await chooseFoci(driver).finally(() => driver.close());
    const first = `/api/graph/slice?focus=${encodeURIComponent(foci.people[0]!)}&depth=2`;
    let t0 = performance.now();
    await (await fetch(served.baseUrl + first)).arrayBuffer();
    const firstRequestMs = performance.now() - t0;
    const scenarios = scaleScenarios(foci);
    for (const scenario of scenarios)
      for (const url of scenario.urls) await fetch(served.baseUrl + url).then((r) => r.text());
    t0 = performance.now();
    await (await fetch(served.baseUrl + first)).arrayBuffer();
    const warmRequestMs = performance.now() - t0;
    const latency: Record<string, LatencyStats> = {};
    for (const concurrency of [1, 4]) {
      for (const scenario of scenarios) {
        log(`${scenario.name} ×${concurrency}`);
        latency[`${scenario.name} | c${concurrency}`] = await measure(
          served.baseUrl,
          scenario.urls,
          requests,
          concurrency,
        );
      }
    }
    return {
      store,
      storeMiB: Math.round(directorySize(join(store.dataDir, "data", "databases", "neo4j")) / 2 ** 20),
      neo4jStartSeconds: served.neo4jStartSeconds,
      appStartSeconds: served.appStartSeconds,
      firstRequestMs,
      warmRequestMs,
      neo4jRssMiB: rssMiB(served.neo4jPid),
      nodeRssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
      load: load(),
      latency,
    };
  } finally {
    await served.close();
  }
}

function report(results: Record<string, SizeResult>): void {
  const sizes = Object.keys(results);
  const r = (n: number) => (n >= 100 ? Math.round(n) : Math.round(n * 10) / 10);
  console.log("\nImport, store and start per size");
  printTable(
    sizes.map((size) => {
      const result = results[size]!;
      const bulk = result.store.imports.find((i) => i.path === "bulk");
      const incremental = result.store.imports.at(-1)!;
      return {
        size: result.store.label,
        works: result.store.works,
        "bulk s": bulk ? r(bulk.seconds) : "–",
        "bulk authorships/s": bulk ? Math.round(bulk.authorshipsPerSecond) : "–",
        "incr. authorships/s": Math.round(incremental.authorshipsPerSecond),
        "store MiB": result.storeMiB,
        "neo4j start s": r(result.neo4jStartSeconds),
        "app start s": r(result.appStartSeconds),
        "1st slice ms": r(result.firstRequestMs),
        "warm slice ms": r(result.warmRequestMs),
        "neo4j RSS MiB": result.neo4jRssMiB,
        "node RSS MiB": result.nodeRssMiB,
        load: result.load,
      };
    }),
  );
  console.log("\nAPI latency p50 / p95 / p99 ms (requests/s)");
  const keys = Object.keys(results[sizes[0]!]!.latency);
  printTable(
    keys.map((key) => ({
      "scenario | concurrency": key,
      ...Object.fromEntries(
        sizes.map((size) => {
          const s = results[size]!.latency[key]!;
          return [
            results[size]!.store.label,
            `${r(s.p50)} / ${r(s.p95)} / ${r(s.p99)} (${r(s.rps)})${s.errors ? ` ${s.errors} err` : ""}`,
          ];
        }),
      ),
    })),
  );
}

async function main(): Promise<void> {
  const sizes = (option("sizes") ?? "33k,100k,1m").split(",");
  const requests = Number(option("requests") ?? 40);
  const reuse = process.argv.includes("--reuse");
  const results: Record<string, SizeResult> = {};
  for (const size of sizes) results[size] = await measureSize(size, requests, reuse);
  report(results);
  mkdirSync(RESULTS, { recursive: true });
  const file = join(RESULTS, `scale-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify({ machine: `${cpus().length} CPUs`, requests, results }, null, 2));
  console.log(`\n[bench:scale] written ${file}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
