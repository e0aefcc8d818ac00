/**
 * Which co-author pairs an incremental import must recompute, and the hyper-authorship rule both import paths apply.
 * A pair's COAUTHOR edge depends only on the works the two share, so a run changes the pairs among the authors of the
 * works it writes (and those of people who lost an authorship: upsert-works.cypher labels them for a full rebuild).
 * Recomputing those pairs, and not every pair of every person touched, keeps an import into a big graph cheap.
 */

/**
 * Works with more authors than this add AUTHORED, WORKS_ON, AFFILIATED_WITH and counters, but no pairwise COAUTHOR
 * edge. Bibliometrics treats such "hyper-authored" papers (Cronin 2001: 100+ authors; ATLAS/CMS list 3,000–5,000) the
 * same way: n authors make n(n-1)/2 pairs — 12.5 M for a 5,000-author paper — and being one of a thousand names says
 * little about working together. 100 keeps every work of the demo data (at most 74 authors) pairwise.
 */
export const COAUTHOR_MAX_AUTHORS = 100;

/** A pair of person ids, `a < b` in string order (the COAUTHOR edge points from a to b). */
export interface PersonPair {
  a: string;
  b: string;
}

/** Every distinct pair among the authors of each list (a work's) that has at most COAUTHOR_MAX_AUTHORS names. */
export function coauthorPairs(authorLists: Iterable<readonly string[]>): PersonPair[] {
  const seen = new Set<string>();
  const pairs: PersonPair[] = [];
  for (const list of authorLists) {
    if (list.length > COAUTHOR_MAX_AUTHORS) continue;
    const ids = [...new Set(list)].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
    for (let i = 0; i < ids.length; i += 1) {
      for (let j = i + 1; j < ids.length; j += 1) {
        const key = `${ids[i]}\u0000${ids[j]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        pairs.push({ a: ids[i]!, b: ids[j]! });
      }
    }
  }
  return pairs;
}
