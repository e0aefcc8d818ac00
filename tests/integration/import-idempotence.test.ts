/** Importing the same data again changes nothing: same nodes, relationships, derived weights and counters. */
import type { Driver } from "neo4j-driver";
import { afterAll, beforeAll, expect, it } from "vitest";
import { demoFiles } from "../../seed/demo-data.ts";
import { runImport } from "../../seed/import.ts";
import { fingerprint } from "../_helpers/fingerprint.ts";
import { testDriver } from "../_helpers/graph.ts";

let driver: Driver;
beforeAll(() => {
  driver = testDriver();
});
afterAll(() => driver.close());

it("re-importing the whole demo data set leaves the graph unchanged", async () => {
  const before = await fingerprint(driver);
  expect(before.relationships.COAUTHOR).toBeGreaterThan(57_000);
  const summary = await runImport({ driver, database: "neo4j", files: demoFiles() });
  expect(summary.skipped).toEqual([]);
  expect(summary.written).toBe(before.labels.Paper);
  expect(await fingerprint(driver)).toEqual(before);
}, 900_000);
