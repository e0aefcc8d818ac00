/**
 * GET /api/graph/path against independent expectations from the raw data files (tests/_helpers/path-oracle.ts: an
 * unbounded BFS, components and Yen's k shortest loopless paths over graphs read from the CSV and JSON lines
 * without the importer). Pairs are chosen by the oracle (seeded), never hard-coded: far pairs (7+ co-author hops),
 * pairs in different components, and pairs for each kind constraint.
 */
import type { FastifyInstance } from "fastify";
import { Value } from "typebox/value";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PathResultSchema, type PathResult } from "../../contract/schemas/graph.ts";
import { ALTERNATIVES_SLACK, SHORTEST_SEARCH_MS } from "../../server/repositories/paths.ts";
import { getJson, startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { seededRandom } from "../_helpers/coauthor-bfs.ts";
import { readPaperscape, type PaperscapeOracle } from "../_helpers/paperscape-oracle.ts";
import {
  bfsPath,
  componentOf,
  oracleGraph,
  yenLengths,
  type Adjacency,
  type OracleConstraint,
} from "../_helpers/path-oracle.ts";

let running: RunningApp;
let app: FastifyInstance;
let oracle: PaperscapeOracle;
let coauthors: Adjacency;

beforeAll(async () => {
  running = await startTestApp();
  app = running.app;
  oracle = readPaperscape();
  coauthors = oracleGraph(oracle, "coauthor");
});
afterAll(async () => {
  await running.close();
});

const VIA: Record<OracleConstraint, string> = {
  coauthor: "coauthor",
  papers: "authored,cites",
  topics: "works_on,has_topic",
  institutions: "affiliated_with",
};

async function path(from: string, to: string, via: string, k = 1): Promise<PathResult> {
  const query = new URLSearchParams({ from, to, via, k: String(k) });
  const { status, body } = await getJson<PathResult>(app, `/api/graph/path?${query}`);
  expect(status, JSON.stringify(body)).toBe(200);
  expect(Value.Check(PathResultSchema, body)).toBe(true);
  return body;
}

/** Hop distances from `start` to every node of its component. */
function distances(adjacency: Adjacency, start: string): Map<string, number> {
  const seen = new Map([[start, 0]]);
  let frontier = [start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const other of adjacency.get(node) ?? []) {
        if (!seen.has(other)) {
          seen.set(other, seen.get(node)! + 1);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return seen;
}

const pick = <T>(items: readonly T[], random: () => number) => items[Math.floor(random() * items.length)]!;

/** Every path is loopless, runs from `from` to `to` and steps along edges of the oracle graph. */
function expectPathsIn(adjacency: Adjacency, body: PathResult, from: string, to: string) {
  for (const keys of body.paths) {
    expect(keys[0]).toBe(from);
    expect(keys.at(-1)).toBe(to);
    expect(new Set(keys).size).toBe(keys.length);
    for (let i = 1; i < keys.length; i += 1) expect(adjacency.get(keys[i - 1]!)?.has(keys[i]!), keys[i]).toBe(true);
  }
}

describe("GET /api/graph/path: co-authorship against a BFS over the raw CSV", () => {
  it("finds pairs 7+ hops apart at their true distance, with readable hops", async () => {
    const random = seededRandom(12);
    const people = [...coauthors.keys()].filter((key) => coauthors.get(key)!.size >= 2).sort();
    const source = pick(people, random);
    const reach = distances(coauthors, source);
    const far = [...reach.entries()].filter(([, d]) => d >= 7).sort(([a], [b]) => (a < b ? -1 : 1));
    expect(far.length).toBeGreaterThan(0);
    const farthest = Math.max(...reach.values());
    const targets = [pick(far, random), pick(far, random), [...reach].find(([, d]) => d === farthest)!];
    for (const [target, expected] of targets) {
      const body = await path(source, target, "coauthor", 2);
      expect(body.outcome).toBe("found");
      expect(body.length, `${source} → ${target}`).toBe(expected);
      expect(body.length).toBeGreaterThan(6);
      expectPathsIn(coauthors, body, source, target);
      for (const hop of body.hops[0]!) {
        expect(hop.kind).toBe("coauthor");
        const [x, y] = [hop.from, hop.to].map((key) => key.slice("person:arxiv:".length));
        const shared = [...oracle.worksByAuthor.get(x!)!].filter((id) => oracle.worksByAuthor.get(y!)!.has(id));
        expect(hop.shared?.count).toBe(shared.length);
        const work = oracle.works.get(hop.shared!.work.key.slice("paper:arxiv:".length))!;
        expect(work.authors).toEqual(expect.arrayContaining([x, y]));
        expect(work.year).toBe(Math.min(...shared.map((id) => oracle.works.get(id)!.year)));
      }
    }
  });

  it("says that no path exists between different components", async () => {
    const random = seededRandom(5);
    const people = [...coauthors.keys()].sort();
    const a = pick(people, random);
    const component = componentOf(coauthors, a);
    const outside = people.filter((key) => !component.has(key));
    for (let i = 0; i < 2; i += 1) {
      const b = pick(outside, random);
      for (const [from, to] of [
        [a, b],
        [b, a],
      ] as const) {
        const body = await path(from, to, "coauthor", 3);
        expect(body.outcome, `${from} → ${to}`).toBe("none");
        expect(body.found).toBe(false);
        expect(body.length).toBeNull();
        expect(body.paths).toEqual([]);
        expect(body.message).toMatch(/different components/);
      }
    }
  });

  it("k shortest loopless paths have the lengths Yen's algorithm finds (not only ties)", async () => {
    const random = seededRandom(99);
    const people = [...coauthors.keys()].filter((key) => coauthors.get(key)!.size >= 3).sort();
    let longer = 0;
    for (let i = 0; i < 4; i += 1) {
      const source = pick(people, random);
      const reach = [...distances(coauthors, source).entries()].filter(([, d]) => d >= 3 + i).sort();
      const [target] = pick(reach, random);
      const body = await path(source, target, "coauthor", 5);
      const yen = yenLengths(coauthors, source, target, 5);
      const inBound = yen.filter((length) => length <= yen[0]! + ALTERNATIVES_SLACK);
      expect(
        body.paths.map((keys) => keys.length - 1),
        `${source} → ${target}`,
      ).toEqual(inBound);
      expect(new Set(body.paths.map((keys) => keys.join())).size).toBe(body.paths.length);
      expectPathsIn(coauthors, body, source, target);
      if (inBound.length < 5) expect(body.bound).toMatchObject({ stage: "alternatives", reason: "length" });
      if (new Set(inBound).size > 1) longer += 1;
    }
    expect(longer, "some answer mixes lengths").toBeGreaterThan(0);
  });

  it("answers a node with itself as a path of length 0", async () => {
    const body = await path("person:arxiv:S.Shelah", "person:arxiv:S.Shelah", "coauthor");
    expect(body).toMatchObject({ found: true, outcome: "found", length: 0, paths: [["person:arxiv:S.Shelah"]] });
  });
});

describe("GET /api/graph/path: kind constraints against the raw files", () => {
  const cases: Array<{ constraint: OracleConstraint; prefix: string; endKind?: string }> = [
    { constraint: "papers", prefix: "person:arxiv:" },
    { constraint: "papers", prefix: "person:arxiv:", endKind: "paper:arxiv:" },
    { constraint: "topics", prefix: "person:arxiv:" },
    { constraint: "institutions", prefix: "person:openalex:" },
  ];
  for (const { constraint, prefix, endKind } of cases) {
    it(`${constraint}${endKind ? " (to a paper)" : ""}: lengths equal the BFS, only ${VIA[constraint]} edges`, async () => {
      const adjacency = oracleGraph(oracle, constraint);
      const random = seededRandom(constraint.length * 31 + (endKind ? 1 : 0));
      const starts = [...adjacency.keys()].filter((key) => key.startsWith(prefix)).sort();
      const ends = [...adjacency.keys()].filter((key) => key.startsWith(endKind ?? prefix)).sort();
      const allowed = VIA[constraint].split(",");
      let connected = 0;
      for (let i = 0; i < 3; i += 1) {
        const [from, to] = [pick(starts, random), pick(ends, random)];
        const expected = bfsPath(adjacency, from, to);
        const body = await path(from, to, VIA[constraint]);
        if (body.outcome === "stopped") {
          // Topic hubs (10k papers per arXiv category) can outlast the search's time bound on a loaded machine:
          // then the answer must say so, and the pair is not compared.
          expect(body.bound).toEqual({ stage: "shortest", reason: "time", limit: SHORTEST_SEARCH_MS });
          continue;
        }
        expect(body.length, `${from} → ${to}`).toBe(expected ? expected.length - 1 : null);
        expect(body.outcome).toBe(expected ? "found" : "none");
        for (const edge of body.graph.edges) expect(allowed).toContain(edge.attributes.kind);
        for (const hop of body.hops.flat()) expect(allowed).toContain(hop.kind);
        if (expected) connected += 1;
      }
      if (constraint !== "institutions") expect(connected).toBeGreaterThan(0);
    });
  }

  it("institutions: a pair linked only through institutions, 4+ hops apart", async () => {
    const adjacency = oracleGraph(oracle, "institutions");
    const people = [...adjacency.keys()].filter((key) => key.startsWith("person:")).sort();
    const source = people.find((key) => [...distances(adjacency, key).values()].some((d) => d >= 4))!;
    expect(source).toBeDefined();
    const [target, expected] = [...distances(adjacency, source)].find(([, d]) => d >= 4)!;
    const body = await path(source, target, "affiliated_with");
    expect(body.length).toBe(expected);
    expectPathsIn(adjacency, body, source, target);
  });
});
