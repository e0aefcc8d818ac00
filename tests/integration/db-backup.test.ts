/**
 * `npm run db:dump` / `npm run db:load` round trip on stores of this file's own (never the shared test Neo4j): import a
 * small input, dump the stopped store, load the dump into a fresh data dir, start it, and compare graph fingerprints.
 * Also the refusals (exit 2): a store in use, an existing dump file, a store that already holds a database.
 */
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { startEmbeddedNeo4j } from "../../db/embedded-neo4j.ts";
import { runImport } from "../../seed/import.ts";
import { createDriver } from "../../server/neo4j/driver.ts";
import { runCli } from "../_helpers/cli.ts";
import { fingerprint, type GraphFingerprint } from "../_helpers/fingerprint.ts";
import { paperscapeFiles } from "../_helpers/paperscape-oracle.ts";

const root = mkdtempSync(join(tmpdir(), "rge-backup-"));
const source = join(root, "source");
const restored = join(root, "restored", "store");
const dump = join(root, "graph.dump");
const SEED_PROFILE = new URL("../../seed/data/seed-profile/works.json", import.meta.url).pathname;

afterAll(() => rmSync(root, { recursive: true, force: true }));

const db = (command: "dump" | "load", dataDir: string, ...args: string[]) =>
  runCli("db/cli.ts", [command, ...args], { RGE_DATA_DIR: dataDir, NEO4J_URI: "" }).done;

/** Starts the store, runs `use` against it, stops it again. */
async function withStore<T>(dataDir: string, use: (driver: ReturnType<typeof createDriver>) => Promise<T>): Promise<T> {
  const neo4j = await startEmbeddedNeo4j({ dataDir, port: 0, heapMb: 768, pageCacheMb: 128 });
  const driver = createDriver({
    uri: neo4j.uri,
    username: neo4j.username,
    password: neo4j.password,
    database: "neo4j",
  });
  try {
    return await use(driver);
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}

it("dumps a stopped store and loads it into a fresh one that starts with the same graph", async () => {
  const expected: GraphFingerprint = await withStore(source, async (driver) => {
    await runImport({ driver, database: "neo4j", files: [paperscapeFiles()[0]!, SEED_PROFILE] });
    const running = await db("dump", source, dump);
    expect(running.code).toBe(2);
    expect(running.stderr).toContain(`the embedded Neo4j is running on ${source}`);
    return fingerprint(driver);
  });
  expect(expected.labels.Paper).toBeGreaterThan(300);
  expect(existsSync(dump)).toBe(false);

  const dumped = await db("dump", source, dump);
  expect(dumped.code, dumped.stderr).toBe(0);
  expect(statSync(dump).size).toBeGreaterThan(0);
  const again = await db("dump", source, dump);
  expect(again.code).toBe(2);
  expect(again.stderr).toContain("exists; add --force");

  const loaded = await db("load", restored, dump);
  expect(loaded.code, loaded.stderr).toBe(0);
  const twice = await db("load", restored, dump);
  expect(twice.code).toBe(2);
  expect(twice.stderr).toContain("already holds a database; add --force");
  const forced = await db("load", restored, dump, "--force");
  expect(forced.code, forced.stderr).toBe(0);

  expect(await withStore(restored, (driver) => fingerprint(driver))).toEqual(expected);
}, 300_000);
