/**
 * The import-run marker: an `ImportRun` node written before a run's first write and removed when it finishes. One
 * that stays says a run died midway (killed, or a write failed) and the graph may be half-written until the same files
 * are imported again. It is bookkeeping, not user data: no relationship, no label of the graph model.
 */
import type { Driver } from "neo4j-driver";
import { randomUUID } from "node:crypto";
import { basename } from "node:path";
import { cypher } from "../server/neo4j/cypher.ts";

export interface UnfinishedRun {
  id: string;
  startedAt: string;
  files: string[];
}

/** Runs whose marker is still in the graph, oldest first. */
export async function findUnfinishedRuns(driver: Driver, database: string): Promise<UnfinishedRun[]> {
  const { records } = await driver.executeQuery(cypher("import/find-unfinished-runs"), {}, { database });
  return records.map((record) => record.toObject() as UnfinishedRun);
}

/** Writes this run's marker and returns the function that clears it (and the earlier runs it repeats) at the end. */
export async function beginRun(
  driver: Driver,
  database: string,
  files: readonly string[],
): Promise<() => Promise<void>> {
  const params = { id: randomUUID(), files: files.map((file) => basename(file)) };
  await driver.executeQuery(cypher("import/begin-run"), params, { database });
  return async () => {
    await driver.executeQuery(cypher("import/end-run"), params, { database });
  };
}
