/**
 * `npm start`'s process (server/main.ts, embedded mode) with its OWN Neo4j in a temporary store — never the shared
 * test database — through the faults of issue 10: the JVM stopped (SIGSTOP), killed (SIGKILL), and Node killed.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "../../db/free-port.ts";
import { runCli, type CliRun } from "../_helpers/cli.ts";

const BUDGET_MS = 2000;
/** Time the loaded test machine may add to an answer on top of its budget (scheduling, HTTP on loopback). */
const SLACK_MS = 750;

let dataDir: string;
let server: CliRun;
let baseUrl: string;
let jvmPid: number;

async function timed(path: string): Promise<{ status: number; ms: number; body: { code?: string; status?: string } }> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${path}`);
  const body = (await response.json()) as { code?: string; status?: string };
  return { status: response.status, ms: performance.now() - started, body };
}

/**
 * Polls `path` (each answer itself bounded by the budget) until it answers 200; meanwhile only 503s from the
 * registry are acceptable. A cold JVM may need a few tries to plan a statement within a 2 s budget.
 */
async function untilOk(path: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const { status, body } = await timed(path);
    if (status === 200 && (body.status === undefined || body.status === "ok")) return;
    expect([status, body.code ?? body.status]).toEqual([503, expect.stringMatching(/^(RGE_|unavailable|restarting)/)]);
    if (Date.now() > end) throw new Error(`${path} still ${status} ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 200)); // poll interval, not a wait for a fixed state
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "rge-supervised-"));
  const port = await findFreePort();
  baseUrl = `http://127.0.0.1:${port}`;
  server = runCli("server/main.ts", [], {
    PORT: String(port),
    RGE_DATA_DIR: dataDir,
    NEO4J_EMBEDDED_PORT: "0",
    RGE_NEO4J_HEAP_MB: "512",
    RGE_NEO4J_PAGECACHE_MB: "64",
    RGE_LOAD_DEMO: "false",
    RGE_QUERY_TIMEOUT_MS: String(BUDGET_MS),
    LOG_LEVEL: "warn",
  });
  await server.waitFor(`open http://localhost:${port}`, 240_000);
  jvmPid = Number(/ready at bolt:\/\/\S+ \(pid (\d+)\)/.exec(server.output())?.[1]);
  expect(alive(jvmPid)).toBe(true);
}, 300_000);

afterAll(async () => {
  if (server.child.exitCode === null) server.child.kill("SIGKILL");
  await server.done;
  if (alive(jvmPid)) process.kill(jvmPid, "SIGKILL");
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the embedded Neo4j under faults", () => {
  it("SIGSTOP: every request is answered within its budget; after SIGCONT the app recovers by itself", async () => {
    process.kill(jvmPid, "SIGSTOP");
    try {
      const paths = ["/api/search?q=shelah", "/api/people/arxiv%3AS.Shelah", "/api/health", "/api/search?q=witten"];
      for (let wave = 0; wave < 3; wave++) {
        const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => timed(paths[i % paths.length]!)));
        for (const answer of answers) {
          expect(answer.status).toBe(503);
          expect(answer.ms).toBeLessThan(BUDGET_MS + SLACK_MS);
        }
      }
    } finally {
      process.kill(jvmPid, "SIGCONT");
    }
    await untilOk("/api/health", 60_000);
    await untilOk("/api/search?q=x", 30_000);
  }, 120_000);

  it("SIGKILL: 503 with Retry-After within 1 s, health `restarting`, then healthy again by itself", async () => {
    process.kill(jvmPid, "SIGKILL");
    await server.waitFor(`Neo4j (pid ${jvmPid}) exited unexpectedly`, 10_000);
    const answer = await timed("/api/search?q=shelah");
    expect(answer.status).toBe(503);
    expect(answer.body.code).toBe("RGE_GRAPH_UNAVAILABLE");
    expect(answer.ms).toBeLessThan(1000);
    const health = await fetch(`${baseUrl}/api/health`);
    expect(health.status).toBe(503);
    expect(Number(health.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(((await health.json()) as { status: string }).status).toBe("restarting");

    await server.waitFor(/Neo4j \S+ is back at \S+ \(pid \d+\)/, 240_000);
    await untilOk("/api/health", 30_000);
    await untilOk("/api/search?q=x", 30_000);
    const log = server.output();
    expect(log).toContain("restarting Neo4j in");
    jvmPid = Number(/is back at \S+ \(pid (\d+)\)/.exec(log)?.[1]);
    expect(alive(jvmPid)).toBe(true);
  }, 300_000);

  it("Node's death takes the JVM with it", async () => {
    server.child.kill("SIGKILL");
    await server.done;
    const end = Date.now() + 60_000;
    while (alive(jvmPid) && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(alive(jvmPid)).toBe(false);
  }, 90_000);
});
