/**
 * The depth-2 supernode guard. A second ring ranks every neighbour of each seed it expands (a paper's citers, a
 * person's works and co-authors carry no stored rank), so one seed with thousands of neighbours costs more than the
 * rest of the slice: at 1M works the 71 first-ring papers around the most cited paper have 400k citers between them
 * (4–6 s). Such seeds are not expanded, like topics and venues, and are listed in the slice's `unexpanded`.
 */
import type { NodeKind } from "../../contract/kinds.ts";
import type { NodeRow } from "./serialized.ts";

/** Kinds whose nodes have thousands of neighbours (a topic holds 200k papers at 1M works). */
const HUB_KINDS: ReadonlySet<NodeKind> = new Set(["topic", "venue"]);

/**
 * Neighbours a person or paper may have before depth 2 leaves it unexpanded. The demo data stays below it by far
 * (at most 196 citations; at most 191 works + co-authors), so its slices do not change; at 1M works 417 papers and 1,922
 * people are above it. Bounds a second ring's ranking at about 75 seeds × 1,000 rows.
 */
export const SUPERNODE_NEIGHBOURS = 1_000;

/** How many neighbours ranking this node's would read (its stored counters; 0 for index-ranked kinds). */
export function neighboursToRank(node: NodeRow): number {
  if (node.kind === "paper") return node.citationCount ?? 0;
  if (node.kind === "person") return (node.worksCount ?? 0) + (node.coauthorCount ?? 0);
  return 0;
}

/** True when depth 2 must not expand this first-ring node. */
export function isSupernode(node: NodeRow): boolean {
  return HUB_KINDS.has(node.kind) || neighboursToRank(node) > SUPERNODE_NEIGHBOURS;
}
