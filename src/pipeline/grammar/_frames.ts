/**
 * The addressee of a message that frames a report ("In a letter to the Security Council, Egypt said …"):
 * who is told, which is no side of the act the message tells of.
 */
import type { Party, SentenceView } from './_view.js';

/** How far before the addressee's "to" the message's noun may stand ("a strongly worded letter to"). */
const FRAME_REACH = 4;

/** Is party `p` the one a message is addressed to ("a letter to X", "remarks to X")? */
export function frameAddressee(view: SentenceView, p: Pick<Party, 'first'>): boolean {
  let k = p.first - 1;
  while (k >= 0 && view.tokens[k]?.pos === 'DET' && (view.actorAt[k] ?? -1) < 0) k--;
  if (view.lemmas[k] !== 'to') return false;
  for (let j = k - 1; j >= Math.max(0, k - FRAME_REACH); j--) {
    const t = view.tokens[j];
    if (!t || view.soft[j]) return false;
    if (t.pos === 'NOUN' && (view.language.reportingFrames.has(view.lemmas[j] ?? '') || view.language.reportingFrames.has(t.lower))) return true;
    if (t.pos !== 'ADJ' && t.pos !== 'ADV' && t.pos !== 'DET') return false;
  }
  return false;
}
