/** Converts driver values (Integer, temporal types, nodes) into plain JSON-friendly values, once, at the edge. */
import neo4j from "neo4j-driver";

/** Recursively turns neo4j Integers into numbers and temporal values into ISO strings. */
export function toNative(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toNative);
  if (typeof value === "object") {
    if (
      neo4j.isDate(value as never) ||
      neo4j.isDateTime(value as never) ||
      neo4j.isLocalDateTime(value as never) ||
      neo4j.isDuration(value as never)
    ) {
      return String(value);
    }
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) out[key] = toNative(inner);
    return out;
  }
  return value;
}

/**
 * An integer query parameter (null stays null). The driver sends a JS number as a Cypher FLOAT, which LIMIT, SKIP and range bounds
 * refuse; repositories pass integers through this so they never import the driver themselves.
 */
export function cypherInt(value: number | null): unknown {
  return value === null ? null : neo4j.int(value);
}
