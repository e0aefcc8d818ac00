/** Turns graph query strings into allow-listed kinds and node refs, throwing a 400 that names the parameter. */
import { BadParamError } from "../../errors.ts";
import { parseNodeKey, type NodeRef } from "../../../contract/keys.ts";
import { EDGE_KINDS, NODE_KINDS, type EdgeKind, type NodeKind } from "../../../contract/kinds.ts";

export const MAX_EXCLUDE = 2000;

/**
 * Parses a comma-separated list against an allow-list. Returns the fallback for an empty value and the first unknown
 * entry as `invalid` so the caller can name it in a 400.
 */
export function parseList<T extends string>(
  raw: string | undefined,
  allowed: readonly T[],
  fallback: readonly T[],
): { values: T[]; invalid: string | null } {
  if (raw === undefined || raw.trim() === "") return { values: [...fallback], invalid: null };
  const values: T[] = [];
  for (const part of raw.split(",")) {
    const value = part.trim().toLowerCase();
    if (value === "") continue;
    if (!(allowed as readonly string[]).includes(value)) return { values: [], invalid: part.trim() };
    if (!values.includes(value as T)) values.push(value as T);
  }
  return values.length > 0 ? { values, invalid: null } : { values: [...fallback], invalid: null };
}

export function nodeParam(name: string, raw: string): NodeRef {
  const ref = parseNodeKey(raw);
  if (!ref) {
    throw new BadParamError(`${name}: expected a node key <kind>:<id> with kind one of ${NODE_KINDS.join(", ")}`);
  }
  return ref;
}

export function nodeKindsParam(name: string, raw: string | undefined): NodeKind[] {
  const { values, invalid } = parseList(raw, NODE_KINDS, NODE_KINDS);
  if (invalid !== null)
    throw new BadParamError(`${name}: unknown kind '${invalid}'; expected ${NODE_KINDS.join(", ")}`);
  return values;
}

export function edgeKindsParam(name: string, raw: string | undefined, fallback: readonly EdgeKind[]): EdgeKind[] {
  const { values, invalid } = parseList(raw, EDGE_KINDS, fallback);
  if (invalid !== null) {
    throw new BadParamError(`${name}: unknown relationship kind '${invalid}'; expected ${EDGE_KINDS.join(", ")}`);
  }
  return values;
}

const KEY_SEPARATOR = new RegExp(`,(?=(?:${NODE_KINDS.join("|")}):)`);

/** Repeated (`exclude=a&exclude=b`) or comma-separated keys; a comma inside an id is kept (split only before a kind). */
export function nodeListParam(name: string, raw: string | string[] | undefined): NodeRef[] {
  const parts = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
    .flatMap((value) => value.split(KEY_SEPARATOR))
    .map((value) => value.trim())
    .filter(Boolean);
  if (parts.length > MAX_EXCLUDE) throw new BadParamError(`${name}: at most ${MAX_EXCLUDE} keys`);
  return parts.map((part) => nodeParam(name, part));
}

export function yearRangeParam(from: number | undefined, to: number | undefined) {
  if (from !== undefined && to !== undefined && from > to) throw new BadParamError("from: must not be after `to`");
  return { from: from ?? null, to: to ?? null };
}
