/**
 * Breadth-first search over the co-author graph of the raw Paperscape CSV (tests/_helpers/paperscape-oracle.ts):
 * the expected shortest co-author path lengths, computed without the importer or Neo4j.
 */
import type { PaperscapeOracle } from "./paperscape-oracle.ts";

/** Hops from `from` to `to` over co-authorship, or null when farther than `maxHops` or unconnected. */
export function coauthorDistance(oracle: PaperscapeOracle, from: string, to: string, maxHops = 6): number | null {
  if (from === to) return 0;
  let frontier = [from];
  const seen = new Set([from]);
  for (let hops = 1; hops <= maxHops && frontier.length > 0; hops += 1) {
    const next: string[] = [];
    for (const author of frontier) {
      for (const other of oracle.coauthors.get(author)?.keys() ?? []) {
        if (other === to) return hops;
        if (!seen.has(other)) {
          seen.add(other);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return null;
}

/** A small deterministic PRNG (mulberry32) so the sample of authors is "random" but the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
