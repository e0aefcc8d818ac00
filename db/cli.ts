/**
 * `npm run db:resolve` resolves and reports the classpath; `npm run db:start` runs the embedded Neo4j in the
 * foreground (for cypher-shell or Neo4j Browser users) until Ctrl-C.
 */
import { loadConfig } from "../server/config.ts";
import { startEmbeddedNeo4j } from "./embedded-neo4j.ts";
import { resolveClasspath } from "./resolve.ts";

const command = process.argv[2];
if (command === "resolve") {
  const resolved = await resolveClasspath();
  console.log(
    `Neo4j classpath: ${resolved.jarCount} jars, ${(resolved.bytes / 1024 / 1024).toFixed(1)} MiB` +
      (resolved.resolveSeconds > 0 ? `, resolved in ${resolved.resolveSeconds.toFixed(1)} s` : " (cached)"),
  );
} else if (command === "start") {
  // The app's validated settings (RGE_DATA_DIR, NEO4J_EMBEDDED_PORT, RGE_NEO4J_HEAP_MB, RGE_NEO4J_PAGECACHE_MB).
  let embedded;
  try {
    ({ embedded } = loadConfig());
  } catch (error) {
    console.error((error as Error).message);
    process.exit(64);
  }
  const neo4j = await startEmbeddedNeo4j(embedded);
  console.log(`Neo4j ${neo4j.version} ready at ${neo4j.uri} in ${neo4j.startSeconds.toFixed(1)} s`);
  console.log(`user ${neo4j.username}; password in ${embedded.dataDir}/rge-password`);
  const shutdown = () => void neo4j.stop().then(() => process.exit(0));
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
} else {
  console.error("usage: tsx db/cli.ts resolve|start");
  process.exit(64);
}
