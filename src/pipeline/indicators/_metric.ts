/**
 * The metric of a figure: a short noun phrase saying what is measured, built from the sentence's
 * words ("share of citizens opposing membership", "turnout", "tariff on goods from Serbia", "aid",
 * "value of the contract", "tonnes of ammunition"), not the words that happen to stand before the
 * number ("with", "a", "voted").
 */
import type { Token } from '../types.js';
import type { SentenceView } from '../grammar/index.js';
import type { IndicatorVocabulary } from './_vocabulary.js';

/** Where a figure stands in its sentence (token indices, inclusive). */
export interface FigureSpan {
  /** The number (and its scale word). */
  first: number;
  last: number;
  /** The whole figure with qualifier, currency and unit. */
  spanFirst: number;
  spanLast: number;
  /** The counted noun phrase ("UN member states"), empty when unitFirst > unitLast. */
  unitFirst: number;
  unitLast: number;
  unit: string;
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
/** Words a noun phrase may start with or hold before its head. */
const PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Prepositions that attach a phrase to the noun before it ("support for NATO membership among citizens"). */
const ATTACHING = new Set(['of', 'for', 'in', 'on', 'among', 'from', 'to', 'towards', 'against', 'with', 'over', 'between']);
/** At most this many tokens in a verb phrase taken into a metric. */
const VERB_PHRASE = 5;
/** At most this many tokens in a noun phrase (with its attached phrases). */
const NOUN_PHRASE = 9;

/** "oppose" → "opposing", "take" → "taking", "win" → "winning", "support" → "supporting". */
export function gerund(lemma: string): string {
  if (lemma.endsWith('ie')) return `${lemma.slice(0, -2)}ying`;
  if (lemma.endsWith('e') && !/(?:ee|ye|oe)$/.test(lemma) && lemma.length > 2) return `${lemma.slice(0, -1)}ing`;
  // One short syllable ending consonant–vowel–consonant doubles its consonant.
  if (lemma.length <= 4 && /[^aeiou][aeiou][^aeiouwxy]$/.test(lemma)) return `${lemma}${lemma.at(-1)}ing`;
  return `${lemma}ing`;
}

/**
 * The gerund of a verb as written: "favoured" → "favouring" (the text keeps its spelling), "agreed"
 * → "agreeing"; irregular forms from the lemma ("chose" → "choosing").
 */
export function gerundOf(text: string, lemma: string): string {
  const w = text.toLowerCase();
  if (w.endsWith('ied') || !w.endsWith('ed')) return gerund(lemma);
  if (w.endsWith('eed')) return `${w.slice(0, -1)}ing`;
  return `${w.slice(0, -2)}ing`;
}

/** "pledge" → "pledged", "supply" → "supplied"; irregular ones from the vocabulary ("give" → "given"). */
export function participle(lemma: string, v: IndicatorVocabulary): string {
  const irregular = v.participles.get(lemma);
  if (irregular) return irregular;
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  return `${lemma}ed`;
}

class Phrases {
  constructor(
    readonly view: SentenceView,
    readonly v: IndicatorVocabulary,
    /** Is token i part of a date mention? */
    readonly isDate: (i: number) => boolean,
  ) {}

  tok(i: number): Token | undefined {
    return this.view.tokens[i];
  }

  pos(i: number): string {
    return this.view.tokens[i]?.pos ?? '';
  }

  lemma(i: number): string {
    return this.view.lemmas[i] ?? '';
  }

  /** The text from token a to token b; a sentence's first word loses its capital unless it is a name. */
  text(a: number, b: number): string {
    const s = this.tok(a);
    const e = this.tok(b);
    const base = this.view.sentence.start;
    if (!s || !e || b < a) return '';
    const t = this.view.sentence.text.slice(s.start - base, e.end - base);
    return a === 0 && s.pos !== 'PROPN' && !this.nameAround(0) ? t.charAt(0).toLowerCase() + t.slice(1) : t;
  }

