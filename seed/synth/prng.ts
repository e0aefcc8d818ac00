/**
 * A small seeded PRNG (sfc32 seeded through splitmix32) and the samplers the generator draws from. Pure and
 * deterministic: the same seed gives the same sequence on every machine.
 */

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** Creates a seeded uniform generator (sfc32). */
export function createRandom(seed: number): Random {
  const mix = splitmix32(seed);
  let a = mix();
  let b = mix();
  let c = mix();
  let d = mix();
  return () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) >>> 0;
    return t / 4294967296;
  };
}

/** A stable 32-bit hash of an integer (for per-entity attributes that need no stored state). */
export function hash32(value: number, salt = 0): number {
  let z = (value ^ Math.imul(salt, 0x27d4eb2d)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x7feb352d);
  z = Math.imul(z ^ (z >>> 15), 0x846ca68b);
  return (z ^ (z >>> 16)) >>> 0;
}

/** Uniform integer in [min, max]. */
export const intBetween = (random: Random, min: number, max: number): number =>
  min + Math.floor(random() * (max - min + 1));

/** Standard normal draw (Box–Muller). */
export function normal(random: Random): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

/** A log-normal draw with the given median and spread (sigma of the log). */
export const logNormal = (random: Random, median: number, sigma: number): number =>
  median * Math.exp(sigma * normal(random));

/** A discrete power-law draw in [min, max] with exponent `alpha` > 1 (inverse transform of the continuous law). */
export function powerLaw(random: Random, min: number, max: number, alpha: number): number {
  const a = 1 - alpha;
  const low = min ** a;
  const high = (max + 1) ** a;
  return Math.min(max, Math.floor((low + (high - low) * random()) ** (1 / a)));
}
