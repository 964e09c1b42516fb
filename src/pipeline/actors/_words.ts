/**
 * The gazetteer's short word lists ("in", "city", "northern", "backed"…) as the composer tests
 * sentence tokens against them: by the token's key first (Tokens.keys), so most tokens are turned
 * away without a hash look-up of their word.
 */
import { foldKey, type Gazetteer, type Tokens } from '../../knowledge/gazetteer/index.js';

/** Bits of a set's filter: some 1 to 4 % of them set by lists of 10 to 40 words. */
const BITS = 1024;

export class FoldSet {
  private readonly bits = new Uint32Array(BITS / 32);

  constructor(private readonly words: ReadonlySet<string>) {
    for (const w of words) {
      const k = foldKey(w) & (BITS - 1);
      this.bits[k >>> 5] = this.bits[k >>> 5]! | (1 << (k & 31));
    }
  }

  /** Whether token i's fold is one of the words; false past either end. */
  at(tokens: Tokens, i: number): boolean {
    if (i < 0 || i >= tokens.length) return false;
    const k = tokens.keys[i]! & (BITS - 1);
    return (this.bits[k >>> 5]! & (1 << (k & 31))) !== 0 && this.words.has(tokens.folds[i]!);
  }
}

/** The word lists the composer reads, each as a FoldSet. */
export function wordSets(g: Gazetteer) {
  return {
    notNames: new FoldSet(g.notNames),
    agentTitles: new FoldSet(g.agentTitles),
    placeModifiers: new FoldSet(g.placeModifiers),
    locationWords: new FoldSet(g.locationWords),
    baseWords: new FoldSet(g.baseWords),
    settlementWords: new FoldSet(g.settlementWords),
    placeNamingNouns: new FoldSet(g.placeNamingNouns),
    demonymNotActor: new FoldSet(g.demonymNotActor),
    demonymPlace: new FoldSet(g.demonymPlace),
    ethnicMarkers: new FoldSet(g.ethnicMarkers),
    affiliationPrefixes: new FoldSet(g.affiliationPrefixes),
    affiliationSuffixes: new FoldSet(g.affiliationSuffixes),
  };
}
