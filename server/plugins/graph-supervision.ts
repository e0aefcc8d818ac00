/**
 * Connects the embedded Neo4j's supervisor (db/supervisor.ts) to the app: the moment the JVM dies, reads fail fast
 * with 503 and health says `restarting`; once it is back, reads go through again. Without a supervisor (external
 * mode) the circuit breaker in `fastify.neo4j` alone decides.
 */
import fp from "fastify-plugin";

/** What the app needs of a supervisor: its state now and its changes. */
export interface GraphSupervisor {
  state(): "ok" | "restarting" | "stopped";
  subscribe(listener: (state: "ok" | "restarting" | "stopped") => void): void;
}

export default fp<{ supervisor: GraphSupervisor | null }>(
  async (fastify, { supervisor }) => {
    if (!supervisor) return;
    const { availability } = fastify.neo4j;
    const follow = (state: ReturnType<GraphSupervisor["state"]>) => {
      if (state === "ok") availability.markUp();
      else availability.markRestarting();
    };
    follow(supervisor.state());
    supervisor.subscribe((state) => {
      fastify.log.warn({ state }, state === "ok" ? "Neo4j is back" : "Neo4j is down; answering 503 until it is back");
      follow(state);
    });
  },
  { name: "graph-supervision", dependencies: ["neo4j"] },
);
