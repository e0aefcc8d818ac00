/**
 * Slices and expansion through the real app (paths: api-paths.test.ts). Expected values come from the seed profile's
 * JSON, the raw Paperscape CSV (tests/_helpers/paperscape-oracle.ts), or direct Cypher on the test database.
 */
import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import type { Driver } from "neo4j-driver";
import { Value } from "typebox/value";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExpansionSchema, SliceSchema } from "../../contract/schemas/graph.ts";
import { getJson, startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { query, testDriver } from "../_helpers/graph.ts";
import { readPaperscape, type PaperscapeOracle } from "../_helpers/paperscape-oracle.ts";

interface Graph {
  attributes: Record<string, unknown> & { omitted?: Record<string, number>; truncated?: boolean };
  nodes: Array<{ key: string; attributes: { kind: string; year: number | null; weight: number } }>;
  edges: Array<{ key: string; source: string; target: string; attributes: { kind: string; weight: number } }>;
}

let running: RunningApp;
let app: FastifyInstance;
let driver: Driver;
let oracle: PaperscapeOracle;

beforeAll(async () => {
  running = await startTestApp();
  app = running.app;
  driver = testDriver();
  oracle = readPaperscape();
});
afterAll(async () => {
  await running.close();
  await driver.close();
});

const get = <T = Graph>(url: string) => getJson<T>(app, url);
const q = (params: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();

/** Structural invariants of every serialized graph the API returns. */
function expectWellFormed(graph: Graph) {
  const keys = new Set(graph.nodes.map((n) => n.key));
  expect(keys.size).toBe(graph.nodes.length);
  expect(new Set(graph.edges.map((e) => e.key)).size).toBe(graph.edges.length);
  for (const node of graph.nodes) {
    expect(node.key.startsWith(`${node.attributes.kind}:`)).toBe(true);
    expect(node.attributes).not.toHaveProperty("type");
    expect(node.attributes.weight).toBeGreaterThanOrEqual(0);
    expect(node.attributes).not.toHaveProperty("size");
  }
  for (const edge of graph.edges) {
    expect(edge.key).toBe(`${edge.attributes.kind}:${edge.source}->${edge.target}`);
    expect(edge.attributes.weight).toBeGreaterThanOrEqual(1);
    if (edge.attributes.kind === "coauthor") expect(edge.source < edge.target).toBe(true);
  }
}

describe("GET /api/graph/slice", () => {
  it("a person's depth-1 slice is their papers, co-authors and topics, with the edges among them", async () => {
    const seed = JSON.parse(readFileSync(new URL("../../seed/data/seed-profile/works.json", import.meta.url), "utf8"));
    const works = seed.works as Array<{ arxiv: string; authors: string[]; categories: string[] }>;
    const { status, body } = await get(`/api/graph/slice?${q({ focus: "person:arxiv:Xia Song" })}`);
    expect(status).toBe(200);
    expect(Value.Check(SliceSchema, body)).toBe(true);
    expectWellFormed(body);
    const byKind = (kind: string) =>
      body.nodes
        .filter((n) => n.attributes.kind === kind)
        .map((n) => n.key)
        .sort();
    expect(byKind("paper")).toEqual(works.map((w) => `paper:arxiv:${w.arxiv}`).sort());
    const people = new Set(works.flatMap((w) => w.authors));
    expect(byKind("person")).toEqual([...people].map((name) => `person:arxiv:${name}`).sort());
    expect(byKind("topic")).toEqual(
      [...new Set(works.flatMap((w) => w.categories))].map((c) => `topic:arxiv:${c}`).sort(),
    );
    expect(body.attributes).toMatchObject({ focus: "person:arxiv:Xia Song", depth: 1, truncated: false });
    const edges = (kind: string) => body.edges.filter((e) => e.attributes.kind === kind);
    // Every authorship of every shown paper (not only hers): the picture is a graph, not a star.
    expect(edges("authored")).toHaveLength(works.reduce((sum, w) => sum + w.authors.length, 0));
    expect(edges("has_topic")).toHaveLength(works.reduce((sum, w) => sum + w.categories.length, 0));
    const pairs = new Set<string>();
    for (const w of works)
      for (const a of w.authors) for (const b of w.authors) if (a < b) pairs.add(`person:arxiv:${a}|person:arxiv:${b}`);
    expect(new Set(edges("coauthor").map((e) => `${e.source}|${e.target}`))).toEqual(pairs);
    const tiwary = edges("coauthor").find(
      (e) => e.source === "person:arxiv:Saurabh Tiwary" && e.target.endsWith("Xia Song"),
    );
    expect(tiwary?.attributes).toMatchObject({ weight: 4, works: 4 });
  });

  it("Paperscape hubs at depth 1: co-author edges weighted by shared works from the CSV", async () => {
    for (const name of ["S.Shelah", "E.Elizalde", "S.D.Odintsov"]) {
      const { body } = await get(
        `/api/graph/slice?${q({ focus: `person:arxiv:${name}`, kinds: "person", limit: 500 })}`,
      );
      expectWellFormed(body);
      const coauthors = oracle.coauthors.get(name)!;
      expect(body.nodes.length).toBe(coauthors.size + 1);
      for (const edge of body.edges) {
        const [a, b] = [edge.source, edge.target].map((key) => key.slice("person:arxiv:".length));
        const shared = [...oracle.worksByAuthor.get(a!)!].filter((id) => oracle.worksByAuthor.get(b!)!.has(id)).length;
        expect(edge.attributes.weight, edge.key).toBe(shared);
      }
    }
  });

  it.each([
    ["person:arxiv:S.Shelah", 2],
    ["venue:arxiv", 2],
    ["topic:arxiv:hep-th", 2],
    ["paper:arxiv:hep-th/9407087", 2],
    ["venue:arxiv", 1],
  ])("%s at depth %i stays within the limit and reports what it left out", async (focus, depth) => {
    const limit = 120;
    const first = await get(`/api/graph/slice?${q({ focus, depth, limit })}`);
    expect(first.status).toBe(200);
    expect(Value.Check(SliceSchema, first.body)).toBe(true);
    expectWellFormed(first.body);
    expect(first.body.nodes.length).toBeLessThanOrEqual(limit);
    expect(first.body.nodes[0]!.key).toBe(focus);
    expect(first.body.attributes.truncated).toBe(true);
    const omitted = Object.values(first.body.attributes.omitted ?? {}).reduce((a, b) => a + b, 0);
    expect(omitted).toBeGreaterThan(0);
    const again = await get(`/api/graph/slice?${q({ focus, depth, limit })}`);
    expect(again.body).toEqual(first.body);
  });

  it("depth 1 omitted counts are exact", async () => {
    const { body } = await get(`/api/graph/slice?${q({ focus: "person:arxiv:S.Shelah", limit: 40 })}`);
    const works = oracle.worksByAuthor.get("S.Shelah")!.size;
    const shownPapers = body.nodes.filter((n) => n.attributes.kind === "paper").length;
    expect(body.attributes.omitted!.paper).toBe(works - shownPapers);
    const shownPeople = body.nodes.filter((n) => n.attributes.kind === "person").length - 1;
    expect(body.attributes.omitted!.person).toBe(oracle.coauthors.get("S.Shelah")!.size - shownPeople);
  });

  it("filters by kinds and years", async () => {
    const { body } = await get(
      `/api/graph/slice?${q({ focus: "person:arxiv:E.Elizalde", depth: 2, kinds: "paper,topic", from: 1994, to: 1994 })}`,
    );
    expectWellFormed(body);
    const kinds = new Set(body.nodes.slice(1).map((n) => n.attributes.kind));
    expect([...kinds].every((kind) => kind === "paper" || kind === "topic")).toBe(true);
    const papers = body.nodes.filter((n) => n.attributes.kind === "paper");
    expect(papers.length).toBeGreaterThan(0);
    for (const paper of papers) expect(paper.attributes.year).toBe(1994);
    const expected = [...oracle.worksByAuthor.get("E.Elizalde")!].filter((id) => oracle.works.get(id)!.year === 1994);
    for (const id of expected) expect(papers.map((p) => p.key)).toContain(`paper:arxiv:${id}`);

    const people = await get(`/api/graph/slice?${q({ focus: "person:arxiv:S.D.Odintsov", depth: 2, from: 1995 })}`);
    const coauthorEdges = people.body.edges.filter((e) => e.attributes.kind === "coauthor");
    expect(coauthorEdges.length).toBeGreaterThan(0);
    for (const edge of coauthorEdges)
      expect((edge.attributes as { lastYear?: number }).lastYear).toBeGreaterThanOrEqual(1995);
  });
});

describe("GET /api/graph/expand", () => {
  it("pages through a node's neighbours without repeats, with exact totals", async () => {
    const node = "person:arxiv:S.Shelah";
    const [degree] = await query<{ n: number }>(
      driver,
      `MATCH (p:Person {id: 'arxiv:S.Shelah'})
       RETURN COUNT { (p)-[:AUTHORED]->(:Paper) } + COUNT { (p)-[:COAUTHOR]-(:Person) } +
              COUNT { (p)-[:WORKS_ON]->(:Topic) } + COUNT { (p)-[:AFFILIATED_WITH]->(:Institution) } AS n`,
    );
    const seen: string[] = [];
    let offset = 0;
    for (;;) {
      const { status, body } = await get(`/api/graph/expand?${q({ node, limit: 60, offset })}`);
      expect(status).toBe(200);
      expect(Value.Check(ExpansionSchema, body)).toBe(true);
      expectWellFormed(body);
      expect(body.attributes.total).toBe(degree!.n);
      seen.push(...body.nodes.map((n) => n.key).filter((key) => key !== node));
      offset += 60;
      expect(body.attributes.hasMore).toBe(offset < degree!.n);
      if (!body.attributes.hasMore) break;
    }
    expect(seen.length).toBe(degree!.n);
    expect(new Set(seen).size).toBe(seen.length);

    // Excluding the first page: what is left starts where that page ended, and totals shrink by the excluded count.
    const exclude = seen.slice(0, 30).join(",");
    const { body } = await get(`/api/graph/expand?${q({ node, limit: 10, exclude })}`);
    expect(body.attributes.total).toBe(degree!.n - 30);
    const fresh = body.nodes.map((n) => n.key).filter((key) => key !== node);
    for (const key of fresh) expect(seen.slice(0, 30)).not.toContain(key);
    for (const edge of body.edges) expect(fresh.includes(edge.source) || fresh.includes(edge.target)).toBe(true);

    // POST takes the same parameters in a body, for exclude lists too long for a URL.
    const posted = await app.inject({
      method: "POST",
      url: "/api/graph/expand",
      payload: { node, limit: 10, exclude: seen.slice(0, 30) },
    });
    expect(posted.statusCode).toBe(200);
    expect(posted.json()).toEqual(body);
    const everything = await app.inject({
      method: "POST",
      url: "/api/graph/expand",
      payload: { node, exclude: seen },
    });
    expect(everything.json().attributes).toMatchObject({ total: 0, hasMore: false });
  });

  it("pages deep into a hub (the arxiv venue's 33k papers) up to the largest offset", async () => {
    const node = "venue:arxiv";
    const [papers] = await query<{ n: number }>(
      driver,
      "MATCH (:Venue {id: 'arxiv'})<-[:PUBLISHED_IN]-(p:Paper) RETURN count(p) AS n",
    );
    expect(papers!.n).toBeGreaterThan(10_200);
    const keys = (graph: Graph) => graph.nodes.map((n) => n.key).filter((key) => key !== node);
    const wide = await get(`/api/graph/expand?${q({ node, offset: 1950, limit: 100 })}`);
    const deep = await get(`/api/graph/expand?${q({ node, offset: 2000, limit: 50 })}`);
    expect(keys(wide.body)).toHaveLength(100);
    expect(keys(deep.body)).toEqual(keys(wide.body).slice(50));
    expect(deep.body.attributes).toMatchObject({ total: papers!.n, hasMore: true });
    const deepest = await get(`/api/graph/expand?${q({ node, offset: 10_000, limit: 200 })}`);
    expect(deepest.status).toBe(200);
    expect(keys(deepest.body)).toHaveLength(200);
    expect(deepest.body.attributes.hasMore).toBe(true);
  });
});
