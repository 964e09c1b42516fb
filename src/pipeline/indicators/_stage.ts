/**
 * The indicators stage: figures a text states — a number with a percent sign, a currency or a unit
 * noun ("circa 10%", "111 UN member states", "over 2.000 tons", "€200 million") — with the qualifier
 * before it, the principal it is about and a short metric phrase. Years, dates, ordinals, model
 * numbers and bare numbers without a unit are not indicators.
 */
import { hash } from 'node:crypto';
import type { Indicator, IndicatorQualifier } from '../../core/model.js';
import type { DocumentContext, Stage } from '../types.js';
import { grammarOf, type SentenceView } from '../grammar/index.js';
import type { DateFor } from '../types.js';
import type { Figure } from './_figure.js';
import { metricOf } from './_metric.js';
import { subjectOf } from './_subject.js';
import { votesAt } from './_votes.js';
import { parseNumberWord, parseNumeral, parseRange } from './_number.js';
import { numberAt, shareAt, type Share } from './_shares.js';
import { loadIndicatorVocabulary, type IndicatorVocabulary } from './_vocabulary.js';

export interface IndicatorsStageOptions {
  vocabulary?: IndicatorVocabulary;
  dateFor?: DateFor;
}

const YEAR = /^(1[5-9]|20)\d\d$/;
const DEFINITE = new Set(['the', 'all', 'its', 'their', 'these', 'those']);
const UNIT_PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
/** How far past the number its unit noun may be: "111 UN member states". */
const UNIT_REACH = 4;

function wordsAt(view: SentenceView, k: number, words: readonly string[]): boolean {
  return words.every((w, j) => view.tokens[k + j]?.lower === w);
}

function qualifierBefore(view: SentenceView, at: number, v: IndicatorVocabulary): { qualifier: IndicatorQualifier; first: number } | null {
  for (const q of v.qualifiers) {
    const k = at - q.words.length;
    if (k >= 0 && wordsAt(view, k, q.words)) return { qualifier: q.qualifier, first: k };
  }
  return null;
}

function coveredByDate(ctx: DocumentContext, view: SentenceView, k: number): boolean {
  const t = view.tokens[k];
  if (!t) return false;
  return ctx.dates.some((d) => d.sentence === view.index && d.start <= t.start && d.end >= t.end);
}

/** A share written as a fraction or a ratio ("two-thirds of voters", "eight in ten"), as a percentage. */
function shareFigure(view: SentenceView, share: Share, v: IndicatorVocabulary): Figure {
  const q = qualifierBefore(view, share.first, v);
  return {
    first: share.first,
    last: share.last,
    value: share.value,
    unit: '%',
    spanFirst: q ? q.first : share.first,
    spanLast: share.last,
    unitFirst: share.last + 1,
    unitLast: share.last,
    qualifier: q?.qualifier ?? null,
    low: null,
  };
}

/**
 * The low end of a range ending at token k ("between 40 and 45", "40 to 45", not "from 40 to 45",
 * which is a change): its value before scaling and its first token.
 */
function rangeBefore(ctx: DocumentContext, view: SentenceView, k: number, v: IndicatorVocabulary): { low: number; first: number } | null {
  const joining = view.tokens[k - 1]?.lower ?? '';
  if (!v.ranges.joining.has(joining) || coveredByDate(ctx, view, k - 2)) return null;
  const low = numberAt(view, k - 2, v);
  if (low === null) return null;
  const before = view.tokens[k - 3]?.lower ?? '';
  if (v.ranges.opening.has(before)) return { low, first: k - 3 };
  // "between 40 and 45" needs its "between"; "40 to 45" stands alone.
  if (joining === 'and' || v.ranges.changeFrom.has(before)) return null;
  return { low, first: k - 2 };
}

/**
 * The unit noun of the phrase starting at token `from`: the last unit word before the phrase ends
 * ("111 UN member states"), not a word inside a name ("2,000 National Guard troops"); 'none' when a
 * word there makes the number no figure ("5 years").
 */
