/**
 * The demo import against facts computed independently from the raw files (tests/_helpers/paperscape-oracle.ts has its
 * own parser; the OpenAlex expectations below read the JSON directly).
 */
import { readFileSync } from "node:fs";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { query, testDriver } from "../_helpers/graph.ts";
import { readPaperscape } from "../_helpers/paperscape-oracle.ts";

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

const one = async (statement: string, params: Record<string, unknown> = {}) =>
  (await query<{ n: number }>(driver, statement, params))[0]!.n;

describe("Paperscape import", () => {
  const oracle = readPaperscape();

  it("has every work, author, authorship, topic and in-set citation of the raw files", async () => {
    expect(oracle.works.size).toBe(33398); // the documented size: guards the oracle itself
    expect(await one("MATCH (p:Paper {source: 'paperscape'}) RETURN count(p) AS n")).toBe(oracle.works.size);
    expect(
      await one("MATCH (a:Person)-[:AUTHORED]->(:Paper {source: 'paperscape'}) RETURN count(DISTINCT a) AS n"),
    ).toBe(oracle.worksByAuthor.size);
    expect(await one("MATCH (:Person)-[r:AUTHORED]->(:Paper {source: 'paperscape'}) RETURN count(r) AS n")).toBe(
      oracle.authorships,
    );
    expect(
      await one("MATCH (:Paper {source: 'paperscape'})-[:HAS_TOPIC]->(t:Topic) RETURN count(DISTINCT t) AS n"),
    ).toBe(oracle.topics.size);
    expect(
      await one(
        "MATCH (:Paper {source: 'paperscape'})-[r:CITES]->(:Paper {source: 'paperscape'}) RETURN count(r) AS n",
      ),
    ).toBe(oracle.inSetCitations);
  });

  it("marks exactly the first category of each work as primary", async () => {
    const rows = await query<{ id: string; topic: string }>(
      driver,
      "MATCH (p:Paper {source: 'paperscape'})-[:HAS_TOPIC {primary: true}]->(t) RETURN p.id AS id, t.id AS topic",
    );
    expect(rows).toHaveLength(oracle.works.size);
    for (const row of rows.slice(0, 2000)) {
      expect(row.topic).toBe(`arxiv:${oracle.works.get(row.id.slice("arxiv:".length))!.categories[0]}`);
    }
  });

  it.each(["S.Shelah", "E.Elizalde", "S.D.Odintsov", "J.R.Pelaez", "UKQCD Collaboration"])(
    "derives %s's co-authors with exact shared-work counts",
    async (name) => {
      const expected = Object.fromEntries(oracle.coauthors.get(name) ?? new Map());
      const rows = await query<{ name: string; works: number }>(
        driver,
        "MATCH (:Person {id: $id})-[c:COAUTHOR]-(o:Person) RETURN o.name AS name, c.works AS works",
        { id: `arxiv:${name}` },
      );
      expect(Object.fromEntries(rows.map((row) => [row.name, row.works]))).toEqual(expected);
      const [person] = await query<{ works: number }>(
        driver,
        "MATCH (p:Person {id: $id}) RETURN p.worksCount AS works",
        {
          id: `arxiv:${name}`,
        },
      );
      expect(person!.works).toBe(oracle.worksByAuthor.get(name)!.size);
    },
  );

  it("stores in-graph citation counts that match the raw reference lists", async () => {
    const cited = new Map<string, number>();
    for (const work of oracle.works.values()) {
      for (const ref of work.refs)
        if (ref !== work.id && oracle.works.has(ref)) cited.set(ref, (cited.get(ref) ?? 0) + 1);
    }
    const top = [...cited.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20);
    const rows = await query<{ id: string; n: number }>(
      driver,
      "UNWIND $ids AS id MATCH (p:Paper {id: id}) RETURN p.id AS id, p.citationCount AS n",
      { ids: top.map(([id]) => `arxiv:${id}`) },
    );
    expect(Object.fromEntries(rows.map((row) => [row.id, row.n]))).toEqual(
      Object.fromEntries(top.map(([id, n]) => [`arxiv:${id}`, n])),
    );
  });
});

