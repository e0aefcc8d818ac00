/**
 * BibTeX and RIS through the importer CLI against the run's Neo4j (demo data): entries are matched to works by DOI,
 * arXiv id, then title + year + first author, and the expected matches are found here independently, in the demo
 * data's own files. Checks the counts, the `file:line` reports, that authors reuse existing people, that a second run
 * changes nothing, and that --strict on a malformed file writes nothing. The test removes what it added afterwards and
 * checks the graph is as before.
 */
import type { Driver } from "neo4j-driver";
import { readFileSync, readdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { removeBibliographyImports } from "../_helpers/bibliography-cleanup.ts";
import { runCli } from "../_helpers/cli.ts";
import { fingerprint, type GraphFingerprint } from "../_helpers/fingerprint.ts";
import { query, testConnection, testDriver } from "../_helpers/graph.ts";

const FIXTURES = new URL("../fixtures/bibliography/", import.meta.url).pathname;
const DATA = new URL("../../seed/data/", import.meta.url).pathname;
const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

/** The demo data's own answers: the OpenAlex work with a DOI or a title, the Paperscape works with a title. */
function openAlexWork(test: (work: { doi?: string; title?: string }) => boolean): string {
  const line = readFileSync(`${DATA}openalex-sample/works.jsonl`, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; doi?: string; title?: string })
    .find(test)!;
  return `openalex:${line.id.replace("https://openalex.org/", "")}`;
}
function paperscapeWorks(title: string): string[] {
  const dir = `${DATA}paperscape-arxiv-1991-1995/`;
  return readdirSync(dir)
    .filter((f) => f.endsWith(".csv"))
    .flatMap((f) => readFileSync(dir + f, "utf8").split("\n"))
    .filter((line) => line.split(";")[6] === title)
    .map((line) => `arxiv:${line.split(";")[0]}`)
    .sort();
}

let driver: Driver;
let before: GraphFingerprint;
const env = () => {
  const { uri, password } = testConnection();
  return { NEO4J_URI: uri, NEO4J_PASSWORD: password };
};
const importer = (...args: string[]) => runCli("seed/cli.ts", args, env()).done;
const files = [`${FIXTURES}library.bib`, `${FIXTURES}library.ris`];

beforeAll(async () => {
  driver = testDriver();
  before = await fingerprint(driver);
});

afterAll(async () => {
  // Remove what the import added and rebuild the derived data of the people it touched: the graph is as it was.
  await removeBibliographyImports(driver);
  expect(await fingerprint(driver)).toEqual(before);
  await driver.close();
});

describe("npm run import -- library.bib library.ris", () => {
  let output = "";
  let afterFirst: GraphFingerprint;

  it("matches, adds and reports as the demo data says", async () => {
    const run = await importer(...files);
    output = run.stdout + run.stderr;
    expect(run.code, output).toBe(0);
    // library.bib: bayon2000 (DOI), popp2008 and jackiw1994 (title + year + first author), amin2026consistent
    // (arXiv) match; katz1992 is ambiguous (two works); three entries are new. library.ris: two match, one is new.
    expect(run.stdout).toMatch(/matched 6 · added 4 · ambiguous 1 · skipped 4 · written 4 works/);
    expect(run.stderr).toMatch(/library\.bib:\d+: entry notitle has no title/);
    expect(run.stderr).toMatch(/library\.bib:\d+: duplicate citation key bayon2000/);
    expect(run.stderr).toMatch(/library\.ris:\d+: record has no 'ER {2}- '/);
    const katz = paperscapeWorks("Rational Curves on Calabi-Yau Threefolds");
    expect(katz).toHaveLength(2);
    expect(run.stderr).toContain(`ambiguous (title): ${katz.join(", ")}`);
    afterFirst = await fingerprint(driver);
    // The matched works are the demo data's: they were there before and nothing was added for them.
    const matched = [
      openAlexWork((w) => w.doi === "https://doi.org/10.18235/0008810"),
      openAlexWork((w) => fold(w.title ?? "") === fold("Az élelmezés-, energia- és környezetbiztonság összefüggései")),
      ...paperscapeWorks("Hard Thermal Loops, Static Response and the Composite Effective Action"),
      "arxiv:2605.00161",
    ];
    const found = await query<{ id: string }>(driver, "MATCH (w:Paper) WHERE w.id IN $ids RETURN w.id AS id", {
      ids: matched,
    });
    expect(found).toHaveLength(4);
    expect(afterFirst.labels.Paper).toBe(before.labels.Paper! + 4);
  });

  it("reuses people who are in the graph and creates the others", async () => {
    const [work] = await query<{ authors: string[] }>(
      driver,
      `MATCH (a:Person)-[r:AUTHORED]->(w:Paper {id: 'doi:10.5555/rge.2025.001'})
       WITH a ORDER BY r.position RETURN collect(a.id) AS authors`,
    );
    const xiaSong = await query<{ id: string }>(driver, "MATCH (p:Person {name: 'Xia Song'}) RETURN p.id AS id");
    expect(xiaSong.length).toBeGreaterThan(0);
    expect(xiaSong.map((p) => p.id)).toContain(work!.authors[0]);
    expect(work!.authors.slice(1)).toEqual(["bib:jane q public", "bib:francois riviere"]);
    const [popp] = await query<{ first: string; name: string }>(
      driver,
      `MATCH (a:Person)-[:AUTHORED {position: 1}]->(w:Paper {title: 'Food, Energy and Environmental Security Revisited'})
       RETURN a.id AS first, a.name AS name`,
    );
    expect(popp!.first.startsWith("openalex:")).toBe(true);
    expect(popp!.name).toBe("József Popp");
  });

  it("is idempotent: a second run matches everything and changes nothing", async () => {
    const run = await importer(...files);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/matched 10 · added 0 · ambiguous 1 · skipped 4 · written 0 works/);
    expect(await fingerprint(driver)).toEqual(afterFirst);
  });

  it("--strict refuses a malformed file with its lines and writes nothing", async () => {
    const run = await importer("--strict", `${FIXTURES}malformed.bib`);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/malformed\.bib:1: unbalanced braces/);
    expect(run.stderr).toMatch(/malformed\.bib:11: expected '='/);
    expect(await fingerprint(driver)).toEqual(afterFirst);
  });
});
