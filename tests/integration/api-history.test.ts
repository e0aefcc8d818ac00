/**
 * GET /api/people/:id/history and /api/papers/:id/history through the real app, against counts computed here from
 * the raw data files (the Paperscape CSV through tests/_helpers/paperscape-oracle.ts, the OpenAlex sample's JSON
 * lines read below), sharing no code with the importer or the server.
 */
import { readFileSync } from "node:fs";
import type { FastifyInstance } from "fastify";
import { Value } from "typebox/value";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HistorySchema, type History } from "../../contract/schemas/history.ts";
import { getJson, startTestApp, type RunningApp } from "../_helpers/app-server.ts";
import { readPaperscape, type PaperscapeOracle } from "../_helpers/paperscape-oracle.ts";

const OPENALEX_WORKS = new URL("../../seed/data/openalex-sample/works.jsonl", import.meta.url);
const HUBS = ["S.Shelah", "E.Elizalde"];

interface RawWork {
  id: string;
  year: number | null;
  authors: string[];
  refs: string[];
  countsByYear: Map<number, number>;
}

/** The OpenAlex sample read directly: ids shortened as the data model names them (openalex:W…, openalex:A…). */
function readOpenAlex(): Map<string, RawWork> {
  const short = (url: unknown) => `openalex:${String(url).split("/").pop()}`;
  const works = new Map<string, RawWork>();
  for (const line of readFileSync(OPENALEX_WORKS, "utf8").split("\n")) {
    if (line.trim() === "") continue;
    const raw = JSON.parse(line) as {
      id: string;
      publication_year: number | null;
      authorships: { author: { id: string } }[];
      referenced_works: string[];
      counts_by_year: { year: number; cited_by_count: number }[];
    };
    const id = short(raw.id);
    works.set(id, {
      id,
      year: raw.publication_year,
      authors: [...new Set(raw.authorships.map((a) => short(a.author.id)))],
      refs: [...new Set(raw.referenced_works.map(short))].filter((ref) => ref !== id),
      countsByYear: new Map(raw.counts_by_year.map((c) => [c.year, c.cited_by_count])),
    });
  }
  return works;
}

interface Expected {
  works?: Map<number, number>;
  newCoauthors?: Map<number, number>;
  citationsInGraph: Map<number, number>;
  citationsFromSource: Map<number, number>;
}

const bump = (map: Map<number, number>, year: number, by = 1) => map.set(year, (map.get(year) ?? 0) + by);

/** A person's expected counts from a set of works (all works of one source: citations stay within it). */
function expectPerson(person: string, works: Map<string, RawWork>): Expected {
  const own = [...works.values()].filter((w) => w.authors.includes(person) && w.year !== null);
  const ownIds = new Set(own.map((w) => w.id));
  const expected: Expected = {
    works: new Map(),
    newCoauthors: new Map(),
    citationsInGraph: new Map(),
    citationsFromSource: new Map(),
  };
  const firstShared = new Map<string, number>();
  for (const work of own) {
    bump(expected.works!, work.year!);
    for (const other of work.authors)
      if (other !== person) firstShared.set(other, Math.min(firstShared.get(other) ?? Infinity, work.year!));
    for (const [year, count] of work.countsByYear) bump(expected.citationsFromSource, year, count);
  }
  for (const year of firstShared.values()) bump(expected.newCoauthors!, year);
  for (const citing of works.values())
    if (citing.year !== null)
      for (const ref of citing.refs) if (ownIds.has(ref)) bump(expected.citationsInGraph, citing.year);
  return expected;
}

function expectPaper(paper: string, works: Map<string, RawWork>): Expected {
  const expected: Expected = {
    citationsInGraph: new Map(),
    citationsFromSource: new Map(works.get(paper)!.countsByYear),
  };
  for (const citing of works.values())
    if (citing.year !== null && citing.refs.includes(paper)) bump(expected.citationsInGraph, citing.year);
  return expected;
}

