/**
 * What a dissent is for: CAMEO splits demonstrations, hunger strikes, strikes, obstructions and riots
 * (141–145) by their aim — a leader's going (…1), a policy (…2), rights (…3), a change of institutions
 * or regime (…4). The aim is named after the act ("demonstrated for independence", "began a hunger
 * strike demanding his resignation"); the words are data (events.yaml `aims`).
 */
import type { SentenceView } from '../grammar/index.js';
import type { Coding } from './_patterns.js';

/** How far after the act its aim may be named ("…, calling for the removal of the governor"). */
const AIM_REACH = 14;

/** The finer coding of the dissent at `i` by the first aim word after it in its sentence, if any. */
export function aimOf(view: SentenceView, i: number, byWord: ReadonlyMap<string, Coding>): Coding | undefined {
  const end = Math.min(view.tokens.length, i + 1 + AIM_REACH);
  for (let k = i + 1; k < end; k++) {
    const l = view.lemmas[k] ?? '';
    if (l === '.' || l === ';') break;
    const aim = byWord.get(l);
    if (aim) return aim;
  }
  return undefined;
}
