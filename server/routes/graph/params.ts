/** Turns graph query strings into allow-listed kinds and node refs, throwing a 400 that names the parameter. */
import { BadParamError } from "../../errors.ts";
import {
  EDGE_KINDS,
  NODE_KINDS,
  parseList,
  parseNodeKey,
  type EdgeKind,
  type NodeKind,
  type NodeRef,
} from "../../graph/keys.ts";

export const MAX_EXCLUDE = 2000;

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