function unitAfter(view: SentenceView, from: number, v: IndicatorVocabulary): { unit: string; first: number; last: number } | 'none' | null {
  let unit: string | null = null;
  let unitLast = -1;
  let org = false;
  for (let j = from; j <= Math.min(view.tokens.length - 1, from + UNIT_REACH - 1); j++) {
    const tj = view.tokens[j];
    // "33 negotiating chapters": a verb in -ing may modify the counted noun.
    const modifier = tj?.pos === 'VERB' && tj.lower.endsWith('ing') && view.tokens[j + 1]?.pos === 'NOUN';
    if (!tj || (!UNIT_PHRASE_POS.has(tj.pos) && !modifier)) break;
    const l = view.lemmas[j] ?? '';
    if (v.notUnits.has(l)) return 'none';
    const idx = view.actorAt[j] ?? -1;
    if (idx >= 0 && !view.actors[idx]?.country) org = true;
    const next = view.tokens[j + 1];
    const inName = tj.pos === 'PROPN' && next !== undefined && (next.pos === 'PROPN' || next.pos === 'NOUN');
    const u = inName ? undefined : v.units.get(l) ?? v.units.get(tj.lower) ?? (org ? v.orgModified.get(l) : undefined);
    if (u) {
      unit = u;
      unitLast = j;
    } else if (unit && tj.pos !== 'ADJ') {
      break;
    }
  }
  return unit ? { unit, first: from, last: unitLast } : null;
}

/**
 * The counted noun of "the number of X" before a number in its clause ("put the number of refugees at
 * 1.7 million", "the number of applications rose to 400"): its unit (as written when the vocabulary
 * has none) and the counted phrase.
 */
function countedBefore(view: SentenceView, k: number, v: IndicatorVocabulary): { unit: string; first: number; last: number } | null {
  for (let i = k - 1; i >= Math.max(0, k - 12); i--) {
    if (view.soft[i]) return null;
    if (!v.countedBy.has(view.lemmas[i] ?? '') || view.lemmas[i + 1] !== 'of') continue;
    let first = i + 2;
    while (view.tokens[first]?.pos === 'DET') first++;
    let head = -1;
    for (let j = first; j < k && UNIT_PHRASE_POS.has(view.tokens[j]?.pos ?? ''); j++) if (view.tokens[j]?.pos !== 'ADJ') head = j;
    const t = view.tokens[head];
    if (!t) return null;
    return { unit: v.units.get(view.lemmas[head] ?? '') ?? t.lower, first, last: head };
  }
  return null;
}

/** How far past a count in words its harm word may be ("Nine tourists were kidnapped"). */
const HARM_REACH = 4;

/**
 * Is a count in words of people a casualty figure: a harm word just after it, in its clause ("Nine
 * people were killed", "two children wounded")? Not a group the reader knows ("the two soldiers"), not
 * prose with no harm ("two people familiar with the talks"), and not the object of a verb before it,
 * whose subject may be anyone's ("freed two Chadian soldiers" is an act, told as an event).
 */
function harmCount(view: SentenceView, first: number, unitLast: number, unit: string, v: IndicatorVocabulary): boolean {
  if (!v.harmCounts.units.has(unit) || DEFINITE.has(view.lemmas[first - 1] ?? '')) return false;
  for (let j = unitLast + 1; j <= Math.min(view.tokens.length - 1, unitLast + HARM_REACH); j++) {
    if (view.soft[j - 1]) break;
    if (v.harmCounts.words.has(view.lemmas[j] ?? '') || v.harmCounts.words.has(view.tokens[j]?.lower ?? '')) return true;
  }
  return false;
}

