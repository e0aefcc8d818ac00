/**
 * The one place that builds a neo4j-driver Driver. Defaults are tuned for an interactive API: fail fast instead of the
 * driver's 30–60 s waits, so a dead database becomes a 503 within seconds.
 */
import neo4j, { type Driver } from "neo4j-driver";

export interface Neo4jConnection {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export function createDriver(connection: Neo4jConnection): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: false,
    userAgent: "research-graph-explorer",
  });
}
