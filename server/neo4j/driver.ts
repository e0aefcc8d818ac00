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

/** Waits of an interactive caller (the API): each must fit inside one request's budget. */
export interface DriverDeadlines {
  connectionAcquisitionTimeoutMs: number;
  connectionTimeoutMs: number;
  maxTransactionRetryTimeMs: number;
}

/** The importer's and tools' waits: patient, since they have no user waiting on a request. */
const BATCH_DEADLINES: DriverDeadlines = {
  connectionAcquisitionTimeoutMs: 10_000,
  connectionTimeoutMs: 5_000,
  maxTransactionRetryTimeMs: 5_000,
};

/** Builds the driver; the API passes deadlines shorter than its request budget. */
export function createDriver(connection: Neo4jConnection, deadlines: DriverDeadlines = BATCH_DEADLINES): Driver {
  return neo4j.driver(connection.uri, neo4j.auth.basic(connection.username, connection.password), {
    connectionAcquisitionTimeout: deadlines.connectionAcquisitionTimeoutMs,
    connectionTimeout: deadlines.connectionTimeoutMs,
    maxTransactionRetryTime: deadlines.maxTransactionRetryTimeMs,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: false,
    userAgent: "research-graph-explorer",
  });
}
