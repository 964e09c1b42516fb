/**
 * One-to-one greedy matching of extracted items to gold items (gold-format.md): required gold items
 * first, in file order, then optional ones; each takes the best still-free extracted item that fits.
 */
import type { MatchCounts } from './_types.js';

/** Who matched whom. */
export interface Matching {
  /** For each gold item, the index of its extracted item, or -1. */
  goldToExtracted: number[];
  /** For each extracted item, the index of its gold item, or -1. */
  extractedToGold: number[];
  counts: MatchCounts;
}

/**
 * Match greedily.
 * @param fits whether extracted item `x` may match gold item `g`
 * @param prefer among fitting free items, higher is taken first (ties: the earlier item)
 */
export function greedyMatch<G extends { optional?: boolean | undefined }>(
  gold: readonly G[],
  extractedCount: number,
  fits: (g: G, x: number) => boolean,
  prefer: (g: G, x: number) => number = () => 0,
): Matching {
  const goldToExtracted = gold.map(() => -1);
  const extractedToGold = Array.from({ length: extractedCount }, () => -1);
  const order = [...gold.keys()].sort((a, b) => Number(gold[a]?.optional === true) - Number(gold[b]?.optional === true) || a - b);
  for (const gi of order) {
    const g = gold[gi] as G;
    let best = -1;
    let bestScore = -Infinity;
    for (let x = 0; x < extractedCount; x++) {
      if (extractedToGold[x] !== -1 || !fits(g, x)) continue;
      const score = prefer(g, x);
      if (score > bestScore) [best, bestScore] = [x, score];
    }
    if (best >= 0) {
      goldToExtracted[gi] = best;
      extractedToGold[best] = gi;
    }
  }
  let matchedRequired = 0;
  let matchedOptional = 0;
  let optional = 0;
  gold.forEach((g, i) => {
    if (g.optional === true) optional++;
    if (goldToExtracted[i] === -1) return;
    if (g.optional === true) matchedOptional++;
    else matchedRequired++;
  });
  return {
    goldToExtracted,
    extractedToGold,
    counts: { extracted: extractedCount, required: gold.length - optional, optional, matchedRequired, matchedOptional },
  };
}
