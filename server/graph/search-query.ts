/**
 * Builds Lucene queries for autocomplete from free text, and ranks hits across kinds. Input is split into letter /
 * digit tokens, so no Lucene syntax from the user survives; escaping is kept as a second line of defence.
 */
import { nodeKey } from "../../contract/keys.ts";
import type { NodeKind } from "../../contract/kinds.ts";
import type { SearchResult } from "../../contract/schemas/search.ts";
import { nodeWeight, type NodeRow } from "./serialized.ts";

const MAX_TOKENS = 8;
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLucene(text: string): string {
  return text.replace(LUCENE_SPECIAL, (char) => `\\${char}`);
}

/** Lower-cased letter/digit runs of the input (at most 8). */
export function searchTokens(text: string): string[] {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, MAX_TOKENS);
}

/**
 * Every token must match, as a prefix (autocomplete) or, scored higher, as a whole term. `lettersOnly` drops digits
 * for indexes whose analyzer drops them (the `simple` analyzer of person_search). Null when nothing is left to search.
 */
export function luceneQuery(text: string, options: { lettersOnly?: boolean } = {}): string | null {
  let tokens = searchTokens(text);
  if (options.lettersOnly) tokens = tokens.flatMap((token) => token.split(/\P{L}+/u)).filter(Boolean);
  if (tokens.length === 0) return null;
  return tokens
    .map((token) => {
      const term = escapeLucene(token);
      return `+(${term}* OR ${term}^4)`;
    })
    .join(" ");
}

export interface SearchHit {
  kind: NodeKind;
  score: number;
  node: NodeRow & { country?: string | null; type?: string | null; field?: string | null };
}

/** People and topics are what autocomplete is mostly for; papers have long titles that match many prefixes. */
const KIND_WEIGHT: Record<NodeKind, number> = { person: 1, topic: 0.95, institution: 0.9, venue: 0.85, paper: 0.8 };
const POPULARITY_SATURATION: Record<NodeKind, number> = {
  person: 100,
  paper: 150,
  topic: 10_000,
  institution: 50,
  venue: 10_000,
};

function subtitle(hit: SearchHit): string {
  const node = hit.node;
  const years = node.firstYear && node.lastYear ? ` · ${node.firstYear}–${node.lastYear}` : "";
  switch (hit.kind) {
    case "person":
      return `${node.worksCount ?? 0} works${years}`;
    case "paper":
      return `Paper · ${node.year ?? "n.d."} · ${node.citationCount ?? 0} citations`;
    case "topic":
      return `Topic${node.code ? ` · ${node.code}` : ""} · ${node.worksCount ?? 0} works`;
    case "institution":
      return `Institution${node.country ? ` · ${node.country}` : ""} · ${node.peopleCount ?? 0} people`;
    case "venue":
      return `Venue${node.type ? ` · ${node.type}` : ""}`;
  }
}

/**
 * Ranks hits of several indexes together: Lucene scores are only comparable within one index, so each is divided by
 * its kind's best, then weighted by kind and nudged by popularity (works, citations, people: up to +25%).
 */
export function rankSearchHits(hits: SearchHit[], limit: number): SearchResult[] {
  const best = new Map<NodeKind, number>();
  for (const hit of hits) best.set(hit.kind, Math.max(best.get(hit.kind) ?? 0, hit.score));
  const ranked = hits.map((hit) => {
    const relative = hit.score / (best.get(hit.kind) || 1);
    const weight = nodeWeight({ ...hit.node, kind: hit.kind });
    const popularity = Math.min(1, Math.log1p(weight) / Math.log1p(POPULARITY_SATURATION[hit.kind]));
    const score = relative * KIND_WEIGHT[hit.kind] * (1 + 0.25 * popularity);
    const label = hit.kind === "paper" ? (hit.node.title ?? hit.node.id) : (hit.node.name ?? hit.node.id);
    return {
      key: nodeKey(hit.kind, hit.node.id),
      kind: hit.kind,
      id: hit.node.id,
      label,
      subtitle: subtitle(hit),
      score: Math.round(score * 1000) / 1000,
    };
  });
  ranked.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label) || (a.key < b.key ? -1 : 1));
  return ranked.slice(0, limit);
}
