/**
 * The seeded sampler of the oracle tests. (The co-author BFS that lived here is now path-oracle.ts: unbounded, with
 * components, Yen's k shortest paths and the other kind constraints.)
 */

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
