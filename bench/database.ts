/** Where the benchmarks get their Neo4j. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "../db/embedded-neo4j.ts";
import { ensureDemoData } from "../seed/demo-data.ts";
import { createDriver, type Neo4jConnection } from "../server/neo4j/driver.ts";

export interface BenchDatabase {
  connection: Neo4jConnection;
  label: string;
  /** The embedded JVM's pid (null for NEO4J_URI), to read its memory. */
  pid: number | null;
  close(): Promise<void>;
}

/** The bench's database: NEO4J_URI when set, otherwise its own embedded Neo4j with the demo data (removed after). */
export async function openBenchDatabase(): Promise<BenchDatabase> {
  const uri = process.env.NEO4J_URI?.trim();
  if (uri) {
    const connection = {
      uri,
      username: process.env.NEO4J_USERNAME?.trim() || "neo4j",
      password: process.env.NEO4J_PASSWORD ?? "",
      database: process.env.NEO4J_DATABASE?.trim() || "neo4j",
    };
    return { connection, close: async () => {}, label: uri, pid: null };
  }
  const dataDir = mkdtempSync(join(tmpdir(), "rge-bench-neo4j-"));
  let embedded: EmbeddedNeo4j | undefined;
  try {
    embedded = await startEmbeddedNeo4j({ dataDir, port: 0 });
    const connection = {
      uri: embedded.uri,
      username: embedded.username,
      password: embedded.password,
      database: "neo4j",
    };
    console.log(`[bench] embedded Neo4j ${embedded.version} at ${embedded.uri}; loading the demo data …`);
    const driver = createDriver(connection);
    try {
      await ensureDemoData(driver, "neo4j");
    } finally {
      await driver.close();
    }
    const running = embedded;
    return {
      connection,
      label: `embedded ${embedded.version} (${dataDir})`,
      pid: embedded.pid,
      close: async () => {
        await running.stop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await embedded?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
