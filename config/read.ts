/** Reading one variable: integers and booleans against their schemas (variables.ts), errors naming the variable. */
import { Value } from "typebox/value";
import { BOOLEAN_SPELLING, INTEGER_VARIABLES, TRUE_SPELLINGS, type IntegerVariable } from "./variables.ts";

export type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(`Config: ${message}`);
    this.name = "ConfigError";
  }
}

/**
 * Reads an integer variable against its schema in config/variables.ts. `Number()` rather than TypeBox's
 * `Value.Convert`: Convert truncates "3.5" to 3, which would accept a value the check exists to refuse.
 */
export function readInteger(env: Env, name: IntegerVariable, fallback?: number): number {
  const schema = INTEGER_VARIABLES[name];
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return fallback ?? (schema.default as number);
  const value = Number(raw);
  if (!Value.Check(schema, value)) {
    throw new ConfigError(
      `invalid \`${name}\`: expected an integer from ${schema.minimum} to ${schema.maximum}, got '${raw}'`,
    );
  }
  return value;
}

/** Reads a boolean variable: 1/true/yes or 0/false/no, any case (TypeBox's own conversion knows no yes/no). */
export function readBoolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === "") return fallback;
  if (!Value.Check(BOOLEAN_SPELLING, raw)) {
    throw new ConfigError(`invalid \`${name}\`: expected true or false, got '${env[name]}'`);
  }
  return TRUE_SPELLINGS.includes(raw);
}
