/**
 * Decorates `fastify.neo4j` with the driver and a `read()` helper. Every read runs as a managed read transaction
 * (routing READ, so a cluster spreads reads) with the configured timeout; results come back as plain JSON values.
 */
import fp from "fastify-plugin";
import neo4j, { type Driver } from "neo4j-driver";
import { cypher } from "../neo4j/cypher.ts";
import { createDriver, type Neo4jConnection } from "../neo4j/driver.ts";
import { toNative } from "../neo4j/native.ts";

export type Row = Record<string, unknown>;

export interface GraphReader {
  driver: Driver;
  database: string;
  /** Runs `cypher/<statement>.cypher` in a read transaction and returns plain rows. */
  read(statement: string, params?: Row, options?: { timeoutMs?: number }): Promise<Row[]>;
}

declare module "fastify" {
  interface FastifyInstance {
    neo4j: GraphReader;
  }
}

export interface Neo4jPluginOptions {
  connection: Neo4jConnection;
  queryTimeoutMs: number;
}

export default fp<Neo4jPluginOptions>(
  async (fastify, { connection, queryTimeoutMs }) => {
    const driver = createDriver(connection);
    const reader: GraphReader = {
      driver,
      database: connection.database,
      async read(statement, params = {}, options = {}) {
        const session = driver.session({ database: connection.database, defaultAccessMode: neo4j.session.READ });
        try {
          return await session.executeRead(
            async (tx) => {
              const result = await tx.run(cypher(statement), params);
              return result.records.map((record) => toNative(record.toObject()) as Row);
            },
            { timeout: options.timeoutMs ?? queryTimeoutMs },
          );
        } finally {
          await session.close();
        }
      },
    };
    fastify.decorate("neo4j", reader);
    fastify.addHook("onClose", async () => driver.close());
  },
  { name: "neo4j" },
);