/** Read the figure whose number is token `k`, or null. */
function figureAt(ctx: DocumentContext, view: SentenceView, k: number, v: IndicatorVocabulary): Figure | null {
  const t = view.tokens[k];
  if (!t) return null;
  const share = shareAt(view, k, v, (i) => coveredByDate(ctx, view, i));
  if (share) return shareFigure(view, share, v);
  // Past the shares in words ("a third of"), only a number makes a figure.
  if (t.pos !== 'NUM' && !startsWithDigit(t.text)) return null;
  const range = parseRange(t.text);
  const numeral = range ? range.high : parseNumeral(t.text);
  // "Seven percent", "two million people": a number in words is a figure only with a scale, a currency or a percent sign.
  const inWords = numeral === null;
  // "twenty-five" is read as three tokens; its number starts at "twenty".
  const compound = inWords && view.tokens[k - 1]?.text === '-' ? parseNumberWord(`${view.tokens[k - 2]?.lower ?? ''}-${t.lower}`, v.numberWords) : null;
  const base = numeral ?? compound ?? parseNumberWord(t.lower, v.numberWords);
  if (base === null) return null;
  const numberFirst = compound !== null ? k - 2 : k;
  const prev = view.lemmas[k - 1] ?? '';
  if (v.notUnits.has(prev) || v.labels.has(prev)) return null; // "Article 5", "Resolution 1244", "Chapter 7"
  if (coveredByDate(ctx, view, k)) return null;
  let value = base;
  let last = k;
  // "2.5 million", and scales in a row: "two hundred thousand".
  let scale: number | undefined;
  for (let next = v.scales.get(view.lemmas[last + 1] ?? ''); next !== undefined && (scale === undefined || next > scale); next = v.scales.get(view.lemmas[last + 1] ?? '')) {
    scale = (scale ?? 1) * next;
    value *= next;
    last += 1;
  }
  let unit: string | null = null;
  let unitFirst = last + 1;
  let unitLast = last;
  // A currency before the number ("€200 million", "US$ 5 million") or after it ("5 million euros").
  const before = view.tokens[k - 1]?.text.toLowerCase() ?? '';
  const cBefore = v.currencies.get(before);
  if (cBefore) unit = cBefore;
  if (!unit) {
    const cAfter = v.currencies.get(view.lemmas[last + 1] ?? '') ?? v.currencies.get(view.tokens[last + 1]?.lower ?? '');
    if (cAfter) {
      unit = cAfter;
      unitLast = last + 1;
    }
  }
  if (!unit) {
    for (const p of v.percent) {
      if (wordsAt(view, last + 1, p)) {
        // "two percentage points": a change told in points, which count as no figure (notUnits).
        if (v.notUnits.has(view.lemmas[last + p.length + 1] ?? '')) return null;
        unit = '%';
        unitLast = last + p.length;
        break;
      }
    }
  }
  if (!unit) {
    // "11 of its soldiers": the unit in a definite group after "of".
    const ofGroup = view.lemmas[last + 1] === 'of' && /^(?:DET|PRON)$/.test(view.tokens[last + 2]?.pos ?? '') ? last + 3 : -1;
    const found = unitAfter(view, last + 1, v) ?? (ofGroup >= 0 ? unitAfter(view, ofGroup, v) : null);
    if (found === 'none') return null;
    if (found) {
      ({ unit } = found);
      unitFirst = found.first;
      unitLast = found.last;
    }
  }
  if (!unit) {
    // "put the number of Sudanese refugees at 1.7 million": the count takes the counted noun as its unit.
    const counted = countedBefore(view, numberFirst, v);
    if (counted) {
      ({ unit } = counted);
      unitFirst = counted.first;
      unitLast = counted.last;
    }
  }
  if (!unit) return null;
  if (inWords && scale === undefined && unit !== '%' && !/^[A-Z]{3}$/.test(unit) && !harmCount(view, numberFirst, unitLast, unit, v)) return null;
  // "the 27 member states": a group the reader knows, not a figure the text states.
  if (v.definiteGroups.has(unit) && DEFINITE.has(view.lemmas[(cBefore ? k - 1 : k) - 1] ?? '')) return null;
  if (YEAR.test(t.text) && unit !== '%' && !v.currencies.has(before)) {
    // "in 2015 troops" is rare; "2015 members" rarer still — a year stays a year.
    if (view.tokens[k - 1]?.pos === 'ADP') return null;
  }
  const ends = range ? { low: range.low, first: k } : cBefore ? null : rangeBefore(ctx, view, k, v);
  const low = ends && ends.low < base ? ends.low * (scale ?? 1) : null;
  const start = Math.min(low !== null && ends ? ends.first : numberFirst, cBefore ? k - 1 : k);
  const q = qualifierBefore(view, start, v);
  const spanFirst = q ? q.first : start;
  return {
    first: numberFirst,
    last,
    value,
    unit,
    spanFirst,
    spanLast: Math.max(last, unitLast),
    unitFirst,
    unitLast,
    qualifier: q?.qualifier ?? null,
    low,
  };
}

/**
 * The unit an indicator is reported with: "600,000 Syrian refugees" counts refugees, "300 soldiers"
 * soldiers (a unit word the text's own noun says best is reported as written), "22,966 square
 * kilometres" square kilometres; else the unit's canonical name.
 */
function reportedUnit(view: SentenceView, f: Figure, v: IndicatorVocabulary): string {
  const t = view.tokens[f.unitLast];
  if (!t || f.unitLast < f.unitFirst) return f.unit;
  const lemma = view.lemmas[f.unitLast] ?? '';
  if (!v.asWritten.has(lemma) && !v.asWritten.has(t.lower)) return f.unit;
  const prefix = view.tokens[f.unitLast - 1];
  const own = v.prefixes.get(lemma) ?? v.prefixes.get(t.lower);
  return prefix && f.unitLast - 1 >= f.unitFirst && own?.has(prefix.lower) ? `${prefix.lower} ${t.lower}` : t.lower;
}

/**
 * The rate a unit is counted by, as written after it: "per kilowatt-month", "per hour", "a day" (not
 * after a sum of money or a share, whose "a year" is their period); '' when none.
 */
