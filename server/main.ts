/**
 * The process: validate config, open Neo4j (embedded unless NEO4J_URI), load the demo data on first start, listen,
 * and close everything on SIGINT/SIGTERM.
 */
import { openGraphDatabase } from "../db/connect.ts";
import { ensureDemoData } from "../seed/demo-data.ts";
import { createProgress } from "../seed/progress.ts";
import { buildApp } from "./app.ts";
import { ConfigError, loadConfig } from "../config/index.ts";
import { createDriver } from "./neo4j/driver.ts";
import { ensureReadRanks } from "./neo4j/read-ranks.ts";
import { applySchema } from "./neo4j/schema.ts";
import { warmUp } from "./warm-up.ts";

function log(line: string): void {
  console.log(`[rge] ${line}`);
}

async function main(): Promise<void> {
  const config = loadConfig();
  log(
    config.neo4jUri
      ? `using Neo4j at ${config.neo4jUri}`
      : `starting the embedded Neo4j in ${config.embedded.dataDir} …`,
  );
  const database = await openGraphDatabase(config, log, { supervise: true });
  if (database.embedded) {
    log(
      `Neo4j ${database.embedded.version} ready at ${database.embedded.uri} (pid ${database.embedded.pid}) in ${database.embedded.startSeconds.toFixed(1)} s; heap ${database.embedded.heapMb} MB, page cache ${database.embedded.pageCacheMb} MB`,
    );
  }

  const driver = createDriver(database.connection);
  try {
    // A store written before the read ranks existed gets them once, before its indexes are created.
    await ensureReadRanks(driver, database.connection.database, log);
    await applySchema(driver, database.connection.database);
    if (config.loadDemoData) {
      log("checking the demo data (the first start imports it: about a minute) …");
      const summary = await ensureDemoData(driver, database.connection.database, createProgress());
      if (summary)
        log(
          `demo data loaded: ${summary.written} works, ${summary.authorships} authorships in ${summary.seconds.toFixed(0)} s`,
        );
    }
  } finally {
    await driver.close();
  }

  const app = await buildApp({
    config,
    connection: database.connection,
    mode: database.embedded ? "embedded" : "external",
    supervisor: database.supervisor,
    logger: { level: config.logLevel },
  });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log(`${signal}: shutting down`);
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  // Plan every read statement before the first visitor (and before health answers): a cold plan cache made the first
  // slice after a start spend its whole budget planning.
  await app.ready();
  const warm = await warmUp(app, config.warmUpBudgetMs);
  const failed = warm.filter((step) => step.status >= 400);
  const skipped = warm.filter((step) => step.status === 0);
  log(
    `warmed ${warm.length} read routes in ${(warm.reduce((sum, step) => sum + step.ms, 0) / 1000).toFixed(1)} s` +
      // Named, so a reader can tell a route that failed from the page-cache pass stopping at the budget (503).
      (failed.length > 0 ? ` (${failed.map((step) => `${step.url} → ${step.status}`).join(", ")})` : "") +
      (skipped.length > 0 ? `; ${skipped.length} left out by RGE_WARM_UP_BUDGET_MS` : ""),
  );
  await app.listen({ port: config.port, host: config.host });
  log(`open http://localhost:${config.port}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
