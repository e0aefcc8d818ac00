/**
 * Load benchmark (`npm run bench:load`): does admission control keep accepted requests fast under overload?
 * A concurrency ramp of depth-2 slices finds the knee (the lowest concurrency reaching 90 % of the best accepted
 * throughput), then a hold at twice the knee measures what accepted requests get and how much is shed (503).
 * Loopback only; bounded in concurrency, stage length and total time. Prints accepted rps, p50/p95 of accepted
 * requests, shed rate, client timeouts, and the RSS of Node and Neo4j; results go to bench/results/load-<time>.json.
 *
 *   npm run bench:load [-- --stage-seconds 10 --hold-seconds 60 --max-concurrency 32 --neo4j-pid <pid>]
 *
 * With NEO4J_URI the bench uses that server (its RSS is read if --neo4j-pid names its JVM on this machine).
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { buildApp } from "../server/app.ts";
import { loadConfig } from "../config/index.ts";
import { openBenchDatabase } from "./database.ts";
import { SLICE_FOCI } from "./scenarios.ts";
import { percentile, printTable } from "./stats.ts";

const RESULTS = new URL("./results/", import.meta.url).pathname;
/** A request still unanswered after this counts as timed out (the goal is none). */
const CLIENT_TIMEOUT_MS = 30_000;

function arg(name: string, fallback: number, max: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index > 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) throw new Error(`bench:load: invalid --${name}`);
  return value;
}

const URLS = SLICE_FOCI.filter((focus) => !focus.key.startsWith("venue:")).map(
  (focus) => `/api/graph/slice?focus=${encodeURIComponent(focus.key)}&depth=2`,
);

interface Stage {
  concurrency: number;
  seconds: number;
  accepted: number;
  rps: number;
  p50: number;
  p95: number;
  shedPct: number;
  /** 503s that are not load shedding: RGE_QUERY_TIMEOUT / RGE_GRAPH_UNAVAILABLE. */
  over503: number;
  otherErrors: number;
  timeouts: number;
  nodeRssMb: number;
  neo4jRssMb: number | null;
}

function rssMb(pid: number | null): number | null {
  if (pid === null) return null;
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Math.round(Number(match[1]) / 1024) : null;
}

