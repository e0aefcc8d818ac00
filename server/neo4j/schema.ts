/**
 * Applies constraints and indexes (idempotent: IF NOT EXISTS) and waits until the indexes are online. The indexes are
 * created first, in one transaction, so Neo4j populates them in the background with one scan of the store per entity
 * type while the constraints (each of which populates its own index before it returns) are created.
 */
import type { Driver } from "neo4j-driver";
import { cypherStatements } from "./cypher.ts";

const FILES = [
  "schema/constraints",
  "schema/indexes",
  "schema/search-indexes",
  "schema/user-data",
  "schema/claims",
  "schema/collaboration",
];

export interface ApplySchemaOptions {
  /** Progress lines while indexes populate (a million-work store takes minutes). */
  log?: (line: string) => void;
}

/** Creates every constraint and index of cypher/schema/ and resolves once all indexes are online. */
export async function applySchema(driver: Driver, database: string, options: ApplySchemaOptions = {}): Promise<void> {
  const statements = FILES.flatMap((file) => cypherStatements(file));
  const isConstraint = (statement: string) => /^CREATE\s+CONSTRAINT\b/i.test(statement);
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      for (const statement of statements.filter((s) => !isConstraint(s))) await tx.run(statement);
    });
  } finally {
    await session.close();
  }
  for (const statement of statements.filter(isConstraint)) await driver.executeQuery(statement, {}, { database });
  await awaitIndexes(driver, database, options.log);
}

/**
 * Waits until every index is online: db.awaitIndexes in rounds of a minute (a million-work store takes minutes on a
 * loaded machine, longer than one fixed timeout), reporting progress between rounds; throws naming an index whose
 * population failed.
 */
async function awaitIndexes(driver: Driver, database: string, log?: (line: string) => void): Promise<void> {
  for (;;) {
    try {
      await driver.executeQuery("CALL db.awaitIndexes(60)", {}, { database });
      return;
    } catch {
      // Timed out (or failed): SHOW INDEXES tells which.
      const { records } = await driver.executeQuery(
        "SHOW INDEXES YIELD name, state, populationPercent, failureMessage WHERE state <> 'ONLINE' RETURN *",
        {},
        { database },
      );
      if (records.length === 0) return;
      const failed = records.find((record) => record.get("state") === "FAILED");
      if (failed) throw new Error(`index ${failed.get("name")} failed: ${failed.get("failureMessage")}`);
      const waiting = records.map((r) => `${r.get("name")} ${Number(r.get("populationPercent")).toFixed(0)}%`);
      log?.(`indexes populating: ${waiting.join(", ")}`);
    }
  }
}
