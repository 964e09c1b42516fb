/**
 * What the benchmarks that generate synthetic events share: a seeded generator (so every run, and every
 * engine, gets the same events) and country codes whose activity is skewed like real event data.
 */

/** A deterministic generator of numbers in [0, 1) (mulberry32). */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Country codes C000.., each with a weight: a few countries in most events. */
export function syntheticCountries(count: number): { codes: string[]; weight: number[] } {
  const codes = Array.from({ length: count }, (_, i) => `C${String(i).padStart(3, '0')}`);
  return { codes, weight: codes.map((_, i) => 1 / (i + 1) ** 0.8) };
}
