/**
 * Issue 10's importer defects as regression tests, against a Neo4j of this file's own: hostile and mangled input files
 * crafted here (refused or skipped with `file:line`, never half-written), and a run stopped at 10 seeded random write
 * batches (a real SIGKILL through the RGE_IMPORT_FAULT_AT test hook) that is marked incomplete and converges when rerun.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IMPORT_LIMITS } from "../../seed/checks/limits.ts";
import { runImport } from "../../seed/import.ts";
import { findUnfinishedRuns, type UnfinishedRun } from "../../seed/run-marker.ts";
import { buildApp } from "../../server/app.ts";
import { loadConfig } from "../../config/index.ts";
import { runCli } from "../_helpers/cli.ts";
import { seededRandom } from "../_helpers/coauthor-bfs.ts";
import { fingerprint, type GraphFingerprint } from "../_helpers/fingerprint.ts";
import { startOwnNeo4j, type OwnNeo4j } from "../_helpers/own-neo4j.ts";
import { paperscapeFiles } from "../_helpers/paperscape-oracle.ts";

const DATA = new URL("../../seed/data/", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "rge-hardening-"));
let own: OwnNeo4j;

beforeAll(async () => {
  own = await startOwnNeo4j("rge-hardening-neo4j-");
});
afterAll(async () => {
  await own?.close();
  rmSync(dir, { recursive: true, force: true });
});

const importCli = (args: string[], env: Record<string, string> = {}) =>
  runCli("seed/cli.ts", args, { ...own.env, ...env }).done;
const paperLine = (n: number, authors: string, title = `Paper ${n}`) =>
  `zz-test/91${String(n).padStart(5, "0")};hep-th;0;0;;${authors};${title}`;
const write = (name: string, content: string | Buffer) => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe("hostile input files", () => {
  const good = Array.from({ length: 1000 }, (_, i) => paperLine(i, `A.Good${i},B.Good${i}`));
  const huge = Array.from({ length: 800_000 }, (_, i) => `X.Many${i}`).join(",");
  const hostile = write("hostile.csv", `${[...good, paperLine(99999, huge, "Hostile")].join("\n")}\n`);
  const reason = `hostile.csv:1001: work arxiv:zz-test/9199999: 800000 authors (limit ${IMPORT_LIMITS.authorsPerWork})`;

  it("--strict: 1,000 good lines then one with 800,000 authors is refused with its file:line, nothing written", async () => {
    await own.wipe();
    const result = await importCli(["--strict", hostile]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(reason);
    expect(result.stderr).not.toMatch(/Neo4jError|OutOfMemory|\n\s+at /);
    expect(await own.count("MATCH (n) RETURN count(n) AS n")).toBe(0);
  });

  it("without --strict the record is skipped and the other 1,000 are written whole, derived edges included", async () => {
    await own.wipe();
    const result = await importCli([hostile]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(reason);
    expect(await own.count("MATCH (p:Paper) RETURN count(p) AS n")).toBe(1000);
    expect(await own.count("MATCH (p:Person) RETURN count(p) AS n")).toBe(2000);
    expect(await own.count("MATCH ()-[c:COAUTHOR]->() RETURN count(c) AS n")).toBe(1000);
    expect(await own.count("MATCH ()-[w:WORKS_ON]->() RETURN count(w) AS n")).toBe(2000);
    expect(await own.count("MATCH (r:ImportRun) RETURN count(r) AS n")).toBe(0);
  });

  it("a 10 MB title is rejected by the length limit", async () => {
    await own.wipe();
    const file = write("title.csv", `${paperLine(1, "A.A", "t".repeat(10_000_000))}\n${paperLine(2, "B.B")}\n`);
    const result = await importCli([file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("title.csv:1: work arxiv:zz-test/9100001: title has 10000000 characters");
    expect(await own.count("MATCH (p:Paper) RETURN count(p) AS n")).toBe(1);
  });

  it("a duplicated id is reported with both file:lines and the last record wins", async () => {
    await own.wipe();
    const file = write("dup.csv", [paperLine(1, "A.A"), paperLine(2, "B.B"), paperLine(1, "C.C", "Again")].join("\n"));
    const result = await importCli([file]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("dup.csv:1: duplicate work id arxiv:zz-test/9100001: listed again at dup.csv:3");
    expect(result.stdout).toMatch(/read 3 · written 2 works .* skipped 1 /);
    const [row] = (
      await own.driver.executeQuery(
        "MATCH (a:Person)-[:AUTHORED]->(p:Paper {id: 'arxiv:zz-test/9100001'}) RETURN p.title AS title, a.name AS name",
        {},
        { database: "neo4j" },
      )
    ).records.map((record) => record.toObject());
    expect(row).toEqual({ title: "Again", name: "C.C" });
    expect(await own.count("MATCH (p:Person {name: 'A.A'}) RETURN count(p) AS n")).toBe(0);
    expect((await importCli(["--strict", file])).code).toBe(1);
  });

  it("a UTF-8 BOM is read; Latin-1 is refused with its line, or converted with --encoding latin1", async () => {
    await own.wipe();
    const bom = write("bom.csv", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(paperLine(1, "A.A"))]));
    expect((await importCli(["--strict", bom])).code).toBe(0);
    const latin = write(
      "latin.csv",
      Buffer.from(`${paperLine(2, "B.B")}\n${paperLine(3, "J.M\u00fcller")}\n`, "latin1"),
    );
    const refused = await importCli([latin]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("latin.csv:2: not valid UTF-8");
    expect(await own.count("MATCH (p:Paper) RETURN count(p) AS n")).toBe(1);
    const converted = await importCli(["--encoding", "latin1", latin]);
    expect(converted.code).toBe(0);
    expect(await own.count("MATCH (p:Person {name: 'J.M\u00fcller'}) RETURN count(p) AS n")).toBe(1);
    expect(await own.count("MATCH (p:Person) WHERE p.name CONTAINS '\ufffd' RETURN count(p) AS n")).toBe(0);
    const unknown = await importCli(["--encoding", "klingon", latin]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown --encoding 'klingon'");
  });

  it("a seed profile whose `works` is not an array says so and exits 2", async () => {
    const file = write("profile.json", JSON.stringify({ researcher: "X Y", works: "none" }, null, 2));
    const result = await importCli([file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("profile.json:3: seed profile: 'works' must be an array of works, found string");
  });
});

describe("an import stopped while writing", () => {
  // A small input (the 1991 Paperscape file, 40 OpenAlex works, the seed profile) in small batches: many stop points.
  const openalex = readFileSync(join(DATA, "openalex-sample/works.jsonl"), "utf8").split("\n").slice(0, 40).join("\n");
  const files = [paperscapeFiles()[0]!, write("openalex-40.jsonl", openalex), join(DATA, "seed-profile/works.json")];
  const args = ["--batch-size", "25", ...files];
  let expected: GraphFingerprint;
  let batches = 0;

  /** Ten distinct batch numbers in 1..total from a fixed seed, so a failure can be replayed. */
  function seededPoints(total: number, seed = 20261129): number[] {
    const next = seededRandom(seed);
    const points = new Set<number>();
    while (points.size < Math.min(10, total)) points.add(1 + Math.floor(next() * total));
    return [...points].sort((a, b) => a - b);
  }

  beforeAll(async () => {
    await own.wipe();
    await runImport({ driver: own.driver, database: "neo4j", files, batchSize: 25, onBatch: () => (batches += 1) });
    expected = await fingerprint(own.driver);
  }, 300_000);

  it("is marked incomplete (health says so), and a rerun reports it and converges: 10 seeded kill points", async () => {
    expect(batches).toBeGreaterThan(40);
    const points = seededPoints(batches);
    for (const [index, point] of points.entries()) {
      await own.wipe();
      const killed = await importCli(args, { RGE_IMPORT_FAULT_AT: String(point) });
      expect(killed.signal, `stop after batch ${point}`).toBe("SIGKILL");
      const unfinished = await findUnfinishedRuns(own.driver, "neo4j");
      expect(unfinished.map((run) => run.files)).toEqual([["pscp-1991.csv", "openalex-40.jsonl", "works.json"]]);
      if (index === 0) await expectHealthImportState("incomplete");

      const reported: UnfinishedRun[] = [];
      await runImport({
        driver: own.driver,
        database: "neo4j",
        files,
        onUnfinishedRuns: (runs) => reported.push(...runs),
      });
      expect(reported, `rerun after batch ${point}`).toHaveLength(1);
      expect(await fingerprint(own.driver), `rerun after batch ${point}`).toEqual(expected);
    }
    await expectHealthImportState("complete");
  }, 600_000);

  it("a write that fails exits 1 naming the failure, leaves the marker, and the CLI rerun says so and converges", async () => {
    await own.wipe();
    const failed = await importCli(args, { RGE_IMPORT_FAULT_AT: `${Math.floor(batches / 2)}:throw` });
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/import: writing failed: injected fault after write batch \d+ .*marked incomplete/);
    const rerun = await importCli(files);
    expect(rerun.code).toBe(0);
    expect(rerun.stderr).toMatch(
      /an earlier import started .* \(pscp-1991\.csv, openalex-40\.jsonl, works\.json\) did not finish/,
    );
    expect(await fingerprint(own.driver)).toEqual(expected);
  }, 300_000);
});

async function expectHealthImportState(state: "complete" | "incomplete"): Promise<void> {
  const connection = { uri: own.db.uri, username: "neo4j", password: own.db.password, database: "neo4j" };
  const app = await buildApp({ config: loadConfig(own.env), connection, mode: "external" });
  try {
    const body = (await app.inject({ method: "GET", url: "/api/health" })).json();
    expect(body.import.state).toBe(state);
    if (state === "incomplete") {
      expect(body.import.files).toEqual(["pscp-1991.csv", "openalex-40.jsonl", "works.json"]);
      expect(Date.parse(body.import.startedAt)).toBeLessThanOrEqual(Date.now());
    } else expect(body.import).toEqual({ state: "complete", startedAt: null, files: [] });
  } finally {
    await app.close();
  }
}
