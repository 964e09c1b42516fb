/** Finds the ladder instruments a sentence names ("the Partnership for Peace Framework Document", "IPAP"). */
import type { Instrument } from '../../core/model.js';
import type { Token } from '../types.js';
import { loadMilestoneVocabulary, mayStart, type MilestoneVocabulary } from './_vocabulary.js';

/** An instrument named in a sentence, by token indices (inclusive). */
export interface InstrumentMention {
  instrument: Instrument;
  org: string | null;
  first: number;
  last: number;
}

/** Every instrument named in the tokens, longest name first, no overlaps. */
export function findInstruments(tokens: readonly Token[], vocab: MilestoneVocabulary = loadMilestoneVocabulary()): InstrumentMention[] {
  const out: InstrumentMention[] = [];
  const initials = vocab.nameInitials;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !mayStart(initials, t.lower)) continue;
    const candidates = vocab.names.get(t.lower);
    if (!candidates) continue;
    for (const c of candidates) {
      let ok = true;
      for (let k = 0; k < c.words.length; k++) {
        const tk = tokens[i + k];
        if (!tk || tk.lower !== c.words[k] || (c.exact && tk.text !== c.exact[k])) {
          ok = false;
          break;
        }
      }
      if (ok) {
        out.push({ instrument: c.instrument, org: c.org, first: i, last: i + c.words.length - 1 });
        i += c.words.length - 1;
        break;
      }
    }
  }
  return out;
}
