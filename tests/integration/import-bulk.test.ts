/**
 * The bulk path (Neo4j's offline importer) and the incremental path (batched MERGE) end in the same graph: a generated
 * modern field is imported both ways into two fresh stores, the fingerprints (derived weights and counters included)
 * must be equal, and the counts must match an independent count of the generated gz files.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { startEmbeddedNeo4j } from "../../db/embedded-neo4j.ts";
import { expandInputs } from "../../seed/input-files.ts";
import { runImport } from "../../seed/import.ts";
import { createDriver } from "../../server/neo4j/driver.ts";
import { runCli } from "../_helpers/cli.ts";
import { countOpenAlexGz, type OpenAlexCounts } from "../_helpers/count-openalex-gz.ts";
import { fingerprint, type GraphFingerprint } from "../_helpers/fingerprint.ts";

const WORKS = 4000;
let root: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "rge-bulk-"));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Starts the store in `dataDir`, optionally imports into it, and returns its fingerprint. */
async function inStore(dataDir: string, files: string[] = []): Promise<GraphFingerprint> {
  const db = await startEmbeddedNeo4j({ dataDir, port: 0, heapMb: 1024, pageCacheMb: 256 });
  const driver = createDriver({ uri: db.uri, username: db.username, password: db.password, database: "neo4j" });
  try {
    if (files.length > 0) await runImport({ driver, database: "neo4j", files });
    return await fingerprint(driver);
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
  const files = expandInputs([works]);
  expect(files.map((file) => file.slice(works.length + 1))).toEqual([
    "part_000.jsonl.gz",
    "part_001.jsonl.gz",
    "part_002.jsonl.gz",
  ]);
  const counts = countOpenAlexGz(works);
  expect(counts.works).toBe(WORKS);

  const bulkDir = join(root, "bulk");
  const bulk = await runCli("seed/cli.ts", [works], { RGE_DATA_DIR: bulkDir, NEO4J_URI: "" }).done;
  expect(bulk.code, bulk.stderr).toBe(0);
  expect(bulk.stderr).toContain("import: bulk path");
  const viaBulk = await inStore(bulkDir);
  const viaMerge = await inStore(join(root, "incremental"), files);

  expectCounts(viaBulk, counts);
  expect(viaBulk.relationships.COAUTHOR).toBeGreaterThan(counts.works);
  expect(viaBulk).toEqual(viaMerge);
}, 600_000);
