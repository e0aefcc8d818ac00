/**
 * Starts one real Neo4j for the whole test run (temporary data dir, free port), loads the demo data into it and
 * hands the connection to tests through `inject("neo4j")`. Stopped, and its data dir removed, after the run.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedNeo4j } from "../../db/embedded-neo4j.ts";
import { ensureDemoData } from "../../seed/demo-data.ts";
import { ensureReadRanks } from "../../server/neo4j/read-ranks.ts";
import { createDriver, type Neo4jConnection } from "../../server/neo4j/driver.ts";
import { loadConfig } from "../../config/index.ts";
import { buildApp } from "../../server/app.ts";
import { warmUp } from "../../server/warm-up.ts";

/** Plans every read statement once, as `npm start` does before it listens, so no test meets a cold plan cache. */
async function warmPlans(connection: Neo4jConnection): Promise<void> {
  const config = loadConfig({ NEO4J_URI: connection.uri, NEO4J_PASSWORD: connection.password, PORT: "0" });
  const app = await buildApp({ config, connection, mode: "external" });
  try {
    // No budget here: every test file expects every statement planned, however loaded the machine is.
    const steps = await warmUp(app, 3_600_000);
    const seconds = steps.reduce((sum, step) => sum + step.ms, 0) / 1000;
    console.log(`[tests] warmed ${steps.length} read routes in ${seconds.toFixed(1)} s`);
  } finally {
    await app.close();
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConnection & { version: string; dataDir: string };
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.RGE_TEST_UNIT_ONLY === "1") return async () => {};
  const shared = process.env.RGE_TEST_NEO4J_URI;
  if (shared) {
    // Development shortcut: reuse a running Neo4j (it gets the demo data if it lacks it). CI never sets this.
    const connection = {
      uri: shared,
      username: "neo4j",
      password: process.env.RGE_TEST_NEO4J_PASSWORD ?? "",
      database: "neo4j",
    };
    const driver = createDriver(connection);
    try {
      await ensureReadRanks(driver, "neo4j"); // a store kept from older code: as `npm start` would upgrade it
      await ensureDemoData(driver, "neo4j");
    } finally {
      await driver.close();
    }
    project.provide("neo4j", { ...connection, version: "external", dataDir: "" });
    return async () => {};
  }
  const dataDir = mkdtempSync(join(tmpdir(), "rge-test-neo4j-"));
  const neo4j = await startEmbeddedNeo4j({ dataDir, port: 0, heapMb: 2048, pageCacheMb: 512 });
  const connection = { uri: neo4j.uri, username: neo4j.username, password: neo4j.password, database: "neo4j" };
  console.log(`[tests] Neo4j ${neo4j.version} on ${neo4j.uri} (started in ${neo4j.startSeconds.toFixed(1)} s)`);
  const driver = createDriver(connection);
  try {
    const summary = await ensureDemoData(driver, "neo4j");
    if (summary) console.log(`[tests] demo data: ${summary.written} works in ${summary.seconds.toFixed(1)} s`);
  } finally {
    await driver.close();
  }
  await warmPlans(connection);
  project.provide("neo4j", { ...connection, version: neo4j.version, dataDir });
  return async () => {
    await neo4j.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
