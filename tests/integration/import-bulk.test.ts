/**
 * The bulk path (Neo4j's offline importer) and the incremental path (batched MERGE) end in the same graph: a generated
 * modern field, plus one hyper-authored work, is imported both ways into two fresh stores (the incremental one in two
 * runs, so the second writes into a store with data), the fingerprints (derived weights and counters included) must
 * be equal (read ranks included: the bulk path writes them in its CSV files and marks the store), and the counts must
 * match an independent count of the gz files. The store upgrade (server/neo4j/read-ranks.ts) gives a store stripped
 * of its read ranks the same ones back.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { gunzipSync, gzipSync } from "node:zlib";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startEmbeddedNeo4j } from "../../db/embedded-neo4j.ts";
import { expandInputs } from "../../seed/input-files.ts";
import { COAUTHOR_MAX_AUTHORS } from "../../seed/coauthor-pairs.ts";
import { runImport } from "../../seed/import.ts";
import { createDriver } from "../../server/neo4j/driver.ts";
import { ensureReadRanks, READ_RANKS_VERSION } from "../../server/neo4j/read-ranks.ts";
import { runCli } from "../_helpers/cli.ts";
import { countOpenAlexGz, type OpenAlexCounts } from "../_helpers/count-openalex-gz.ts";
import { fingerprint, type GraphFingerprint } from "../_helpers/fingerprint.ts";

const WORKS = 4000;
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "rge-bulk-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const HYPER_AUTHORS = COAUTHOR_MAX_AUTHORS + 50;
const HYPER_PREFIX = "https://openalex.org/A99990";

/**
 * One hyper-authored work (more authors than COAUTHOR_MAX_AUTHORS) written as a further partition: two of its authors
 * are people of the generated field, the others appear nowhere else.
 */
function writeHyperAuthoredWork(dir: string): void {
  const first = JSON.parse(
    gunzipSync(readFileSync(join(dir, "part_000.jsonl.gz")))
      .toString("utf8")
      .split("\n")[0]!,
  );
  const known = (first.authorships as { author: { id: string } }[]).slice(0, 2).map((a) => a.author.id);
  const ids = [...known, ...Array.from({ length: HYPER_AUTHORS - known.length }, (_, i) => `${HYPER_PREFIX}${i}`)];
  const work = {
    id: "https://openalex.org/W9999000001",
    // No year: its read rank is an integer (no year → 9999), written to the bulk path's year-less rank files.
    title: "A detector paper with many authors",
    authorships: ids.map((id, i) => ({
      author: { id, display_name: `Hyper Author ${i}` },
      institutions: i === 2 ? [{ id: "https://openalex.org/I9999001", display_name: "Hyper Lab" }] : [],
    })),
    topics: first.topics,
    primary_location: { source: null },
    referenced_works: [first.id],
  };
  writeFileSync(join(dir, "part_003.jsonl.gz"), gzipSync(`${JSON.stringify(work)}\n`));
}

interface StoreResult {
  graph: GraphFingerprint;
  /** COAUTHOR edges of people who share only the hyper-authored work: none. */
  hyperPairs: number;
  /** Whether the store carries the StoreFormat mark of complete read ranks (no start pages through it). */
  readRanksMarked: boolean;
  /** With `upgrade`: the fingerprint once the read ranks are stripped, and again after the store upgrade. */
  stripped?: GraphFingerprint;
  upgraded?: GraphFingerprint;
}

/** What a store written before the read ranks existed looks like: no rank, no toId, no StoreFormat mark. */
const STRIP_READ_RANKS = [
  "MATCH ()-[r:HAS_TOPIC|PUBLISHED_IN|WORKS_ON|AFFILIATED_WITH]->() REMOVE r.toId, r.rank",
  "MATCH (format:StoreFormat) DELETE format",
];

/** Strips the read ranks, runs the store upgrade (twice: the second must find nothing to do), fingerprints both. */
async function upgradeOf(driver: Driver): Promise<Pick<StoreResult, "stripped" | "upgraded">> {
  for (const statement of STRIP_READ_RANKS) await driver.executeQuery(statement, {}, { database: "neo4j" });
  const stripped = await fingerprint(driver);
  expect(await ensureReadRanks(driver, "neo4j")).not.toBeNull();
  expect(await ensureReadRanks(driver, "neo4j"), "a marked store is not upgraded again").toBeNull();
  return { stripped, upgraded: await fingerprint(driver) };
}

