/**
 * Configuration from the environment, validated once at boot: a bad value stops the process with a message naming
 * the variable ("Config: invalid `PORT` ..."), never a surprise later.
 */
import { loadAccountsConfig, type AccountsConfig } from "./accounts.ts";
import { ConfigError, readBoolean as boolean, readInteger as integer, type Env } from "./read.ts";

export { ConfigError } from "./read.ts";
export type { AccountsConfig, OrcidConfig } from "./accounts.ts";

export interface AppConfig {
  port: number;
  host: string;
  logLevel: string;
  /** External Neo4j (Docker, Aura, cluster); null means start the embedded one. */
  neo4jUri: string | null;
  neo4jUsername: string;
  neo4jPassword: string | null;
  neo4jDatabase: string;
  /** heapMb / pageCacheMb unset: chosen from the store's size and the machine's memory (db/memory.ts). */
  embedded: { dataDir: string; port: number; heapMb?: number; pageCacheMb?: number };
  /** Budget of all the database work of one API request (queue wait included). */
  queryTimeoutMs: number;
  /** Time the boot-time warm-up (server/warm-up.ts) may take before the app listens. */
  warmUpBudgetMs: number;
  /** How long a query may wait for a pooled Bolt connection; shorter than the budget so a stall fails in time. */
  connectionAcquisitionTimeoutMs: number;
  /** Database requests run at once, how many may wait for a slot and for how long, before 503 RGE_OVERLOADED. */
  admission: { maxConcurrent: number; maxQueue: number; maxQueueWaitMs: number };
  http: HttpLimits;
  closeCollaboratorMinWorks: number;
  /** Collaboration invites one user may send in any 24 hours before 429 RGE_RATE_LIMITED. */
  invitesPerDay: number;
  /** The import page's uploads (POST /api/imports): on only with RGE_ALLOW_UPLOADS, and at most maxBytes a file. */
  uploads: { allowed: boolean; maxBytes: number };
  loadDemoData: boolean;
  clientDir: string;
  accounts: AccountsConfig;
}

export interface HttpLimits {
  /** Served behind an HTTPS reverse proxy: trust X-Forwarded-*, send HSTS. */
  trustProxy: boolean;
  /** API requests per client (IP) per minute before 429 RGE_RATE_LIMITED. */
  rateLimitPerMinute: number;
  bodyLimitBytes: number;
  /** Time to receive a whole request (headers and body) before Node answers 408. */
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  maxConnections: number;
}

/** A variable without a fixed default: undefined when unset or blank, validated like the others when set. */
function optionalInteger(env: Env, name: "RGE_NEO4J_HEAP_MB" | "RGE_NEO4J_PAGECACHE_MB"): number | undefined {
  return env[name]?.trim() ? integer(env, name) : undefined;
}

const NEO4J_SCHEMES = /^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/[^\s]+$/;

/** Reads and validates the configuration. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AppConfig {
  const uri = env.NEO4J_URI?.trim() || null;
  if (uri !== null && !NEO4J_SCHEMES.test(uri)) {
    throw new ConfigError(`invalid \`NEO4J_URI\`: expected bolt://, neo4j:// or neo4j+s:// …, got '${uri}'`);
  }
  if (uri !== null && !env.NEO4J_PASSWORD) {
    throw new ConfigError("`NEO4J_PASSWORD` is required when `NEO4J_URI` is set");
  }
  const database = env.NEO4J_DATABASE?.trim() || "neo4j";
  if (!/^[A-Za-z][A-Za-z0-9.-]{0,62}$/.test(database))
    throw new ConfigError(`invalid \`NEO4J_DATABASE\` '${database}'`);
  const queryTimeoutMs = integer(env, "RGE_QUERY_TIMEOUT_MS");
  const acquisitionSet = env.RGE_CONNECTION_ACQUISITION_TIMEOUT_MS !== undefined;
  // A fresh Bolt connection (handshake + auth) takes tens of ms on a busy machine: never default below 250 ms.
  const acquisitionDefault = Math.min(1000, Math.max(250, Math.floor(queryTimeoutMs / 2)));
  const acquisition = integer(env, "RGE_CONNECTION_ACQUISITION_TIMEOUT_MS", acquisitionDefault);
  if (acquisitionSet && acquisition >= queryTimeoutMs) {
    throw new ConfigError(
      `invalid \`RGE_CONNECTION_ACQUISITION_TIMEOUT_MS\`: must be shorter than \`RGE_QUERY_TIMEOUT_MS\` (${queryTimeoutMs}), got '${acquisition}'`,
    );
  }
  return {
    port: integer(env, "PORT"),
    host: env.HOST?.trim() || "127.0.0.1",
    logLevel: env.LOG_LEVEL?.trim() || "info",
    neo4jUri: uri,
    neo4jUsername: env.NEO4J_USERNAME?.trim() || "neo4j",
    neo4jPassword: env.NEO4J_PASSWORD ?? null,
    neo4jDatabase: database,
    embedded: {
      dataDir: env.RGE_DATA_DIR?.trim() || ".data/neo4j",
      port: integer(env, "NEO4J_EMBEDDED_PORT"),
      heapMb: optionalInteger(env, "RGE_NEO4J_HEAP_MB"),
      pageCacheMb: optionalInteger(env, "RGE_NEO4J_PAGECACHE_MB"),
    },
    queryTimeoutMs,
    warmUpBudgetMs: integer(env, "RGE_WARM_UP_BUDGET_MS"),
    connectionAcquisitionTimeoutMs: acquisition,
    admission: {
      maxConcurrent: integer(env, "RGE_DB_MAX_CONCURRENT"),
      maxQueue: integer(env, "RGE_DB_MAX_QUEUE"),
      maxQueueWaitMs: integer(env, "RGE_DB_MAX_QUEUE_WAIT_MS"),
    },
    http: {
      trustProxy: boolean(env, "RGE_TRUST_PROXY", false),
      rateLimitPerMinute: integer(env, "RGE_RATE_LIMIT_PER_MINUTE"),
      bodyLimitBytes: integer(env, "RGE_BODY_LIMIT_BYTES"),
      requestTimeoutMs: integer(env, "RGE_REQUEST_TIMEOUT_MS"),
      keepAliveTimeoutMs: integer(env, "RGE_KEEP_ALIVE_TIMEOUT_MS"),
      maxConnections: integer(env, "RGE_MAX_CONNECTIONS"),
    },
    closeCollaboratorMinWorks: integer(env, "RGE_CLOSE_COLLABORATOR_MIN_WORKS"),
    invitesPerDay: integer(env, "RGE_INVITES_PER_DAY"),
    uploads: { allowed: boolean(env, "RGE_ALLOW_UPLOADS", false), maxBytes: integer(env, "RGE_UPLOAD_MAX_BYTES") },
    loadDemoData: boolean(env, "RGE_LOAD_DEMO", true),
    clientDir: env.RGE_CLIENT_DIR?.trim() || "client/dist",
    accounts: loadAccountsConfig(env),
  };
}
