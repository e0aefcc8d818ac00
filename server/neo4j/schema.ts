/** Applies constraints and indexes (idempotent: IF NOT EXISTS) and waits until the indexes are online. */
import type { Driver } from "neo4j-driver";
import { cypherStatements } from "./cypher.ts";

export async function applySchema(driver: Driver, database: string): Promise<void> {
  const files = [
    "schema/constraints",
    "schema/indexes",
    "schema/search-indexes",
    "schema/user-data",
    "schema/claims",
    "schema/collaboration",
  ];
  for (const file of files) {
    for (const statement of cypherStatements(file)) await driver.executeQuery(statement, {}, { database });
  }
  await driver.executeQuery("CALL db.awaitIndexes(300)", {}, { database });
}