/**
 * Starts the store in `dataDir`, imports each run of files into it in turn, and returns its fingerprint (with
 * `upgrade`, also those of upgradeOf).
 */
async function inStore(dataDir: string, runs: string[][] = [], upgrade = false): Promise<StoreResult> {
  const db = await startEmbeddedNeo4j({ dataDir, port: 0, heapMb: 1024, pageCacheMb: 256 });
  const driver = createDriver({ uri: db.uri, username: db.username, password: db.password, database: "neo4j" });
  try {
    for (const files of runs) await runImport({ driver, database: "neo4j", files });
    const { records } = await driver.executeQuery(
      "MATCH (p:Person)-[:COAUTHOR]-() WHERE p.id STARTS WITH $prefix RETURN count(*) AS n",
      { prefix: "openalex:A99990" },
      { database: "neo4j" },
    );
    const mark = await driver.executeQuery(
      "MATCH (format:StoreFormat {id: 'read-ranks'}) RETURN format.version AS version",
      {},
      { database: "neo4j" },
    );
    const readRanksMarked = mark.records.some((record) => Number(record.get("version")) === READ_RANKS_VERSION);
    const graph = await fingerprint(driver);
    const hyperPairs = Number(records[0]!.get("n"));
    return { graph, hyperPairs, readRanksMarked, ...(upgrade ? await upgradeOf(driver) : {}) };
  } finally {
    await driver.close();
    await db.stop();
  }
}

function expectCounts(graph: GraphFingerprint, counts: OpenAlexCounts): void {
  expect(graph.labels).toEqual({
    Paper: counts.works,
    Person: counts.people,
    Topic: counts.topics,
    Institution: counts.institutions,
    Venue: counts.venues,
  });
  expect(graph.relationships).toMatchObject({
    AUTHORED: counts.authorships,
    HAS_TOPIC: counts.topicLinks,
    PUBLISHED_IN: counts.venueLinks,
    CITES: counts.inSetReferences,
  });
}

it("synth → bulk and incremental imports give the same graph, with the counts the files hold", async () => {
  const works = join(root, "works");
  const synth = await runCli(
    "seed/synth/cli.ts",
    ["--works", `${WORKS}`, "--seed", "9", "--per-part", "1500", "--out", works],
    {},
  ).done;
  expect(synth.code, synth.stderr).toBe(0);
  writeHyperAuthoredWork(works);
  const files = expandInputs([works]);
  expect(files.map((file) => file.slice(works.length + 1))).toEqual([
    "part_000.jsonl.gz",
    "part_001.jsonl.gz",
    "part_002.jsonl.gz",
    "part_003.jsonl.gz",
  ]);
  const counts = countOpenAlexGz(works);
  expect(counts.works).toBe(WORKS + 1);

  const bulkDir = join(root, "bulk");
  const bulk = await runCli("seed/cli.ts", [works], { RGE_DATA_DIR: bulkDir, NEO4J_URI: "" }).done;
  expect(bulk.code, bulk.stderr).toBe(0);
  expect(bulk.stderr).toContain("import: bulk path");
  const viaBulk = await inStore(bulkDir);
  const viaMerge = await inStore(join(root, "incremental"), [files.slice(0, 2), files.slice(2)], true);

  expectCounts(viaBulk.graph, counts);
  expect(viaBulk.graph.relationships.COAUTHOR).toBeGreaterThan(counts.works);
  expect(viaBulk.graph.relationships.WORKS_ON).toBeGreaterThan(counts.people);
  expect(viaBulk.hyperPairs).toBe(0);
  expect(viaBulk.readRanksMarked, "the bulk path writes the read ranks and marks the store").toBe(true);
  expect(viaMerge.hyperPairs).toBe(0);
  expect(viaBulk.graph).toEqual(viaMerge.graph);
  expect(viaMerge.stripped!.hashes.ranks, "stripping removed the ranks").not.toBe(viaMerge.graph.hashes.ranks);
  expect(viaMerge.upgraded).toEqual(viaMerge.graph);
}, 600_000);
