/**
 * What the app knows about the database's health, so a dead or stalled database costs a request milliseconds, not
 * seconds. Two sources feed it: the embedded Neo4j's supervisor (`restarting` / `up`, known the moment the JVM exits)
 * and a circuit breaker over query outcomes (external mode, and a stalled JVM that has not exited). While the breaker
 * is open every read fails at once; after a cool-down one probe goes through, and its outcome closes or reopens it.
 */

export type GraphState = "ok" | "restarting" | "unavailable";

export interface AvailabilityOptions {
  /** Consecutive unavailability failures that open the breaker. */
  failureThreshold?: number;
  /** First cool-down; doubles on each failed probe up to `maxCooldownMs`. */
  cooldownMs?: number;
  maxCooldownMs?: number;
  now?: () => number;
}

export interface GraphAvailability {
  state(): GraphState;
  /** True when a read may go to the database now (a closed breaker, or the one probe of a half-open one). */
  tryAdmit(): boolean;
  /** Seconds a client should wait before retrying. */
  retryAfterSeconds(): number;
  recordSuccess(): void;
  /** A failure that says "the database does not answer" (not a bad query). */
  recordFailure(): void;
  /** The supervisor saw the embedded JVM exit; it is being restarted. */
  markRestarting(): void;
  /** The supervisor has the embedded JVM answering again. */
  markUp(): void;
}

const DEFAULT_RETRY_AFTER_SECONDS = 5;

/** Creates the availability state of one database connection. */
export function createAvailability(options: AvailabilityOptions = {}): GraphAvailability {
  const threshold = options.failureThreshold ?? 3;
  const baseCooldown = options.cooldownMs ?? 500;
  const maxCooldown = options.maxCooldownMs ?? 5000;
  const now = options.now ?? Date.now;
  let restarting = false;
  let failures = 0;
  let openUntil = 0;
  let cooldown = baseCooldown;
  let probing = false;

  const open = () => {
    openUntil = now() + cooldown;
    cooldown = Math.min(maxCooldown, cooldown * 2);
  };

  const recordSuccess = () => {
    failures = 0;
    probing = false;
    cooldown = baseCooldown;
  };

  return {
    state: () => (restarting ? "restarting" : failures >= threshold ? "unavailable" : "ok"),
    tryAdmit() {
      if (restarting) return false;
      if (failures < threshold) return true;
      if (now() < openUntil || probing) return false;
      probing = true;
      return true;
    },
    // An open breaker knows when it will probe again; otherwise the usual pause (a restart takes seconds).
    retryAfterSeconds: () =>
      !restarting && now() < openUntil ? Math.ceil((openUntil - now()) / 1000) : DEFAULT_RETRY_AFTER_SECONDS,
    recordSuccess,
    recordFailure() {
      failures++;
      if (failures >= threshold && (probing || failures === threshold)) open();
      probing = false;
    },
    markRestarting() {
      restarting = true;
    },
    markUp() {
      restarting = false;
      recordSuccess();
    },
  };
}
