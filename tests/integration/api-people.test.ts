/**
 * Profiles and works through the real app, against expectations computed independently: the raw Paperscape CSV
 * (tests/_helpers/paperscape-oracle.ts), the seed profile's works.json and the OpenAlex sample's JSON lines.
 */
import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { Value } from "typebox/value";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PersonSchema } from "../../contract/schemas/people.ts";
import { WorksPageSchema } from "../../contract/schemas/works.ts";
import { getJson, startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { seededRandom } from "../_helpers/coauthor-bfs.ts";
import { readPaperscape, type PaperscapeOracle } from "../_helpers/paperscape-oracle.ts";

const SEED_WORKS = new URL("../../seed/data/seed-profile/works.json", import.meta.url);
const OPENALEX_WORKS = new URL("../../seed/data/openalex-sample/works.jsonl", import.meta.url);
const HUBS = ["S.Shelah", "E.Elizalde", "S.D.Odintsov"];

let running: RunningApp;
let app: FastifyInstance;
let oracle: PaperscapeOracle;

beforeAll(async () => {
  running = await startTestApp();
  app = running.app;
  oracle = readPaperscape();
});
afterAll(() => running.close());

const get = (url: string) => getJson(app, url);
const personUrl = (id: string) => `/api/people/${encodeURIComponent(id)}`;

/** Seed profile author names (its own JSON, read here): they must not collide with Paperscape listing names. */
function seedAuthorNames(): Set<string> {
  const raw = JSON.parse(readFileSync(SEED_WORKS, "utf8")) as unknown;
  const works = (Array.isArray(raw) ? raw : ((raw as { works?: unknown[] }).works ?? [])) as Array<{
    authors: Array<string | { name: string }>;
  }>;
  return new Set(works.flatMap((work) => work.authors.map((a) => (typeof a === "string" ? a : a.name))));
}

/** Hubs plus a deterministic sample of mid- and low-degree authors. */
function sampleAuthors(data: PaperscapeOracle): string[] {
  const random = seededRandom(20260101);
  const authors = [...data.worksByAuthor.keys()].sort();
  const pick = (filter: (works: number) => boolean, count: number) => {
    const pool = authors.filter((name) => filter(data.worksByAuthor.get(name)!.size) && !HUBS.includes(name));
    return Array.from({ length: count }, () => pool[Math.floor(random() * pool.length)]!);
  };
  return [
    ...HUBS,
    ...pick((n) => n >= 8 && n <= 30, 6),
    ...pick((n) => n >= 2 && n < 8, 6),
    ...pick((n) => n === 1, 3),
  ];
}

describe("profiles of Paperscape authors match the raw CSV", () => {
  it("the seed profile's author names are not Paperscape listing names (so co-author sets stay apart)", () => {
    const names = seedAuthorNames();
    expect(names.size).toBeGreaterThan(50);
    for (const name of names) expect(oracle.worksByAuthor.has(name), name).toBe(false);
  });

  it("works, co-authors with shared counts, close collaborators and topics", async () => {
    const sample = sampleAuthors(oracle);
    expect(new Set(sample).size).toBeGreaterThanOrEqual(15);
    for (const name of sample) {
      const { status, body } = await get(personUrl(`arxiv:${name}`));
      expect(status, name).toBe(200);
      expect(Value.Check(PersonSchema, body), name).toBe(true);
      const works = oracle.worksByAuthor.get(name)!;
      const coauthors = oracle.coauthors.get(name)!;
      const topics = new Set([...works].flatMap((id) => oracle.works.get(id)!.categories));
      expect(body.counts.works, name).toBe(works.size);
      expect(body.coauthorsTotal, name).toBe(coauthors.size);
      const apiCoauthors = Object.fromEntries(
        body.coauthors.map((c: { name: string; sharedWorks: number }) => [c.name, c.sharedWorks]),
      );
      expect(apiCoauthors, name).toEqual(Object.fromEntries(coauthors));
      const close = [...coauthors].filter(([, shared]) => shared >= 3).map(([other]) => other);
      expect(body.closeCollaborators.map((c: { name: string }) => c.name).sort(), name).toEqual(close.sort());
      expect(body.counts.closeCollaborators).toBe(close.length);
      expect(body.topics.map((t: { code: string }) => t.code).sort(), name).toEqual([...topics].sort());
      const years = [...works].map((id) => oracle.works.get(id)!.year);
      expect(body.activeYears, name).toEqual({ first: Math.min(...years), last: Math.max(...years) });
    }
  });

  it("works pages list exactly the author's works, sorted as asked", async () => {
    for (const name of HUBS) {
      const expected = [...oracle.worksByAuthor.get(name)!].map((id) => `arxiv:${id}`).sort();
      const seen: string[] = [];
      let previousYear = Infinity;
      for (let offset = 0; ; offset += 50) {
        const { status, body } = await get(`${personUrl(`arxiv:${name}`)}/works?limit=50&offset=${offset}`);
        expect(status).toBe(200);
        expect(Value.Check(WorksPageSchema, body)).toBe(true);
        expect(body.total).toBe(expected.length);
        for (const item of body.items) {
          expect(item.year).toBeLessThanOrEqual(previousYear);
          previousYear = item.year;
          expect(item.authors.map((a: { name: string }) => a.name)).toContain(name);
          seen.push(item.id);
        }
        if (offset + 50 >= body.total) break;
      }
      expect(seen.sort()).toEqual(expected);
      const { body } = await get(`${personUrl(`arxiv:${name}`)}/works?sort=citations&limit=100`);
      const counts = body.items.map((item: { citationCount: number }) => item.citationCount);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
  });
});

describe("the seed profile (Xia Song)", () => {
  it("has the modelled page's numbers and names", async () => {
    const { status, body } = await get(personUrl("arxiv:Xia Song"));
    expect(status).toBe(200);
    expect(body.counts).toMatchObject({ works: 7, topics: 3, coauthors: 53, closeCollaborators: 4, followers: 0 });
    expect(body.closeCollaboratorMinWorks).toBe(3);
    expect(body.topics.map((t: { code: string }) => t.code).sort()).toEqual(["cs.AI", "cs.CL", "cs.LG"]);
    expect(
      Object.fromEntries(
        body.closeCollaborators.map((c: { name: string; sharedWorks: number }) => [c.name, c.sharedWorks]),
      ),
    ).toEqual({ "Saurabh Tiwary": 4, "Payal Bajaj": 3, "Chenyan Xiong": 3, "Paul Bennett": 3 });
    const twoShared = body.coauthors.filter((c: { sharedWorks: number }) => c.sharedWorks === 2);
    expect(twoShared.map((c: { name: string }) => c.name).sort()).toEqual([
      "Furu Wei",
      "Li Dong",
      "Saksham Singhal",
      "Shuming Ma",
      "Zewen Chi",
    ]);
    expect(body.trust).toMatchObject({ score: 21, tier: "Emerging", verification: "L1" });
    expect(body).toMatchObject({ claimed: false, verification: "L1", affiliations: [] });
    const works = await get(`${personUrl("arxiv:Xia Song")}/works?limit=100`);
    expect(works.body.total).toBe(7);
    expect(works.body.items.every((w: { abstract: string | null }) => (w.abstract ?? "").length > 50)).toBe(true);
  });
});

describe("OpenAlex institutions appear on the right people", () => {
  it("affiliations equal the institutions of each author's authorships in works.jsonl", async () => {
    const expected = new Map<string, Set<string>>();
    for (const line of readFileSync(OPENALEX_WORKS, "utf8").split("\n")) {
      if (!line.trim()) continue;
      const work = JSON.parse(line) as {
        authorships?: Array<{ author?: { id?: string }; institutions?: Array<{ id?: string }> }>;
      };
      for (const authorship of work.authorships ?? []) {
        const author = authorship.author?.id?.split("/").pop();
        if (!author) continue;
        const set = expected.get(author) ?? new Set<string>();
        for (const inst of authorship.institutions ?? []) if (inst.id) set.add(`openalex:${inst.id.split("/").pop()}`);
        expected.set(author, set);
      }
    }
    const withInstitutions = [...expected].filter(([, set]) => set.size > 0).sort(([a], [b]) => (a < b ? -1 : 1));
    const without = [...expected].filter(([, set]) => set.size === 0).sort(([a], [b]) => (a < b ? -1 : 1));
    expect(withInstitutions.length).toBeGreaterThan(10);
    for (const [author, institutions] of [...withInstitutions.slice(0, 25), ...without.slice(0, 5)]) {
      const { status, body } = await get(personUrl(`openalex:${author}`));
      expect(status, author).toBe(200);
      expect(body.affiliations.map((a: { id: string }) => a.id).sort(), author).toEqual([...institutions].sort());
      for (const affiliation of body.affiliations) expect(affiliation.key).toBe(`institution:${affiliation.id}`);
    }
  });
});
