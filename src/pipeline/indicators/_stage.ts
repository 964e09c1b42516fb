/**
 * The indicators stage: figures a text states — a number with a percent sign, a currency or a unit
 * noun ("circa 10%", "111 UN member states", "over 2.000 tons", "€200 million") — with the qualifier
 * before it, the principal it is about and a short metric phrase. Years, dates, ordinals, model
 * numbers and bare numbers without a unit are not indicators.
 */
import { hash } from 'node:crypto';
import type { Indicator, IndicatorQualifier } from '../../core/model.js';
import type { DocumentContext, Stage } from '../types.js';
import { grammarOf, type Party, type SentenceView } from '../grammar/index.js';
import type { DateFor } from '../types.js';
import { metricOf } from './_metric.js';
import { parseNumberWord, parseNumeral, parseRange } from './_number.js';
import { numberAt, shareAt, type Share } from './_shares.js';
import { loadIndicatorVocabulary, type IndicatorVocabulary } from './_vocabulary.js';

export interface IndicatorsStageOptions {
  vocabulary?: IndicatorVocabulary;
  dateFor?: DateFor;
}

const YEAR = /^(1[5-9]|20)\d\d$/;
const POSSESSIVE = /^['’]s?$/;
const DEFINITE = new Set(['the', 'all', 'its', 'their', 'these', 'those']);
const UNIT_PHRASE_POS = new Set(['ADJ', 'NOUN', 'PROPN']);
/** How far past the number its unit noun may be: "111 UN member states". */
const UNIT_REACH = 4;

interface Figure {
  /** Token indices of the number (and its scale word). */
  first: number;
  last: number;
  value: number;
  unit: string;
  /** Token indices of the whole figure with qualifier and unit. */
  spanFirst: number;
  spanLast: number;
  /** The counted noun phrase, which names no subject ("UN member states"). */
  unitFirst: number;
  unitLast: number;
  qualifier: IndicatorQualifier | null;
  /** The low end of a range ("between 40 and 45 percent"); `value` is then its high end. */
  low: number | null;
}

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
  if (v.notUnits.has(prev)) return null; // "Article 5", "Resolution 1244"
  if (coveredByDate(ctx, view, k)) return null;
  let value = base;
  let last = k;
  const scale = v.scales.get(view.lemmas[k + 1] ?? '');
  if (scale !== undefined) {
    value *= scale;
    last = k + 1;
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
        unit = '%';
        unitLast = last + p.length;
        break;
      }
    }
  }
  if (!unit) {
    // The head of the noun phrase after the number: the last unit word before the phrase ends.
    let org = false;
    for (let j = last + 1; j <= Math.min(view.tokens.length - 1, last + UNIT_REACH); j++) {
      const tj = view.tokens[j];
      if (!tj || !UNIT_PHRASE_POS.has(tj.pos)) break;
      const l = view.lemmas[j] ?? '';
      if (v.notUnits.has(l)) return null;
      const idx = view.actorAt[j] ?? -1;
      if (idx >= 0 && !view.actors[idx]?.country) org = true;
      const u = v.units.get(l) ?? v.units.get(tj.lower) ?? (org ? v.orgModified.get(l) : undefined);
      if (u) {
        unit = u;
        unitLast = j;
      } else if (unit && tj.pos !== 'ADJ') {
        break;
      }
    }
  }
  if (!unit) return null;
  if (inWords && scale === undefined && unit !== '%' && !/^[A-Z]{3}$/.test(unit)) return null;
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
 * The principal a figure is about: the nearest country named around it (not inside a counted phrase),
 * else one named just before, else the document's topic. Troops and the like belong to whoever sends
 * them, an organisation too.
 */
