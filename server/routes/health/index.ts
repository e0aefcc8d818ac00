/** GET /api/health: whether Neo4j answers, its version and edition, and node counts per label. */
import { Type, type FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import { RETRY_AFTER_SECONDS } from "../../errors.ts";

const HealthSchema = Type.Object({
  status: Type.Union([Type.Literal("ok"), Type.Literal("unavailable")]),
  neo4j: Type.Object({
    reachable: Type.Boolean(),
    version: Type.Union([Type.String(), Type.Null()]),
    edition: Type.Union([Type.String(), Type.Null()]),
    mode: Type.Union([Type.Literal("embedded"), Type.Literal("external")]),
    database: Type.String(),
  }),
  counts: Type.Union([
    Type.Object({
      people: Type.Integer(),
      papers: Type.Integer(),
      topics: Type.Integer(),
      institutions: Type.Integer(),
      venues: Type.Integer(),
    }),
    Type.Null(),
  ]),
});

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
      try {
        const [components] = await fastify.neo4j.read("health/components");
        const [counts] = await fastify.neo4j.read("health/count-labels");
        neo4j.reachable = true;
        neo4j.version = (components?.version as string) ?? null;
        neo4j.edition = (components?.edition as string) ?? null;
        return { status: "ok" as const, neo4j, counts: counts as never };
      } catch (error) {
        fastify.log.warn({ err: error }, "health check could not reach Neo4j");
        return reply
          .code(503)
          .header("retry-after", String(RETRY_AFTER_SECONDS))
          .send({ status: "unavailable" as const, neo4j, counts: null });
      }
    },
  );
};

export default healthRoutes;
