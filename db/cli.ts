/**
 * `npm run db:resolve` resolves and reports the classpath; `npm run db:start` runs the embedded Neo4j in the
 * foreground (for cypher-shell or Neo4j Browser users) until Ctrl-C.
 */
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
  const dataDir = process.env.RGE_DATA_DIR ?? ".data/neo4j";
  const neo4j = await startEmbeddedNeo4j({ dataDir, port: Number(process.env.NEO4J_EMBEDDED_PORT ?? 7687) });
  console.log(`Neo4j ${neo4j.version} ready at ${neo4j.uri} in ${neo4j.startSeconds.toFixed(1)} s`);
  console.log(`user ${neo4j.username}; password in ${dataDir}/rge-password`);
  const shutdown = () => void neo4j.stop().then(() => process.exit(0));
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
} else {
  console.error("usage: tsx db/cli.ts resolve|start");
  process.exit(64);
}