function subjectOf(view: SentenceView, views: readonly SentenceView[], fig: Figure, counted: readonly Figure[], v: IndicatorVocabulary, topic: () => string | null): string | null {
  const inCounted = (p: Party): boolean => counted.some((f) => p.first >= f.unitFirst && p.last <= f.unitLast);
  // A place counts here: "support in Moldova reached 41 percent" is about Moldova.
  const here = [...view.actors, ...view.places].filter((p) => !inCounted(p) && !p.setting).sort((a, b) => a.first - b.first);
  // People and troops counted with their nationality are that country's: "30 KFOR soldiers", "72
  // passengers from India" (not the country where it happened) — unless an actor of the clause
  // does something with them ("Jordan hosts 600,000 Syrian refugees").
  const clauseStart = view.clauseStart(fig.first);
  const actorBefore = view.actors.some((p) => !inCounted(p) && !p.setting && p.first >= clauseStart && p.last < fig.spanFirst);
  if (v.nationalUnits.has(fig.unit) && !actorBefore) {
    const fromAt = view.lemmas[fig.unitLast + 1] === 'from' ? fig.unitLast + 2 : -1;
    const own = view.actors.find((p) => !p.setting && ((p.first >= fig.unitFirst && p.last <= fig.unitLast) || p.first === fromAt));
    if (own) return own.principal;
  }
  // A sum of money belongs to whoever gives, pays or gets it, named before it ("The EU pledged
  // €50 million for refugees in Chad"), an organisation too; a place after it is where it goes.
  if (/^[A-Z]{3}$/.test(fig.unit)) {
    // "accused Venezuela of giving the guerrillas $300 million": the party between a verb and the sum gets it.
    const gets = (p: Party): boolean => {
      let k = p.first - 1;
      while (view.tokens[k]?.pos === 'DET') k--;
      return p.last === fig.spanFirst - 1 && view.tokens[k]?.pos === 'VERB';
    };
    const giver = view.actors.filter((p) => !inCounted(p) && !p.setting && !p.generic && p.last < fig.spanFirst && !gets(p)).pop();
    if (giver) return giver.principal;
  }
  if (v.actorUnits.has(fig.unit)) {
    const sender = view.actors.filter((p) => !inCounted(p) && !p.setting && !p.generic)
      .sort((a, b) => Math.abs(a.first - fig.first) - Math.abs(b.first - fig.first))[0];
    if (sender) return sender.principal;
  }
  const countries = here.filter((p) => p.country);
  // "Norway's share of the Chinese market fell to 30 percent", "half of Belarus's foreign trade": the
  // country whose measure it is, named before the figure in its clause or in the "of" phrase after a share.
  const owns = (p: Party): boolean => POSSESSIVE.test(view.tokens[p.last + 1]?.lower ?? '');
  const owner =
    countries.filter((p) => p.first >= clauseStart && p.last < fig.spanFirst && owns(p)).pop() ??
    (fig.unit === '%' && view.lemmas[fig.spanLast + 1] === 'of' ? countries.find((p) => p.first > fig.spanLast && p.first <= fig.spanLast + 3 && owns(p)) : undefined);
  if (owner) return owner.principal;
  const before = countries.filter((p) => p.last < fig.first).pop();
  if (before) return before.principal;
  const after = countries.find((p) => p.first > fig.last);
  if (after) return after.principal;
  for (let s = view.index - 1; s >= Math.max(0, view.index - 2); s--) {
    const c = (views[s]?.actors ?? []).filter((p) => p.country && !p.generic).pop();
    if (c) return c.principal;
  }
  return topic() ?? (here.filter((p) => p.last < fig.first).pop() ?? here[0])?.principal ?? null;
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
        const f = figureAt(ctx, view, k, v);
        if (f) {
          figures.push(f);
          k = f.spanLast;
        }
      }
      let previousShare: { fig: Figure; metric: string } | null = null;
      for (const f of figures) {
        const metric = metricOf(view, f, v, (i) => coveredByDate(ctx, view, i), previousShare);
        if (f.unit === '%') previousShare = { fig: f, metric };
        const subject = subjectOf(view, views, f, figures, v, topicOnce);
        if (!subject) {
          ctx.warnings.push(`indicator without a subject in sentence ${view.index + 1}: ${view.tokens[f.first]?.text ?? ''} ${f.unit}`);
          continue;
        }
        // "600,000 Syrian refugees" counts refugees: a class of vague units is reported by its noun.
        const unit = v.asWritten.has(f.unit) ? (view.tokens[f.unitLast]?.lower ?? f.unit) : f.unit;
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
