/** Test access to the run's Neo4j: a driver and a read helper (tests query the database directly to check facts). */
import { inject } from "vitest";
import { createDriver } from "../../server/neo4j/driver.ts";
import { toNative } from "../../server/neo4j/native.ts";
import type { Driver } from "neo4j-driver";

export function testConnection() {
  return inject("neo4j");
}

export function testDriver(): Driver {
  return createDriver(testConnection());
}

export async function query<T = Record<string, unknown>>(
  driver: Driver,
  statement: string,
  params: Record<string, unknown> = {},
): Promise<T[]> {
  const { records } = await driver.executeQuery(statement, params, { database: testConnection().database });
  return records.map((record) => toNative(record.toObject()) as T);
}
