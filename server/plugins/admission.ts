/**
 * Deadlines and admission control for API requests. Every request gets a deadline (`RGE_QUERY_TIMEOUT_MS` from its
 * arrival) that its handler's reads share; requests that use the database take one of `maxConcurrent` slots, waiting
 * in a queue of at most `maxQueue` for at most `maxQueueWaitMs` (a short wait absorbs a page's burst of parallel
 * requests; a long one would only add latency). Past that they get 503 RGE_OVERLOADED: under overload the accepted
 * requests keep their latency and the rest are told to come back.
 */
import fp from "fastify-plugin";
import { OverloadedError } from "../errors.ts";
import { runWithDeadline } from "../resilience/deadline.ts";
import { createSemaphore, type Semaphore } from "../resilience/semaphore.ts";

declare module "fastify" {
  interface FastifyRequest {
    /** Epoch ms by which this request's database work must be done. */
    deadline: number;
  }
  interface FastifyInstance {
    admission: Semaphore;
  }
}

export interface AdmissionOptions {
  queryTimeoutMs: number;
  maxConcurrent: number;
  maxQueue: number;
  maxQueueWaitMs: number;
}

/** Routes that run database queries on behalf of a visitor (health is a single cheap probe and must answer). */
const usesDatabase = (url: string) => url.startsWith("/api/") && url !== "/api/health";

export default fp<AdmissionOptions>(
  async (fastify, { queryTimeoutMs, maxConcurrent, maxQueue, maxQueueWaitMs }) => {
    const semaphore = createSemaphore(maxConcurrent, maxQueue);
    const releases = new WeakMap<object, () => void>();
    fastify.decorate("admission", semaphore);
    fastify.decorateRequest("deadline", 0);

    fastify.addHook("onRoute", (route) => {
      const handler = route.handler;
      route.handler = function (request, reply) {
        return runWithDeadline(request.deadline, () => handler.call(this, request, reply));
      };
    });

    // A global preHandler, registered before the session plugin's: the slot is taken before any database work of the
    // request, the session lookup included, and before the route's own preHandlers (requireUser …).
    fastify.addHook("preHandler", async (request) => {
      const url = request.routeOptions.url;
      if (url === undefined || !usesDatabase(url)) return;
      const release = await semaphore.acquire(Math.min(maxQueueWaitMs, request.deadline - Date.now()));
      if (!release) throw new OverloadedError();
      releases.set(request.raw, release);
    });

    fastify.addHook("onRequest", async (request) => {
      request.deadline = Date.now() + queryTimeoutMs;
    });
    const release = async (request: { raw: object }) => {
      releases.get(request.raw)?.();
      releases.delete(request.raw);
    };
    fastify.addHook("onResponse", release);
    fastify.addHook("onRequestAbort", release);
  },
  { name: "admission" },
);
