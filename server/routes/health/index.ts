/**
 * GET /api/health: whether Neo4j answers, its version and edition, node counts per label, and whether the last import
 * finished (an import that died midway leaves its run marker: the graph may be half-written until it is rerun).
 * `restarting` while the supervisor brings a dead embedded Neo4j back (answered at once, without trying the database).
 */
import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { HealthSchema } from "../../../contract/schemas/health.ts";

export interface HealthRouteOptions {
  mode: "embedded" | "external";
}

const healthRoutes: FastifyPluginAsyncTypebox<HealthRouteOptions> = async (fastify, { mode }) => {
  fastify.get(
    "/api/health",
    {
      schema: {
        tags: ["health"],
        summary: "Database reachability, version and counts",
        response: { 200: HealthSchema, 503: HealthSchema },
      },
    },
    async (_request, reply) => {
      const neo4j = {
        reachable: false,
        version: null as string | null,
        edition: null as string | null,
        mode,
        database: fastify.neo4j.database,
      };
      const { availability } = fastify.neo4j;
      const unavailable = (status: "unavailable" | "restarting") =>
        reply
          .code(503)
          .header("retry-after", String(availability.retryAfterSeconds()))
          .send({ status, neo4j, counts: null, import: null });
      if (availability.state() === "restarting") return unavailable("restarting");
      try {
        const { version, edition, counts, import: importState } = await fastify.repositories.health.check();
        Object.assign(neo4j, { reachable: true, version, edition });
        return { status: "ok" as const, neo4j, counts, import: importState };
      } catch (error) {
        fastify.log.warn({ err: error }, "health check could not reach Neo4j");
        return unavailable("unavailable");
      }
    },
  );
};

export default healthRoutes;