function rateAfter(view: SentenceView, f: Figure, v: IndicatorVocabulary): string {
  const at = f.spanLast + 1;
  const word = view.tokens[at]?.lower ?? '';
  if (v.rates.per.has(word)) {
    // "kilowatt-month" may be read as three tokens.
    let last = at + 1;
    if (view.tokens[last]?.pos !== 'NOUN') return '';
    while (view.tokens[last + 1]?.text === '-' && view.tokens[last + 2]?.pos === 'NOUN') last += 2;
    return ` ${word} ${view.tokens.slice(at + 1, last + 1).map((t) => t.lower).join('')}`;
  }
  if (f.unit === '%' || /^[A-Z]{3}$/.test(f.unit) || !v.rates.articles.has(word)) return '';
  const time = view.lemmas[at + 1] ?? '';
  // "a year earlier", "a day later": when the figure was, not what it is counted by.
  if (v.rates.notAfter.has(view.tokens[at + 2]?.lower ?? '')) return '';
  return v.rates.times.has(time) ? ` ${word} ${time}` : '';
}

function indicatorId(doc: string, start: number, end: number, unit: string, value: number): string {
  return hash('sha256', `${doc}\u0000indicator\u0000${start}\u0000${end}\u0000${unit}\u0000${value}`, 'hex').slice(0, 20);
}

function startsWithDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** Create the indicators stage. */
export function createIndicatorsStage(options: IndicatorsStageOptions = {}): Stage {
  const v = options.vocabulary ?? loadIndicatorVocabulary();
  const dateFor: DateFor = options.dateFor ?? ((ctx, s) => ctx.sentenceDates[s] ?? null);
  return (ctx) => {
    const views = grammarOf(ctx).sentences;
    const topic = grammarOf(ctx).topics.country;
    const topicOnce = (): string | null => topic;
    for (const view of views) {
      const figures: Figure[] = [];
      for (let k = 0; k < view.tokens.length; k++) {
        const t = view.tokens[k];
        // A figure is a number or starts with a digit ("5%", "2,000-strong"), or is a share in words ("a
        // third of", "half of"): a character test and set look-ups, no regex per token.
        if (!t || (t.pos !== 'NUM' && !startsWithDigit(t.text) && !v.fractionArticles.has(t.lower) && !v.fractions.has(view.lemmas[k] ?? ''))) continue;
        const tallies = votesAt(view, k, v);
        if (tallies) {
          figures.push(...tallies);
          k = Math.max(...tallies.map((f) => f.spanLast));
          continue;
        }
        const f = figureAt(ctx, view, k, v);
        if (f) {
          figures.push(f);
          k = f.spanLast;
        }
      }
      let previousShare: { fig: Figure; metric: string } | null = null;
      for (const f of figures) {
        const metric: string = f.metric ?? metricOf(view, f, v, (i) => coveredByDate(ctx, view, i), previousShare);
        if (f.unit === '%') previousShare = { fig: f, metric };
        const subject = subjectOf(view, views, f, figures, v, topicOnce);
        if (!subject) {
          ctx.warnings.push(`indicator without a subject in sentence ${view.index + 1}: ${view.tokens[f.first]?.text ?? ''} ${f.unit}`);
          continue;
        }
        const unit = reportedUnit(view, f, v) + rateAfter(view, f, v);
        const s = view.tokens[f.spanFirst]?.start ?? 0;
        const e = view.tokens[f.spanLast]?.end ?? s;
        const oStart = ctx.offsets.toOriginal(s);
        const oEnd = ctx.offsets.toOriginal(e);
        const rule = f.unit === '%' ? 'indicator-percent' : /^[A-Z]{3}$/.test(f.unit) ? 'indicator-money' : 'indicator-count';
        const date = dateFor(ctx, view.index, s, e);
        const evidence = { start: oStart, end: oEnd, text: ctx.original.slice(oStart, oEnd) };
        const figure = (value: number, qualifier: IndicatorQualifier | null, what: string): Indicator => ({
          id: indicatorId(ctx.info.id, oStart, oEnd, unit, value),
          subject,
          metric: what,
          value,
          unit,
          qualifier,
          date,
          evidence,
          rule,
        });
        // A range is stored as its two ends, each with the words that say which end it is.
        if (f.low !== null) {
          ctx.indicators.push(figure(f.low, f.qualifier ?? 'at least', `${metric} (${v.ranges.lowerBound})`));
          ctx.indicators.push(figure(f.value, f.qualifier ?? 'up to', `${metric} (${v.ranges.upperBound})`));
        } else {
          ctx.indicators.push(figure(f.value, f.qualifier, metric));
        }
      }
    }
  };
}