/** The API's rows read back as per-series maps of the non-zero years, after checking the rows' shape. */
function checkAgainst(history: History, expected: Expected): void {
  expect(Value.Check(HistorySchema, history)).toBe(true);
  const years = history.years.map((y) => y.year);
  // Contiguous and ascending, from the first to the last year any series counts.
  years.forEach((year, i) => i > 0 && expect(year).toBe(years[i - 1]! + 1));
  const counted = [expected.works, expected.newCoauthors, expected.citationsInGraph, expected.citationsFromSource]
    .flatMap((m) => (m ? [...m].filter(([, n]) => n > 0).map(([y]) => y) : []))
    .sort((a, b) => a - b);
  expect([years[0], years[years.length - 1]]).toEqual([counted[0], counted[counted.length - 1]]);
  const nonZero = (pick: (y: History["years"][number]) => number | null) =>
    new Map(history.years.filter((y) => (pick(y) ?? 0) > 0).map((y) => [y.year, pick(y)!]));
  const positive = (m: Map<number, number>) => new Map([...m].filter(([, n]) => n > 0));
  if (expected.works) expect(nonZero((y) => y.works)).toEqual(positive(expected.works));
  else expect(history.years.every((y) => y.works === null && y.newCoauthors === null)).toBe(true);
  if (expected.newCoauthors) expect(nonZero((y) => y.newCoauthors)).toEqual(positive(expected.newCoauthors));
  expect(nonZero((y) => y.citationsInGraph)).toEqual(positive(expected.citationsInGraph));
  expect(nonZero((y) => y.citationsFromSource)).toEqual(positive(expected.citationsFromSource));
  // The source's counts are null outside the years it reports, 0 inside them where it lists nothing.
  const sourceYears = [...expected.citationsFromSource.keys()];
  for (const row of history.years) {
    const inside =
      sourceYears.length > 0 && row.year >= Math.min(...sourceYears) && row.year <= Math.max(...sourceYears);
    expect(row.citationsFromSource === null).toBe(!inside);
  }
}

let running: RunningApp;
let app: FastifyInstance;
let paperscape: Map<string, RawWork>;
let openalex: Map<string, RawWork>;

beforeAll(async () => {
  running = await startTestApp();
  app = running.app;
  const oracle: PaperscapeOracle = readPaperscape();
  paperscape = new Map(
    [...oracle.works.values()].map((w) => [
      `arxiv:${w.id}`,
      {
        id: `arxiv:${w.id}`,
        year: w.year,
        authors: w.authors.map((a) => `arxiv:${a}`),
        refs: w.refs.filter((r) => r !== w.id && oracle.works.has(r)).map((r) => `arxiv:${r}`),
        countsByYear: new Map(),
      },
    ]),
  );
  openalex = readOpenAlex();
});
afterAll(() => running.close());

const history = (kind: "people" | "papers", id: string) =>
  getJson(app, `/api/${kind}/${encodeURIComponent(id)}/history`) as Promise<{ status: number; body: History }>;

describe("person history", () => {
  it.each(HUBS)("matches the raw Paperscape data for %s (no source counts)", async (name) => {
    const { status, body } = await history("people", `arxiv:${name}`);
    expect(status).toBe(200);
    checkAgainst(body, expectPerson(`arxiv:${name}`, paperscape));
    expect(body.sourceWorks).toBe(0);
    expect(body.years.every((y) => y.citationsFromSource === null)).toBe(true);
  });

  it("matches the raw OpenAlex data, counts_by_year included, for the author with most counted works", async () => {
    const counted = new Map<string, number>();
    for (const work of openalex.values())
      if (work.countsByYear.size > 0) for (const a of work.authors) counted.set(a, (counted.get(a) ?? 0) + 1);
    const [person, sourceWorks] = [...counted].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    const { status, body } = await history("people", person);
    expect(status).toBe(200);
    expect(body.sourceWorks).toBe(sourceWorks);
    checkAgainst(body, expectPerson(person, openalex));
    expect(body.years.some((y) => (y.citationsFromSource ?? 0) > 0)).toBe(true);
  });
});

describe("paper history", () => {
  it("matches the OpenAlex work with the most source citations", async () => {
    const [paper] = [...openalex.values()]
      .map((w) => [w.id, [...w.countsByYear.values()].reduce((a, b) => a + b, 0)] as const)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    const { status, body } = await history("papers", paper);
    expect(status).toBe(200);
    expect(body.sourceWorks).toBe(1);
    checkAgainst(body, expectPaper(paper, openalex));
  });

  it("matches the Paperscape work most cited inside the data", async () => {
    const cites = new Map<string, number>();
    for (const work of paperscape.values()) for (const ref of work.refs) cites.set(ref, (cites.get(ref) ?? 0) + 1);
    const [paper] = [...cites].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    const { status, body } = await history("papers", paper);
    expect(status).toBe(200);
    checkAgainst(body, expectPaper(paper, paperscape));
  });

  it("answers 404 RGE_NOT_FOUND for unknown people and papers", async () => {
    for (const kind of ["people", "papers"] as const) {
      const { status, body } = await history(kind, "nobody:here");
      expect(status).toBe(404);
      expect((body as unknown as { code: string }).code).toBe("RGE_NOT_FOUND");
    }
  });
});
