/**
 * Numbers in a query string or path are checked as written, before Ajv coerces them: `Infinity`, `1E400`, `-1e309`,
 * `0x10`, `-0`, ` 5` and the empty string all coerce to numbers that can slip past minimum/maximum (or mean something
 * else than they say). Only plain decimal integers pass; anything else is a 400 RGE_BAD_PARAM naming the parameter.
 * JSON bodies can still say `1e400` (parsed as Infinity): those must be finite.
 */
import type { FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import { BadParamError } from "../errors.ts";

const DECIMAL_INTEGER = /^(0|-?[1-9][0-9]{0,14})$/;
const DECIMAL_NUMBER = /^-?(0|[1-9][0-9]{0,14})(\.[0-9]{1,15})?$/;

type Schema = { type?: string; properties?: Record<string, Schema> };
type Source = "querystring" | "params" | "body";

/** The numeric properties of an object schema, with the pattern their raw text must match. */
function numericFields(schema: unknown): Map<string, RegExp> {
  const fields = new Map<string, RegExp>();
  for (const [name, property] of Object.entries((schema as Schema | undefined)?.properties ?? {})) {
    if (property.type === "integer") fields.set(name, DECIMAL_INTEGER);
    else if (property.type === "number") fields.set(name, DECIMAL_NUMBER);
  }
  return fields;
}

/** Throws RGE_BAD_PARAM for the first numeric field of `values` that is not a plain finite number. */
export function checkNumbers(source: Source, values: unknown, fields: Map<string, RegExp>): void {
  if (values === null || typeof values !== "object") return;
  for (const [name, pattern] of fields) {
    const raw = (values as Record<string, unknown>)[name];
    if (raw === undefined) continue;
    const ok = typeof raw === "number" ? Number.isFinite(raw) : typeof raw === "string" && pattern.test(raw);
    if (!ok) {
      const shown = String(raw).slice(0, 40);
      throw new BadParamError(`${source}/${name}: expected a plain decimal number, got '${shown}'`);
    }
  }
}

export default fp(
  async (fastify) => {
    fastify.addHook("onRoute", (route) => {
      const schema = (route.schema ?? {}) as Partial<Record<Source, unknown>>;
      const checks = (["querystring", "params", "body"] as const)
        .map((source) => ({ source, fields: numericFields(schema[source]) }))
        .filter(({ fields }) => fields.size > 0);
      if (checks.length === 0) return;
      const check = async (request: FastifyRequest) => {
        for (const { source, fields } of checks) {
          checkNumbers(source, source === "querystring" ? request.query : request[source], fields);
        }
      };
      const existing = route.preValidation;
      route.preValidation = [...(existing === undefined ? [] : Array.isArray(existing) ? existing : [existing]), check];
    });
  },
  { name: "strict-numbers" },
);
