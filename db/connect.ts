/**
 * Gives the app a Neo4j connection: the external server named by NEO4J_URI when set, otherwise the embedded one,
 * started here and stopped by `close()`.
 */
import type { AppConfig } from "../config/index.ts";
import type { Neo4jConnection } from "../server/neo4j/driver.ts";
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from "./embedded-neo4j.ts";
import { isPortFree } from "./free-port.ts";
import { superviseEmbeddedNeo4j, type SupervisedNeo4j } from "./supervisor.ts";

export interface GraphDatabase {
  connection: Neo4jConnection;
  /** The first start of the embedded Neo4j (null in external mode). */
  embedded: EmbeddedNeo4j | null;
  /** Restarts the embedded Neo4j when it dies (null in external mode). */
  supervisor: SupervisedNeo4j | null;
  close(): Promise<void>;
}

/**
 * Opens the configured database. `supervise` (the app) restarts a dead embedded JVM; the importer does not want
 * that: a run whose database died must fail, not carry on against a restarted store.
 */
export async function openGraphDatabase(
  config: AppConfig,
  log: (line: string) => void = () => {},
  { supervise = false }: { supervise?: boolean } = {},
): Promise<GraphDatabase> {
  if (config.neo4jUri !== null) {
    return {
      connection: {
        uri: config.neo4jUri,
        username: config.neo4jUsername,
        password: config.neo4jPassword ?? "",
        database: config.neo4jDatabase,
      },
      embedded: null,
      supervisor: null,
      close: async () => {},
    };
  }
  const wanted = config.embedded.port;
  // 7687 may belong to another Neo4j on this machine: fall back to a free port rather than fail.
  const port = wanted !== 0 && (await isPortFree(wanted)) ? wanted : 0;
  if (port === 0 && wanted !== 0) log(`port ${wanted} is busy; the embedded Neo4j takes a free port instead`);
  const options = { ...config.embedded, port };
  const supervisor = supervise ? await superviseEmbeddedNeo4j(options, { log }) : null;
  const embedded = supervisor ? supervisor.current() : await startEmbeddedNeo4j(options);
  return {
    connection: { uri: embedded.uri, username: embedded.username, password: embedded.password, database: "neo4j" },
    embedded,
    supervisor,
    close: () => (supervisor ? supervisor.stop() : embedded.stop()),
  };
}