/** Closed-loop clients: each sends its next request as soon as the previous one is answered. */
async function stage(baseUrl: string, concurrency: number, seconds: number, neo4jPid: number | null): Promise<Stage> {
  const accepted: number[] = [];
  let shed = 0;
  let over503 = 0;
  let otherErrors = 0;
  let timeouts = 0;
  let sent = 0;
  const end = performance.now() + seconds * 1000;
  const client = async () => {
    while (performance.now() < end) {
      const url = URLS[sent++ % URLS.length]!;
      const t0 = performance.now();
      try {
        const response = await fetch(baseUrl + url, { signal: AbortSignal.timeout(CLIENT_TIMEOUT_MS) });
        const text = await response.text();
        if (response.status === 200) accepted.push(performance.now() - t0);
        else if (response.status === 503 && text.includes("RGE_OVERLOADED")) {
          shed++;
          // A well-behaved client waits as told; spinning clients would only measure the event loop.
          const wait = Number(response.headers.get("retry-after") ?? 1) * 1000;
          await new Promise((resolve) => setTimeout(resolve, Math.min(wait, Math.max(0, end - performance.now()))));
        } else if (response.status === 503) over503++;
        else otherErrors++;
      } catch {
        timeouts++;
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, client));
  const wall = (performance.now() - started) / 1000;
  const sorted = accepted.sort((a, b) => a - b);
  const total = accepted.length + shed + over503 + otherErrors + timeouts;
  return {
    concurrency,
    seconds: Math.round(wall),
    accepted: accepted.length,
    rps: Math.round((accepted.length / wall) * 10) / 10,
    p50: Math.round(percentile(sorted, 0.5)),
    p95: Math.round(percentile(sorted, 0.95)),
    shedPct: total === 0 ? 0 : Math.round((shed / total) * 1000) / 10,
    over503,
    otherErrors,
    timeouts,
    nodeRssMb: Math.round(process.memoryUsage().rss / 1024 / 1024),
    neo4jRssMb: rssMb(neo4jPid),
  };
}

async function main(): Promise<void> {
  const stageSeconds = arg("stage-seconds", 10, 120);
  const holdSeconds = arg("hold-seconds", 60, 600);
  const maxConcurrency = arg("max-concurrency", 32, 256);
  const database = await openBenchDatabase();
  const neo4jPid = process.argv.includes("--neo4j-pid") ? arg("neo4j-pid", 1, 4_194_304) : database.pid;
  const { connection } = database;
  // One client machine sends everything: the per-client rate limit would measure itself, not admission control.
  const config = loadConfig({
    NEO4J_URI: connection.uri,
    NEO4J_PASSWORD: connection.password,
    RGE_RATE_LIMIT_PER_MINUTE: "10000000",
    ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name.startsWith("RGE_DB_"))),
  });
  const app = await buildApp({ config, connection, mode: "external" });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  const baseUrl = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  try {
    const machine = () =>
      `${cpus().length} CPUs, load average ${loadavg()
        .map((n) => n.toFixed(1))
        .join(" ")}`;
    console.log(`[bench:load] Neo4j: ${database.label}; admission ${JSON.stringify(config.admission)}`);
    console.log(`[bench:load] machine at start: ${machine()}`);
    for (let round = 0; round < 2; round++) for (const url of URLS) await fetch(baseUrl + url).then((r) => r.text());

    const ramp: Stage[] = [];
    for (let concurrency = 1; concurrency <= maxConcurrency; concurrency *= 2) {
      ramp.push(await stage(baseUrl, concurrency, stageSeconds, neo4jPid));
      console.log(`[bench:load] ramp c=${concurrency}: ${JSON.stringify(ramp.at(-1))}`);
    }
    const best = Math.max(...ramp.map((s) => s.rps));
    const knee = ramp.find((s) => s.rps >= 0.9 * best)!;
    console.log(`\nRamp (${stageSeconds} s per stage); knee at concurrency ${knee.concurrency}`);
    printTable(ramp.map((s) => ({ ...s, neo4jRssMb: s.neo4jRssMb ?? "n/a" })));

    const hold = await stage(baseUrl, knee.concurrency * 2, holdSeconds, neo4jPid);
    console.log(`\nHold at 2 × knee (concurrency ${hold.concurrency}, ${holdSeconds} s)`);
    printTable([{ ...hold, neo4jRssMb: hold.neo4jRssMb ?? "n/a" }]);
    const ratio = knee.p95 > 0 ? hold.p95 / knee.p95 : NaN;
    const met = ratio <= 1.5 && hold.timeouts === 0 && hold.otherErrors === 0 && hold.over503 === 0;
    console.log(
      `\nGoal (accepted p95 at 2 × knee ≤ 1.5 × knee's p95, the rest shed with 503, none timing out): ` +
        `${met ? "met" : "NOT met"} — p95 ${hold.p95} ms vs ${knee.p95} ms (× ${ratio.toFixed(2)}), ` +
        `shed ${hold.shedPct} %, 503 over budget/unavailable ${hold.over503}, timeouts ${hold.timeouts}, ` +
        `other errors ${hold.otherErrors}`,
    );
    console.log(`[bench:load] machine at end: ${machine()}`);
    mkdirSync(RESULTS, { recursive: true });
    const file = join(RESULTS, `load-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
    const record = { database: database.label, machine: machine(), admission: config.admission, ramp, knee, hold };
    writeFileSync(file, JSON.stringify(record, null, 2));
    console.log(`[bench:load] written ${file}`);
  } finally {
    await app.close();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
