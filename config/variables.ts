/**
 * The environment's numeric and boolean variables as TypeBox schemas: each schema carries the variable's range and
 * default, so the reader (config/index.ts) and its error messages take them from one place.
 */
import { Type, type TInteger } from "typebox";

/** TypeBox's TInteger with the options we always set, typed so the reader can name them in its messages. */
export type IntegerSchema = TInteger & { minimum: number; maximum: number; default?: number };

/** An integer variable from `minimum` to `maximum`, `fallback` when unset or blank (none: the reader computes it). */
function integer(fallback: number | undefined, minimum: number, maximum: number): IntegerSchema {
  const options = fallback === undefined ? { minimum, maximum } : { minimum, maximum, default: fallback };
  return Type.Integer(options) as IntegerSchema;
}

export const INTEGER_VARIABLES = {
  PORT: integer(3000, 0, 65535),
  NEO4J_EMBEDDED_PORT: integer(7687, 0, 65535),
  // No fixed default: chosen from the store's size and the machine's memory (db/memory.ts).
  RGE_NEO4J_HEAP_MB: integer(undefined, 256, 65536),
  RGE_NEO4J_PAGECACHE_MB: integer(undefined, 64, 65536),
  RGE_QUERY_TIMEOUT_MS: integer(5000, 100, 600_000),
  RGE_WARM_UP_BUDGET_MS: integer(15_000, 0, 3_600_000),
  // No fixed default: it follows the query budget (see loadConfig).
  RGE_CONNECTION_ACQUISITION_TIMEOUT_MS: integer(undefined, 10, 600_000),
  RGE_DB_MAX_CONCURRENT: integer(8, 1, 1000),
  RGE_DB_MAX_QUEUE: integer(16, 0, 100_000),
  RGE_DB_MAX_QUEUE_WAIT_MS: integer(250, 0, 600_000),
  RGE_RATE_LIMIT_PER_MINUTE: integer(1200, 1, 10_000_000),
  RGE_BODY_LIMIT_BYTES: integer(1_048_576, 1024, 100 * 1_048_576),
  RGE_REQUEST_TIMEOUT_MS: integer(10_000, 1000, 600_000),
  RGE_KEEP_ALIVE_TIMEOUT_MS: integer(5000, 100, 600_000),
  RGE_MAX_CONNECTIONS: integer(1024, 1, 1_000_000),
  RGE_CLOSE_COLLABORATOR_MIN_WORKS: integer(3, 1, 1000),
  RGE_SESSION_DAYS: integer(30, 1, 365),
  RGE_SIGN_IN_RATE_LIMIT_PER_MINUTE: integer(10, 1, 1_000_000),
  RGE_WRITE_RATE_LIMIT_PER_MINUTE: integer(60, 1, 1_000_000),
  RGE_INVITES_PER_DAY: integer(20, 1, 10_000),
  RGE_UPLOAD_MAX_BYTES: integer(5 * 1_048_576, 1024, 100 * 1_048_576),
};

export type IntegerVariable = keyof typeof INTEGER_VARIABLES;

/** The spellings a boolean variable accepts (after trimming and lower-casing). */
export const BOOLEAN_SPELLING = Type.Union([
  Type.Literal("1"),
  Type.Literal("true"),
  Type.Literal("yes"),
  Type.Literal("0"),
  Type.Literal("false"),
  Type.Literal("no"),
]);

export const TRUE_SPELLINGS: readonly string[] = ["1", "true", "yes"];
