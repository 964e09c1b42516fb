/**
 * Past participles set off by commas after a noun phrase and followed by a preposition of lasting time
 * ("Flights between Lima and Quito, halted since 2019, have not resumed"): they say what state the noun
 * is in, done by no one the clause names. With no "by" agent, such a participle is no act of the parties
 * around it. ("The envoy, recalled in 2019, …" may still tell of the recall: only a lasting state counts.)
 */
import type { SentenceView } from '../grammar/index.js';

/** Tags that open a verb's own object: a form followed by one is a predicate ("…, expelled two diplomats"). */
const OBJECT_OPENERS = new Set(['DET', 'PRON', 'NOUN', 'PROPN', 'NUM', 'ADJ']);

/** Is the past form at `i` a participle in apposition to the noun before its comma, with no object and no agent? */
export function apposedParticiple(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  if (!t || !t.lower.endsWith('ed') || (t.lower === view.lemmas[i] && t.pos !== 'ADJ')) return false;
  if (view.tokens[i - 1]?.text !== ',') return false;
  const noun = view.tokens[i - 2]?.pos;
  if (noun !== 'NOUN' && noun !== 'PROPN') return false;
  let k = i + 1;
  while (view.tokens[k]?.pos === 'ADV') k++;
  if (OBJECT_OPENERS.has(view.tokens[k]?.pos ?? '') || !view.language.stativePrepositions.has(view.lemmas[k] ?? '')) return false;
  // "…, halted by Quito in 2019, …": an agent named makes it an act of that agent.
  for (; k < view.tokens.length && view.tokens[k]?.text !== ',' && view.tokens[k]?.text !== '.'; k++) if (view.language.agentPrepositions.has(view.lemmas[k] ?? '')) return false;
  return true;
}
