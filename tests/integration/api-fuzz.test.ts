/**
 * A seeded fuzz run (issue 10): ~2,000 requests generated from /docs/json with hostile values, through the real app
 * against the real database. No answer may be a 5xx, every error is `{ code, message }` with the security headers,
 * and no answer may take longer than the request budget. Reproduce a failure with the seed printed in its message.
 */
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../server/app.ts";
import { loadConfig } from "../../config/index.ts";
import { seededRandom } from "../_helpers/coauthor-bfs.ts";
import { fuzzRequest, type FuzzRequest, type OpenApi } from "../_helpers/fuzz.ts";
import { testConnection } from "../_helpers/graph.ts";

const SEED = Number(process.env.RGE_FUZZ_SEED ?? 20_261_129);
const REQUESTS = 2000;
const CONCURRENCY = 2;
/** Scheduling slack of the shared 2-core machine on top of the budget. */
const SLACK_MS = 1000;

interface Outcome {
  request: FuzzRequest;
  status: number;
  ms: number;
  problem: string | null;
}

let app: FastifyInstance;
let budgetMs: number;
beforeAll(async () => {
  const connection = testConnection();
  // The fuzzer is one client sending far more than a person would: lift the rate limit, keep everything else.
  const config = loadConfig({
    NEO4J_URI: connection.uri,
    NEO4J_PASSWORD: connection.password,
    RGE_RATE_LIMIT_PER_MINUTE: "1000000",
  });
  budgetMs = config.queryTimeoutMs;
  app = await buildApp({ config, connection, mode: "external" });
});
afterAll(() => app.close());

async function send(request: FuzzRequest): Promise<Outcome> {
  const started = performance.now();
  const response = await app.inject({
    method: request.method,
    url: request.url,
    payload: request.payload,
    headers: request.payload === undefined ? {} : { "content-type": "application/json" },
  });
  const ms = performance.now() - started;
  let problem: string | null = null;
  if (response.statusCode >= 500) problem = `${response.statusCode} ${response.body.slice(0, 200)}`;
  else if (!response.headers["content-security-policy"]) problem = "no CSP header";
  else if (response.statusCode >= 400) {
    const body = response.json();
    const keys = Object.keys(body).sort().join(",");
    if (keys !== "code,message" || !/^RGE_[A-Z_]+$/.test(body.code)) problem = `error body ${response.body}`;
  }
  return { request, status: response.statusCode, ms, problem };
}

describe(`fuzzing the API from its OpenAPI description (seed ${SEED})`, () => {
  it(`${REQUESTS} hostile requests: 0 × 5xx, every error in the registry's shape, none over budget`, async () => {
    const api = (await app.inject({ method: "GET", url: "/docs/json" })).json<OpenApi>();
    const random = seededRandom(SEED);
    const requests = Array.from({ length: REQUESTS }, () => fuzzRequest(api, random));
    const outcomes: Outcome[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests.length) outcomes.push(await send(requests[next++]!));
      }),
    );
    const statuses = new Map<number, number>();
    for (const { status } of outcomes) statuses.set(status, (statuses.get(status) ?? 0) + 1);
    console.log(`[fuzz] seed ${SEED}: statuses ${JSON.stringify(Object.fromEntries(statuses))}`);

    const routes = new Set(requests.map(({ method, url }) => `${method} ${url.split("?")[0]!.split("/").slice(0, 4)}`));
    expect(routes.size).toBeGreaterThanOrEqual(6); // every resource was hit
    expect([...statuses.keys()].some((status) => status === 200)).toBe(true);
    expect([...statuses.keys()].some((status) => status === 400)).toBe(true);
    const problems = outcomes.filter((outcome) => outcome.problem).slice(0, 5);
    expect(
      problems.map(({ request, problem }) => `${request.method} ${request.url.slice(0, 200)}: ${problem}`),
    ).toEqual([]);
    const slow = outcomes.filter(({ ms }) => ms > budgetMs + SLACK_MS).slice(0, 5);
    expect(slow.map(({ request, ms }) => `${request.url.slice(0, 200)}: ${ms.toFixed(0)} ms`)).toEqual([]);
  }, 600_000);
});