describe("seed profile import", () => {
  const seed = JSON.parse(
    readFileSync(new URL("../../seed/data/seed-profile/works.json", import.meta.url), "utf8"),
  ) as {
    works: { arxiv: string; authors: string[]; categories: string[] }[];
  };

  it("gives Xia Song her 7 works, 3 topics, 53 co-authors and 4 close collaborators", async () => {
    const id = "arxiv:Xia Song";
    expect(await one("MATCH (:Person {id: $id})-[:AUTHORED]->(p) RETURN count(p) AS n", { id })).toBe(
      seed.works.length,
    );
    expect(await one("MATCH (:Person {id: $id})-[:WORKS_ON]->(t) RETURN count(t) AS n", { id })).toBe(3);
    const coauthors = new Set(seed.works.flatMap((work) => work.authors).filter((name) => name !== "Xia Song"));
    expect(coauthors.size).toBe(53);
    expect(await one("MATCH (:Person {id: $id})-[:COAUTHOR]-(o) RETURN count(o) AS n", { id })).toBe(coauthors.size);
    const close = await query<{ name: string; works: number }>(
      driver,
      "MATCH (:Person {id: $id})-[c:COAUTHOR]-(o) WHERE c.works >= 3 RETURN o.name AS name, c.works AS works ORDER BY works DESC, name",
      { id },
    );
    expect(close).toEqual([
      { name: "Saurabh Tiwary", works: 4 },
      { name: "Chenyan Xiong", works: 3 },
      { name: "Paul Bennett", works: 3 },
      { name: "Payal Bajaj", works: 3 },
    ]);
  });

  it("keeps the facts the modelled page showed and the abstracts", async () => {
    const [person] = await query(
      driver,
      "MATCH (p:Person {id: 'arxiv:Xia Song'}) RETURN p.verification AS v, p.claimed AS c, p.followers AS f",
    );
    expect(person).toEqual({ v: "L1", c: false, f: 0 });
    expect(
      await one(
        "MATCH (:Person {id: 'arxiv:Xia Song'})-[:AUTHORED]->(p) WHERE size(p.abstract) > 200 RETURN count(p) AS n",
      ),
    ).toBe(7);
  });
});

describe("OpenAlex import", () => {
  const lines = readFileSync(new URL("../../seed/data/openalex-sample/works.jsonl", import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map(
      (line) =>
        JSON.parse(line) as {
          authorships: { author: { id: string | null }; institutions: { id: string; ror: string | null }[] }[];
        },
    );

  it("has every work and institution, with institutions on the right people", async () => {
    expect(await one("MATCH (p:Paper {source: 'openalex'}) RETURN count(p) AS n")).toBe(lines.length);
    const expected = new Map<string, Set<string>>();
    for (const work of lines) {
      for (const authorship of work.authorships) {
        // An authorship without an author id names nobody the graph can hold (the importer skips it too).
        if (!authorship.author.id) continue;
        for (const institution of authorship.institutions ?? []) {
          if (!institution.id) continue;
          const person = `openalex:${authorship.author.id.split("/").pop()}`;
          if (!expected.has(person)) expected.set(person, new Set());
          expected.get(person)!.add(`openalex:${institution.id.split("/").pop()}`);
        }
      }
    }
    const institutions = new Set([...expected.values()].flatMap((set) => [...set]));
    expect(await one("MATCH (i:Institution) RETURN count(i) AS n")).toBe(institutions.size);
    const rows = await query<{ person: string; institutions: string[] }>(
      driver,
      "MATCH (p:Person)-[:AFFILIATED_WITH]->(i:Institution) RETURN p.id AS person, collect(i.id) AS institutions",
    );
    expect(rows).toHaveLength(expected.size);
    for (const row of rows) expect(new Set(row.institutions)).toEqual(expected.get(row.person));
  });
});
