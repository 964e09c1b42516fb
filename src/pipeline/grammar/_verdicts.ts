/**
 * A court's verdict told of a person in a relative clause or an apposition ("a trader who was convicted
 * in 2019", "the envoy, sentenced in absentia in 2018, left"): it says what the person is, their past,
 * and is no act the sentence reports.
 */
import type { Modality } from './_modality.js';
import { beforeAuxiliaries } from './_slots.js';
import type { SentenceView } from './_view.js';

/** Is the verb at `i` a verdict describing the noun before it (by "who was …" or ", …ed")? */
export function describedVerdict(view: SentenceView, i: number, m: Modality): boolean {
  const t = view.tokens[i];
  if (!t || !m.verdicts.has(view.lemmas[i] ?? '') || t.lower === view.lemmas[i] || t.lower.endsWith('ing')) return false;
  const k = beforeAuxiliaries(view, i);
  // "who was convicted", "that had been sentenced": a passive in a relative clause.
  if (k < i - 1 && view.tokens[k]?.pos === 'PRON' && view.language.relativePronouns.has(view.lemmas[k] ?? '')) return true;
  if (k < i - 1 && view.lemmas[k] === 'that' && view.tokens[k - 1]?.pos === 'NOUN') return true;
  // ", convicted in 2019 of …": an apposition right after a noun phrase.
  return k === i - 1 && view.tokens[k]?.text === ',' && (view.tokens[k - 1]?.pos === 'NOUN' || view.tokens[k - 1]?.pos === 'PROPN');
}
