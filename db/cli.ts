/**
 * `npm run db:resolve` resolves and reports the classpath; `npm run db:start` runs the embedded Neo4j in the
 * foreground (for cypher-shell or Neo4j Browser users) until Ctrl-C; `npm run db:dump -- <file> [--force]` and
 * `npm run db:load -- <file> [--force]` back the embedded store up and restore it (exit 1 failed, 2 refused/usage).
 */
import { loadConfig } from "../config/index.ts";
import { BackupError, dumpStore, loadStore } from "./backup.ts";
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
  console.log(
    `Neo4j ${neo4j.version} ready at ${neo4j.uri} in ${neo4j.startSeconds.toFixed(1)} s; heap ${neo4j.heapMb} MB, page cache ${neo4j.pageCacheMb} MB`,
  );
  console.log(`user ${neo4j.username}; password in ${embedded.dataDir}/rge-password`);
  const shutdown = () => void neo4j.stop().then(() => process.exit(0));
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
} else if (command === "dump" || command === "load") {
  process.exitCode = await backup(command, process.argv.slice(3));
} else {
  console.error("usage: tsx db/cli.ts resolve|start|dump <file> [--force]|load <file> [--force]");
  process.exit(64);
}

async function backup(command: "dump" | "load", args: string[]): Promise<number> {
  const files = args.filter((arg) => arg !== "--force");
  if (files.length !== 1 || files[0]!.startsWith("--")) {
    console.error(`usage: npm run db:${command} -- <file> [--force]`);
    return 2;
  }
  let dataDir;
  try {
    dataDir = loadConfig().embedded.dataDir;
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  const options = { dataDir, file: files[0]!, force: args.includes("--force") };
  try {
    await (command === "dump" ? dumpStore(options) : loadStore(options));
    console.log(command === "dump" ? `dumped ${dataDir} to ${options.file}` : `loaded ${options.file} into ${dataDir}`);
    return 0;
  } catch (error) {
    if (!(error instanceof BackupError)) throw error;
    console.error(`db:${command}: ${error.message}`);
    return error.exitCode;
  }
}
