/**
 * Decorates `fastify.neo4j` with the driver and `read()` / `write()` helpers. Every read runs as a managed read
 * transaction (routing READ, so a cluster spreads reads), every write as a managed write transaction (routing WRITE:
 * user data — accounts, sessions, follows, claims, invites, messages), within what is left of the request's budget,
 * and results come back as plain JSON values. A read never waits longer than that budget, whatever the database does: a stalled server is
 * abandoned (503 RGE_QUERY_TIMEOUT), and while the database is known to be down reads fail at once (503
 * RGE_GRAPH_UNAVAILABLE) instead of trying to connect.
 */
import fp from "fastify-plugin";
import neo4j, { type Driver } from "neo4j-driver";
import { GraphUnavailableError, QueryTimeoutError, toApiError } from "../errors.ts";
import { cypher } from "../neo4j/cypher.ts";
import { createDriver, type Neo4jConnection } from "../neo4j/driver.ts";
import { toNative } from "../neo4j/native.ts";
import type { GraphAvailability } from "../resilience/availability.ts";
import { remainingBudget, withTimeout } from "../resilience/deadline.ts";

export type Row = Record<string, unknown>;

export interface GraphReader {
  driver: Driver;
  database: string;
  availability: GraphAvailability;
  /** Runs `cypher/<statement>.cypher` in a read transaction and returns plain rows. */
  read(statement: string, params?: Row, options?: { timeoutMs?: number }): Promise<Row[]>;
  /** Runs `cypher/<statement>.cypher` in a write transaction (committed when it returns) and returns plain rows. */
  write(statement: string, params?: Row, options?: { timeoutMs?: number }): Promise<Row[]>;
}

declare module "fastify" {
  interface FastifyInstance {
    neo4j: GraphReader;
  }
}

export interface Neo4jPluginOptions {
  connection: Neo4jConnection;
  queryTimeoutMs: number;
  connectionAcquisitionTimeoutMs: number;
  availability: GraphAvailability;
}

/** Marks a timeout the client had to enforce itself: the server did not even end the transaction in time. */
class StalledError extends QueryTimeoutError {}

export default fp<Neo4jPluginOptions>(
  async (fastify, { connection, queryTimeoutMs, connectionAcquisitionTimeoutMs, availability }) => {
    const driver = createDriver(connection, {
      connectionAcquisitionTimeoutMs,
      connectionTimeoutMs: connectionAcquisitionTimeoutMs,
      // No retry inside a request: the driver's first retry comes after about 1 s of a 5 s budget, and a database
      // that refused once refuses again. The client retries after Retry-After; the breaker spares it the wait.
      maxTransactionRetryTimeMs: 0,
    });
    const run = async (mode: "READ" | "WRITE", statement: string, params: Row, timeoutMs: number | undefined) => {
      const budget = remainingBudget(timeoutMs ?? queryTimeoutMs);
      if (budget <= 0) throw new QueryTimeoutError();
      if (!availability.tryAdmit()) throw new GraphUnavailableError();
      const session = driver.session({ database: connection.database, defaultAccessMode: neo4j.session[mode] });
      const execute = mode === "READ" ? session.executeRead.bind(session) : session.executeWrite.bind(session);
      const work = execute(
        async (tx) => {
          const result = await tx.run(cypher(statement), params);
          return result.records.map((record) => toNative(record.toObject()) as Row);
        },
        { timeout: budget },
      );
      try {
        const rows = await withTimeout(work, budget, () => new StalledError());
        availability.recordSuccess();
        return rows;
      } catch (error) {
        const stalled = error instanceof StalledError;
        if (stalled || toApiError(error).code === "RGE_GRAPH_UNAVAILABLE") availability.recordFailure();
        else availability.recordSuccess();
        if (stalled) work.catch(() => {}); // settles (or not) after the server wakes; nobody waits for it
        throw error;
      } finally {
        // Closing waits for the transaction: never hold the answer for it when the server stalls.
        void session.close().catch(() => {});
      }
    };
    const reader: GraphReader = {
      driver,
      database: connection.database,
      availability,
      read: (statement, params = {}, options = {}) => run("READ", statement, params, options.timeoutMs),
      write: (statement, params = {}, options = {}) => run("WRITE", statement, params, options.timeoutMs),
    };
    fastify.decorate("neo4j", reader);
    fastify.addHook("onClose", async () => driver.close());
  },
  { name: "neo4j" },
);