  /** Is token i inside a named actor or place? Then a phrase must not end or start inside it. */
  nameAround(i: number): { first: number; last: number } | undefined {
    const k = this.view.actorAt[i] ?? -1;
    if (k >= 0) return this.view.actors[k];
    return this.view.places.find((p) => p.first <= i && i <= p.last);
  }

  /** A word in -ing used as a noun: after a verb, a determiner or an adjective, or first ("backing for EU membership"). */
  nominalIng(i: number): boolean {
    const t = this.tok(i);
    if (!t || !t.lower.endsWith('ing') || (t.pos !== 'VERB' && t.pos !== 'NOUN')) return false;
    const before = this.pos(i - 1);
    return i === 0 || before === 'VERB' || before === 'DET' || before === 'ADJ';
  }

  /** Can tokens a and b be joined by "and": two common nouns, or two names? */
  alike(a: number, b: number): boolean {
    const named = (i: number): boolean => this.nameAround(i) !== undefined;
    if (named(a) || named(b)) return named(a) && named(b);
    return this.pos(a) === 'NOUN' && (this.pos(b) === 'NOUN' || this.pos(b) === 'ADJ');
  }

  /** Is every token from a to b part of a named actor or place (a phrase that names no measure)? */
  onlyNames(a: number, b: number): boolean {
    for (let i = a; i <= b; i++) {
      const t = this.tok(i);
      if (!t || t.pos === 'DET' || t.pos === 'PUNCT') continue;
      if (!this.nameAround(i)) return false;
    }
    return true;
  }

