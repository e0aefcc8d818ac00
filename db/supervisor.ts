/**
 * Keeps the embedded Neo4j running: when the JVM exits unexpectedly (a crash, an OOM kill, `kill -9`) the supervisor
 * knows at once (the child's 'exit' event), reports `restarting`, and starts it again on the same port and store,
 * with backoff between failed attempts. Each step is logged. `stop()` ends supervision and the JVM.
 */
import { startEmbeddedNeo4j, type EmbeddedNeo4j, type EmbeddedNeo4jOptions } from "./embedded-neo4j.ts";

export type SupervisedState = "ok" | "restarting" | "stopped";

export interface SupervisedNeo4j {
  /** The running instance (replaced after each restart; uri, user and password stay the same). */
  current(): EmbeddedNeo4j;
  state(): SupervisedState;
  /** Calls `listener` on every state change. */
  subscribe(listener: (state: SupervisedState) => void): void;
  stop(): Promise<void>;
}

export interface SupervisorOptions {
  log?: (line: string) => void;
  /** First pause before a restart attempt; doubles after each failed attempt up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
}

/** Starts the embedded Neo4j under supervision; resolves once the first start is ready. */
export async function superviseEmbeddedNeo4j(
  options: EmbeddedNeo4jOptions,
  { log = () => {}, backoffMs = 1000, maxBackoffMs = 30_000 }: SupervisorOptions = {},
): Promise<SupervisedNeo4j> {
  let instance = await startEmbeddedNeo4j(options);
  // Restarts reuse the port the first start got, so the app's driver keeps its URI.
  const restartOptions = { ...options, port: instance.port };
  let state: SupervisedState = "ok";
  let timer: NodeJS.Timeout | undefined;
  const listeners: Array<(state: SupervisedState) => void> = [];
  const stopped = () => state === "stopped";
  const setState = (next: SupervisedState) => {
    state = next;
    for (const listener of listeners) listener(next);
  };

  const restart = (attempt: number, since: number) => {
    const pause = Math.min(maxBackoffMs, backoffMs * 2 ** (attempt - 1));
    log(`restarting Neo4j in ${(pause / 1000).toFixed(1)} s (attempt ${attempt})`);
    timer = setTimeout(async () => {
      if (stopped()) return;
      try {
        const next = await startEmbeddedNeo4j(restartOptions);
        if (stopped()) return void (await next.stop());
        instance = next;
        watch(instance);
        log(
          `Neo4j ${next.version} is back at ${next.uri} (pid ${next.pid}) after ${((Date.now() - since) / 1000).toFixed(1)} s`,
        );
        setState("ok");
      } catch (error) {
        log(`Neo4j restart attempt ${attempt} failed: ${(error as Error).message.split("\n")[0]}`);
        restart(attempt + 1, since);
      }
    }, pause);
  };

  const watch = (watched: EmbeddedNeo4j) =>
    watched.onUnexpectedExit((code, signal) => {
      if (stopped()) return;
      log(`Neo4j (pid ${watched.pid}) exited unexpectedly (code ${code}, signal ${signal})`);
      setState("restarting");
      restart(1, Date.now());
    });
  watch(instance);

  return {
    current: () => instance,
    state: () => state,
    subscribe: (listener) => void listeners.push(listener),
    async stop() {
      setState("stopped");
      clearTimeout(timer);
      await instance.stop();
    },
  };
}
