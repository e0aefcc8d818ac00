/**
 * Boot-time warm-up: before the app listens (so before /api/health answers ok), ask every read route once for one node
 * of each kind, so Neo4j has planned every statement (each neighbour statement, edges-among, profile, works, search,
 * suggestions, paths) and the first visitor gets the hundredth visitor's latency. On a fresh store the first slice
 * otherwise spent its whole query budget planning (503 RGE_QUERY_TIMEOUT). Requests go through app.inject(), i.e. the
 * real routes with their budgets. Then the page cache: Neo4j Community has no page-cache warmer (the
 * `db.memory.pagecache.warmup.*` settings exist in its configuration but only Enterprise implements them), so the
 * warm-up reads what every request starts from: the id indexes and the records of people and papers.
 * The whole warm-up has a time budget (RGE_WARM_UP_BUDGET_MS): the cheapest, most used routes come first, and what
 * the budget leaves out is reported, so a large store still starts in bounded time.
 */
import type { FastifyInstance } from "fastify";
import { NODE_KINDS } from "../contract/kinds.ts";
import { nodeKey } from "../contract/keys.ts";

export interface WarmUpStep {
  url: string;
  /** 0 when the budget ran out before the step started (skipped). */
  status: number;
  ms: number;
}

/** The URLs the warm-up asks for, given one id per kind (kinds without a node are left out), cheapest first. Pure. */
export function warmUpUrls(samples: Record<string, string | null>): string[] {
  const enc = encodeURIComponent;
  const keys = NODE_KINDS.flatMap((kind) => (samples[kind] ? [nodeKey(kind, samples[kind])] : []));
  const urls: string[] = [];
  const person = samples.person;
  if (person) {
    urls.push(`/api/people/${enc(person)}`, `/api/people/${enc(person)}/works?limit=20`);
  }
  if (samples.paper) urls.push(`/api/papers/${enc(samples.paper)}`);
  urls.push(`/api/search?q=a&limit=10`);
  if (person) {
    urls.push(`/api/people/${enc(person)}/collaborators/suggested?limit=10`);
    if (samples.paper)
      urls.push(`/api/graph/path?from=${enc(nodeKey("person", person))}&to=${enc(nodeKey("paper", samples.paper))}`);
  }
  for (const key of keys) urls.push(`/api/graph/slice?focus=${enc(key)}&depth=1`);
  for (const key of keys) urls.push(`/api/graph/expand?node=${enc(key)}&limit=25`);
  for (const key of keys) urls.push(`/api/graph/slice?focus=${enc(key)}&depth=2`);
  return urls;
}

/** Attempts per URL: a cold plan can take longer than one request's budget; the planning goes on in Neo4j after the
 * request is cut off, so a later attempt finds the plan cached. */
const ATTEMPTS = 3;

/**
 * Runs the warm-up one request at a time (it must not compete with itself) and reports each URL's last answer; steps
 * the budget left out have status 0. Then reads the id indexes and node records into the page cache, if time is left.
 */
export async function warmUp(app: FastifyInstance, budgetMs: number): Promise<WarmUpStep[]> {
  const started = performance.now();
  const left = () => budgetMs - (performance.now() - started);
  const samples = await app.repositories.health.sampleNodes();
  const steps: WarmUpStep[] = [];
  for (const url of warmUpUrls(samples)) {
    const stepStarted = performance.now();
    let status = 0;
    for (let attempt = 1; attempt <= ATTEMPTS && (status === 0 || status === 503) && left() > 0; attempt += 1) {
      status = (await app.inject({ method: "GET", url })).statusCode;
    }
    steps.push({ url, status, ms: Math.round(performance.now() - stepStarted) });
  }
  if (left() > 0) {
    const stepStarted = performance.now();
    const done = await app.repositories.health.warmPageCache(Math.max(1, Math.round(left())));
    steps.push({ url: "page cache: id indexes and node records", status: done ? 200 : 503, ms: elapsed(stepStarted) });
  }
  return steps;
}

const elapsed = (since: number) => Math.round(performance.now() - since);
