/**
 * Configuration from the environment, validated once at boot: a bad value stops the process with a message naming
 * the variable ("Config: invalid `PORT` ..."), never a surprise later.
 */

export interface AppConfig {
  port: number;
  host: string;
  logLevel: string;
  /** External Neo4j (Docker, Aura, cluster); null means start the embedded one. */
  neo4jUri: string | null;
  neo4jUsername: string;
  neo4jPassword: string | null;
  neo4jDatabase: string;
  embedded: { dataDir: string; port: number; heapMb: number; pageCacheMb: number };
  queryTimeoutMs: number;
  closeCollaboratorMinWorks: number;
  loadDemoData: boolean;
  clientDir: string;
}

type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(`Config: ${message}`);
    this.name = "ConfigError";
  }
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`invalid \`${name}\`: expected an integer from ${min} to ${max}, got '${raw}'`);
  }
  return value;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === "") return fallback;
  if (["1", "true", "yes"].includes(raw)) return true;
  if (["0", "false", "no"].includes(raw)) return false;
  throw new ConfigError(`invalid \`${name}\`: expected true or false, got '${env[name]}'`);
}

const NEO4J_SCHEMES = /^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/[^\s]+$/;

/** Reads and validates the configuration. */
export function loadConfig(env: Env = process.env): AppConfig {
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
  return {
    port: integer(env, "PORT", 3000, 0, 65535),
    host: env.HOST?.trim() || "127.0.0.1",
    logLevel: env.LOG_LEVEL?.trim() || "info",
    neo4jUri: uri,
    neo4jUsername: env.NEO4J_USERNAME?.trim() || "neo4j",
    neo4jPassword: env.NEO4J_PASSWORD ?? null,
    neo4jDatabase: database,
    embedded: {
      dataDir: env.RGE_DATA_DIR?.trim() || ".data/neo4j",
      port: integer(env, "NEO4J_EMBEDDED_PORT", 7687, 0, 65535),
      heapMb: integer(env, "RGE_NEO4J_HEAP_MB", 2048, 256, 65536),
      pageCacheMb: integer(env, "RGE_NEO4J_PAGECACHE_MB", 1024, 64, 65536),
    },
    queryTimeoutMs: integer(env, "RGE_QUERY_TIMEOUT_MS", 5000, 100, 600_000),
    closeCollaboratorMinWorks: integer(env, "RGE_CLOSE_COLLABORATOR_MIN_WORKS", 3, 1, 1000),
    loadDemoData: boolean(env, "RGE_LOAD_DEMO", true),
    clientDir: env.RGE_CLIENT_DIR?.trim() || "client/dist",
  };
}
