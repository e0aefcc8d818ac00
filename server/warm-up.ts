/**
 * Boot-time warm-up: before the app listens, ask every read route once for one node of each kind, so Neo4j has planned
 * every statement (each neighbour statement, edges-among, profile, works, search, suggestions, paths) and the first
 * visitor gets the hundredth visitor's latency. On a fresh store the first slice otherwise spent its whole query budget
 * planning (503 RGE_QUERY_TIMEOUT). Requests go through app.inject(), i.e. the real routes with their budgets.
 */
import type { FastifyInstance } from "fastify";
import { NODE_KINDS } from "../contract/kinds.ts";
import { nodeKey } from "../contract/keys.ts";

export interface WarmUpStep {
  url: string;
  status: number;
  ms: number;
}

/** The URLs the warm-up asks for, given one id per kind (kinds without a node are left out). Pure. */
export function warmUpUrls(samples: Record<string, string | null>): string[] {
  const enc = encodeURIComponent;
  const keys = NODE_KINDS.flatMap((kind) => (samples[kind] ? [nodeKey(kind, samples[kind])] : []));
  const urls = keys.flatMap((key) => [
    `/api/graph/slice?focus=${enc(key)}&depth=1`,
    `/api/graph/slice?focus=${enc(key)}&depth=2`,
    `/api/graph/expand?node=${enc(key)}&limit=25`,
  ]);
  const person = samples.person;
  if (person) {
    urls.push(
      `/api/people/${enc(person)}`,
      `/api/people/${enc(person)}/works?limit=20`,
      `/api/people/${enc(person)}/collaborators/suggested?limit=10`,
    );
    if (samples.paper)
      urls.push(`/api/graph/path?from=${enc(nodeKey("person", person))}&to=${enc(nodeKey("paper", samples.paper))}`);
  }
  if (samples.paper) urls.push(`/api/papers/${enc(samples.paper)}`);
  urls.push(`/api/search?q=a&limit=10`);
  return urls;
}

/** Attempts per URL: a cold plan can take longer than one request's budget; the planning goes on in Neo4j after the
 * request is cut off, so a later attempt finds the plan cached. */
const ATTEMPTS = 3;

/** Runs the warm-up one request at a time (it must not compete with itself) and reports each URL's last answer. */
export async function warmUp(app: FastifyInstance): Promise<WarmUpStep[]> {
  const samples = await app.repositories.health.sampleNodes();
  const steps: WarmUpStep[] = [];
  for (const url of warmUpUrls(samples)) {
    const started = performance.now();
    let status = 0;
    for (let attempt = 1; attempt <= ATTEMPTS && (status === 0 || status === 503); attempt += 1) {
      status = (await app.inject({ method: "GET", url })).statusCode;
    }
    steps.push({ url, status, ms: Math.round(performance.now() - started) });
  }
  return steps;
}
