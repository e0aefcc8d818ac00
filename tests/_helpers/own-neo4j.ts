/**
 * A second embedded Neo4j of a test file's own (temporary store, free port), for tests that write, wipe or stop their
 * database: the shared one started by global-setup.ts is never touched.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Driver } from "neo4j-driver";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../../db/embedded-neo4j.ts";
import { createDriver } from "../../server/neo4j/driver.ts";

export interface OwnNeo4j {
  dataDir: string;
  db: EmbeddedNeo4j;
  driver: Driver;
  /** Environment that points the CLIs (importer, server) at this database. */
  env: Record<string, string>;
  /** Deletes every node and relationship (the schema stays). */
  wipe(): Promise<void>;
  /** Runs a statement returning one integer column `n`. */
  count(statement: string, params?: Record<string, unknown>): Promise<number>;
  close(): Promise<void>;
}

export async function startOwnNeo4j(prefix: string, heapMb = 1024): Promise<OwnNeo4j> {
  const dataDir = mkdtempSync(join(tmpdir(), prefix));
  const db = await startEmbeddedNeo4j({ dataDir, port: 0, heapMb, pageCacheMb: 256 });
  const driver = createDriver({ uri: db.uri, username: db.username, password: db.password, database: "neo4j" });
  return {
    dataDir,
    db,
    driver,
    env: { NEO4J_URI: db.uri, NEO4J_PASSWORD: db.password },
    async wipe() {
      const session = driver.session({ database: "neo4j" });
      try {
        await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS");
      } finally {
        await session.close();
      }
    },
    async count(statement, params = {}) {
      const { records } = await driver.executeQuery(statement, params, { database: "neo4j" });
      return (records[0]!.get("n") as { toNumber(): number }).toNumber();
    },
    async close() {
      await driver.close();
      await db.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