  /**
   * The noun phrase that starts at token k, with the phrases attached to it by a preposition
   * ("stake in the Serbian oil company NIS"): its last token, or k - 1 when there is none.
   */
  nounPhraseFrom(k: number): number {
    let end = k - 1;
    let i = k;
    const limit = Math.min(this.view.tokens.length - 1, k + NOUN_PHRASE - 1);
    while (i <= limit) {
      if (i > k && this.view.soft[i - 1]) break;
      const p = this.pos(i);
      // A number only leads a phrase ("the 30 tanks"); after a noun it starts another figure.
      if (PHRASE.has(p) && (p !== 'NUM' || i === k || /^(?:DET|ADJ)$/.test(this.pos(i - 1)))) {
        if (p !== 'DET') end = i;
        i++;
        continue;
      }
      // "China's energy": a possessive inside the phrase.
      if (end >= k && p === 'PART' && /^['’]s$/.test(this.tok(i)?.lower ?? '') && PHRASE.has(this.pos(i + 1))) {
        i++;
        continue;
      }
      // "of/for/in …" attaches another noun phrase, when one follows (not another figure: "for 400 million euros").
      if (end >= k && p === 'ADP' && ATTACHING.has(this.lemma(i)) && PHRASE.has(this.pos(i + 1)) && this.pos(i + 1) !== 'NUM') {
        i++;
        continue;
      }
      // "ammunition and explosives", "Bosnia and Herzegovina": nouns or names joined.
      if (end === i - 1 && p === 'CCONJ' && (this.nameAround(i) || this.alike(i - 1, i + 1))) {
        i++;
        continue;
      }
      break;
    }
    // Never stop inside a name.
    const name = end >= k ? this.nameAround(end) : undefined;
    if (name && name.last > end) end = name.last;
    return end;
  }

  /** The noun phrase that ends at token b, walking back (with attached phrases): its first token, or b + 1. */
  nounPhraseTo(b: number): number {
    let first = b + 1;
    let i = b;
    const limit = Math.max(0, b - NOUN_PHRASE + 1);
    while (i >= limit) {
      // "In 2015 the turnout": a date is no part of the measure.
      if (this.view.soft[i] || this.isDate(i)) break;
      const p = this.pos(i);
      if (p === 'NOUN' || p === 'PROPN' || p === 'ADJ' || p === 'NUM') {
        first = i;
        i--;
        continue;
      }
      if (p === 'DET' && first <= b) {
        if (first === i + 1) first = i;
        i--;
        continue;
      }
      // "support for NATO membership": a preposition with a noun (or a noun in -ing) before it.
      if (first <= b && p === 'ADP' && ATTACHING.has(this.lemma(i)) && (NOMINAL.has(this.pos(i - 1)) || this.nominalIng(i - 1))) {
        i--;
        continue;
      }
      // "put backing for EU membership at …": a noun in -ing heads the phrase.
      if (first <= b && this.nominalIng(i)) {
        first = i;
        break;
      }
      if (first === i + 1 && p === 'CCONJ' && (this.nameAround(i) || this.alike(i - 1, i + 1))) {
        i--;
        continue;
      }
      break;
    }
    const name = first <= b ? this.nameAround(first) : undefined;
    if (name && name.first < first) first = name.first;
    return first;
  }

  /**
   * A verb phrase starting at k, with the verb as a gerund ("opposed membership" → "opposing
   * membership"; "were opposed to the plan" → "opposed to the plan"), up to the clause's end.
   */
  verbPhraseFrom(k: number): string {
    let i = k;
    let passive = false;
    let negated = false;
    const stance = (j: number): boolean => this.v.stanceVerbs.has(this.lemma(j));
    while (this.pos(i) === 'AUX' || (this.pos(i) === 'ADV' && !stance(i)) || this.lemma(i) === 'not') {
      if (this.lemma(i) === 'be') passive = true;
      if (this.lemma(i) === 'not') negated = true;
      i++;
    }
    const verb = this.tok(i);
    if (!verb || (verb.pos !== 'VERB' && !stance(i) && !(passive && verb.pos === 'ADJ') && !/ing$/.test(verb.lower))) return '';
    // "said they would back the talks": what they said is what was measured.
    if (this.v.reportingVerbs.has(this.lemma(i))) {
      let j = i + 1;
      while (this.pos(j) === 'SCONJ' || this.pos(j) === 'PRON') j++;
      const said = this.verbPhraseFrom(j);
      if (said) return negated ? `not ${said}` : said;
    }
    const head = this.headOf(i, verb, passive);
    const rest = this.objectAfter(i);
    return `${negated ? 'not ' : ''}${rest ? `${head} ${rest}` : head}`;
  }

  /** The verb of a phrase as a gerund, or as written when passive or already in -ing. */
  private headOf(i: number, verb: Token, passive: boolean): string {
    return passive || verb.lower.endsWith('ing') ? verb.text : gerundOf(verb.text, this.lemma(i));
  }

  /** The words after verb i up to its clause's end: its object and what attaches to it. */
  private objectAfter(i: number): string {
    let end = i;
    for (let j = i + 1; j < Math.min(this.view.tokens.length, i + VERB_PHRASE); j++) {
      if (this.view.soft[j - 1] || this.isDate(j) || (this.pos(j) === 'ADP' && this.isDate(j + 1))) break;
      const p = this.pos(j);
      // "closer ties": a noun after an adjective, whatever the tagger says.
      if (p === 'VERB' && j - 1 > i && (this.pos(j - 1) === 'ADJ' || this.pos(j - 1) === 'ADV')) {
        end = j;
        continue;
      }
      // "would vote to join the EU": an infinitive completes the verb; "back resuming the talks", "back
      // Moldova joining the EU": so does a verb in -ing.
      if (p === 'VERB' && ((this.pos(j - 1) === 'PART' && this.lemma(j - 1) === 'to') || this.tok(j)?.lower.endsWith('ing'))) {
        end = j;
        continue;
      }
      if (p === 'PUNCT' || p === 'VERB' || p === 'AUX' || p === 'SCONJ' || p === 'CCONJ') break;
      end = j;
    }
    while (end > i && (this.pos(end) === 'ADP' || this.pos(end) === 'DET')) {
      // "voting against" keeps its preposition; "opposed to the" does not keep a dangling article.
      if (this.pos(end) === 'ADP' && end === i + 1) break;
      end--;
    }
    return end > i ? this.text(i + 1, end) : '';
  }
}

/** The metric of a share ("55 percent"). `previous` is the metric of the sentence's figure before it, if any. */
function shareMetric(ph: Phrases, fig: FigureSpan, previous: { fig: FigureSpan; metric: string } | null): string {
  const { view } = ph;
  const after = fig.spanLast + 1;
  // "Nikolić won 49.5 percent of the vote and Tadić 47.3 percent": a conjunction, a name, the figure;
  // the rest is understood from the figure before.
  if (previous) {
    let i = fig.spanFirst - 1;
    while (i > previous.fig.spanLast && (ph.nameAround(i) || ph.pos(i) === 'PROPN')) i--;
    if (i < fig.spanFirst - 1 && i > previous.fig.spanLast && ph.pos(i) === 'CCONJ') return previous.metric;
    // "fell from about 92 percent to below 30 percent": the same measure, moved.
    if (fig.spanFirst - 1 === previous.fig.spanLast + 1 && ph.pos(fig.spanFirst - 1) === 'ADP' && ph.lemma(previous.fig.spanFirst - 1) === 'from') return previous.metric;
  }
  // "76 percent of Finns supported membership", "49.5 percent of the vote"; a ratio names its group
  // right after it ("eight in ten voters trust NATO"), unless that word is a poll's verb the tagger
  // read as a noun ("eight in ten name the fisheries policy").
  const ratio = ph.pos(fig.spanLast) === 'NUM' && PHRASE.has(ph.pos(after)) && ph.pos(after) !== 'NUM' && !ph.v.stanceVerbs.has(ph.lemma(after));
  const group = ph.lemma(after) === 'of' && PHRASE.has(ph.pos(after + 1)) ? after + 1 : ratio ? after : -1;
  if (group >= 0) {
    let end = ph.nounPhraseFrom(group);
    // "of Serbs trust NATO": a poll's verb the tagger read as a noun ends the group of people.
    for (let j = group + 1; j <= end; j++) {
      const before = ph.tok(j - 1);
      if (ph.v.stanceVerbs.has(ph.lemma(j)) && before && (before.pos === 'PROPN' || (before.pos === 'NOUN' && before.lower.endsWith('s')))) {
        end = j - 1;
        break;
      }
    }
    if (end >= group) {
      const vp = ph.verbPhraseFrom(end + 1);
      return `share of ${ph.text(group, end)}${vp ? ` ${vp}` : ''}`;
    }
  }
  // "Of those who voted, 55.5 percent chose independence."
  let whole = '';
  if (view.lemmas[0] === 'of' && view.tokens[fig.spanFirst - 1]?.text === ',') {
    let comma = 1;
    while (comma < fig.spanFirst - 1 && view.tokens[comma]?.text !== ',') comma++;
    if (comma === fig.spanFirst - 1 && comma > 1) whole = ph.text(1, comma - 1);
  }
  // "61 percent voting against", "91 percent supported the agreement".
  const vp = ph.verbPhraseFrom(after);
  if (vp) return whole ? `share of ${whole} ${vp}` : `share ${vp}`;
  if (whole) return `share of ${whole}`;
  // "a 100 percent tariff on goods": the figure qualifies the noun after it.
  if (ph.pos(after) === 'NOUN') {
    const end = ph.nounPhraseFrom(after);
    if (end >= after) return ph.text(after, end);
  }
  return shareBefore(ph, fig) ?? 'share';
}

/** The measure named before a figure: "The turnout reached 86.5 percent", "put support for NATO membership at 10 percent". */
function shareBefore(ph: Phrases, fig: FigureSpan): string | null {
  let i = fig.spanFirst - 1;
  while (i >= 0 && (ph.tok(i)?.text === '(' || ph.pos(i) === 'ADP' || ph.pos(i) === 'PART' || ph.lemma(i) === 'only')) i--;
  if (i < 0) return null;
  if (ph.pos(i) === 'VERB' || ph.pos(i) === 'AUX') {
    // The subject before the verb ("The turnout reached …").
    let j = i - 1;
    while (j >= 0 && (ph.pos(j) === 'AUX' || ph.pos(j) === 'ADV' || ph.pos(j) === 'PART')) j--;
    const first = ph.nounPhraseTo(j);
    if (first <= j && !ph.onlyNames(first, j)) return trimDeterminer(ph, first, j);
    return null;
  }
  if (NOMINAL.has(ph.pos(i))) {
    const first = ph.nounPhraseTo(i);
    if (first <= i && !ph.onlyNames(first, i)) return trimDeterminer(ph, first, i);
  }
  return null;
}

function trimDeterminer(ph: Phrases, a: number, b: number): string {
  let s = a;
  while (s < b && ph.pos(s) === 'DET') s++;
  return ph.text(s, b);
}

/** The metric of a sum of money: "aid" ("$1.2 billion in aid"), "loan" ("a loan of €1 billion"), "amount pledged". */
function moneyMetric(ph: Phrases, fig: FigureSpan): string {
  const after = fig.spanLast + 1;
  if (ph.lemma(after) === 'in' && (ph.pos(after + 1) === 'NOUN' || ph.pos(after + 1) === 'ADJ')) {
    let end = after + 1;
    while (ph.pos(end + 1) === 'NOUN' || (ph.pos(end) === 'ADJ' && ph.pos(end + 1) === 'ADJ')) end++;
    if (ph.pos(end) === 'NOUN') return ph.text(after + 1, end);
  }
  let i = fig.spanFirst - 1;
  const word = ph.lemma(i);
  if (word === 'worth' || word === 'of' || word === 'at') {
    // "a deal worth $5 billion", "a loan of €1 billion"; "The contract is worth …" is the value of the contract.
    if (NOMINAL.has(ph.pos(i - 1)) && ph.pos(i - 1) !== 'NUM') {
      const first = ph.nounPhraseTo(i - 1);
      if (first <= i - 1 && !ph.onlyNames(first, i - 1)) return trimDeterminer(ph, first, i - 1);
    }
    if (ph.pos(i - 1) === 'AUX') {
      const first = ph.nounPhraseTo(i - 2);
      if (first <= i - 2 && !ph.onlyNames(first, i - 2)) return `value of ${ph.text(first, i - 2).replace(/^(?:The|A|An|This|That)\b/, (d) => d.toLowerCase())}`;
    }
    return 'value';
  }
  if (word === 'for') {
    // "buy a 51 percent stake in NIS for 400 million euros": the price of what was bought.
    const first = ph.nounPhraseTo(i - 1);
    if (first <= i - 1 && !ph.onlyNames(first, i - 1)) return `price of ${ph.text(first, i - 1)}`;
    return 'price';
  }
  while (i >= 0 && (ph.pos(i) === 'ADV' || ph.pos(i) === 'DET')) i--;
  if (ph.pos(i) === 'VERB') return `amount ${participle(ph.lemma(i), ph.v)}`;
  return 'amount';
}

/** The metric of a count: the counted phrase with its "of …" ("tonnes of ammunition and explosives", "UN member states"). */
function countMetric(ph: Phrases, fig: FigureSpan): string {
  let end = fig.unitLast;
  if (ph.lemma(end + 1) === 'of' && PHRASE.has(ph.pos(end + 2))) {
    const e = ph.nounPhraseFrom(end + 2);
    if (e > end + 1) end = e;
  }
  return ph.text(fig.unitFirst, end);
}

/** The metric of figure `fig` of a sentence. */
export function metricOf(
  view: SentenceView,
  fig: FigureSpan,
  v: IndicatorVocabulary,
  isDate: (i: number) => boolean,
  previous: { fig: FigureSpan; metric: string } | null = null,
): string {
  const ph = new Phrases(view, v, isDate);
  let m: string;
  if (fig.unit === '%') m = shareMetric(ph, fig, previous);
  else if (/^[A-Z]{3}$/.test(fig.unit)) m = moneyMetric(ph, fig);
  else m = fig.unitLast >= fig.unitFirst ? countMetric(ph, fig) : '';
  return m || ph.text(fig.first, fig.spanLast);
}
