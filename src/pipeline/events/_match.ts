/**
 * The events stage: every token whose word a rule may be keyed by is a trigger, and the document's
 * reading (_reading.ts) tries its rules in order; the first whose conditions hold and whose parties
 * are found gives one event per source. A statement that is negated, hypothetical, future or intended
 * gives nothing. Parties missing from the sentence (a pronoun subject, a passive without its agent,
 * "the Summit" of the sentence before) are taken from the discourse: the event just before, then the
 * actors named just before.
 */
import type { DateFor, RuleTrace, Stage } from '../types.js';
import { grammarOf, lastHyphen, loadModality, type Modality } from '../grammar/index.js';
import { loadEventPatterns, type EventPatterns } from './_patterns.js';
import { DocumentReading, type Grammar } from './_reading.js';


export interface EventsStageOptions {
  patterns?: EventPatterns;
  modality?: Modality;
  /** The date of a span; without it events carry the sentence's narrative date. */
  dateFor?: DateFor;
  /** Told each rule tried at a trigger and what became of it (`npm run eval:peer -- --why`). */
  trace?: RuleTrace;
}

const CHAR_D = 'd'.charCodeAt(0);
const CHAR_G = 'g'.charCodeAt(0);
const CHAR_S = 's'.charCodeAt(0);

/** Create the events stage. */
export function createEventsStage(options: EventsStageOptions = {}): Stage {
  const patterns = options.patterns ?? loadEventPatterns();
  const modality = options.modality ?? loadModality();
  const dateFor: DateFor = options.dateFor ?? ((ctx, s) => ctx.sentenceDates[s] ?? null);
  // Every word a rule is keyed by: one look-up tells most tokens apart as no trigger at all.
  const triggers: ReadonlySet<string> = new Set([...patterns.verbs.keys(), ...patterns.nouns.keys(), ...patterns.nounGovernors.keys(), ...patterns.lightVerbs]);
  // The triggers with -s and -es added: a word in one is a trigger less its ending, found without cutting the word.
  const triggersPlusS: ReadonlySet<string> = new Set([...triggers].map((w) => `${w}s`));
  const triggersPlusEs: ReadonlySet<string> = new Set([...triggers].map((w) => `${w}es`));

  const grammar: Grammar = { patterns, modality, dateFor, trace: options.trace };

  return (ctx) => {
    const views = grammarOf(ctx).sentences;
    const reading = new DocumentReading(ctx, views, grammar);
    for (const view of views) {
      const { tokens, lemmas } = view;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (!t) continue;
        const pos = t.pos;
        // (Its last letter first: most words end in none of d, g and s that the cases below need.)
        const last = t.lower.charCodeAt(t.lower.length - 1);
        // Only a verb, a noun, a name or an adjective is read as a trigger, or a word in -ing (a gerund).
        if (pos !== 'NOUN' && pos !== 'VERB' && pos !== 'PROPN' && pos !== 'ADJ' && !(last === CHAR_G && t.lower.endsWith('ing'))) continue;
        const full = lemmas[i] ?? '';
        // A plain word (ASCII letters and digits, segment says) has no hyphen in its lemma either.
        const dash = t.plain ? -1 : lastHyphen(full);
        const hyphenated = dash > 0 && dash < full.length - 1;
        const lemma = hyphenated ? full.slice(dash + 1) : full;
        // No rule can fire unless the lemma, the word itself, its singular (a name read as a plural)
        // or a past participle's stem (below) is a trigger.
        if (
          !triggers.has(lemma) &&
          !(last === CHAR_D && t.lower.endsWith('ed')) &&
          (t.lower === lemma || !triggers.has(t.lower)) &&
          !(last === CHAR_G && view.language.agentPrepositions.has(lemmas[i - 1] ?? '') && t.lower.endsWith('ing')) &&
          // "annexes", "summons": wink's lemma is a noun ("annexe", "summons")
          !(last === CHAR_S && pos === 'NOUN' && ((full === t.lower && triggersPlusS.has(t.lower)) || triggersPlusEs.has(t.lower))) &&
          !(last === CHAR_S && pos === 'PROPN' && triggersPlusS.has(t.lower))
        ) continue;
        reading.at(view, i, full, lemma, hyphenated ? full.slice(0, dash) : null);
      }
      reading.mediators(view);
    }
  };
}
