/**
 * Each API request carries one deadline: its total time budget for database work. The handler runs inside an
 * AsyncLocalStorage context holding it, so `fastify.neo4j.read` can cut every query to what is left of the budget
 * while repositories stay unaware of requests.
 */
import { AsyncLocalStorage } from "node:async_hooks";

const storage = new AsyncLocalStorage<{ deadline: number }>();

/** Runs `work` with `deadline` (epoch ms) as the budget of every read it makes. */
export function runWithDeadline<T>(deadline: number, work: () => T): T {
  return storage.run({ deadline }, work);
}

/** Milliseconds left of the current request's budget, capped at `cap` (the whole budget outside a request). */
export function remainingBudget(cap: number, now = Date.now()): number {
  const context = storage.getStore();
  return context ? Math.min(cap, context.deadline - now) : cap;
}

/** Settles like `work`, or rejects with `onTimeout()` after `ms`: a stalled server must not hold the answer. */
export function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(onTimeout()), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
