/**
 * Turns a sentence's candidates into date mentions: opens intervals after "since", "before",
 * "by"…; gives a month without a year the year of its neighbour, of the narrative or of the
 * published date; shifts "the following year", "two years later" from the narrative's last date
 * and "last year" from the published date; and joins "a decade after 1999" into one mention,
 * while "In 2004, just a decade after the war" takes the 2004 it stands beside.
 */
import type { DateInterval } from '../../core/model.js';
import type { DateMention, Sentence } from '../types.js';
import { addDays, anchorDay, dayAfter, dayBefore, isoDay, monthInterval, parts, yearInterval } from './_calendar.js';
import type { Candidate } from './_rules.js';
import { key, type ShiftUnit, type Vocabulary } from './_vocabulary.js';

/** What resolution carries from sentence to sentence. */
export interface NarrativeState {
  /** The last date the text stated or implied: the anchor for "the following year". */
  last: DateInterval | null;
  published: DateInterval | null;
  /** Where dates that are none ("30 February 2015") are reported. */
  warnings?: string[];
}

/** Gap between a date and the relative expression that restates it ("2004, just a decade after"). */
const APPOSITION = /^[\s,]*(?:just|only|some|exactly|precisely|barely|almost|nearly|about|roughly)?[\s,]*$/i;
/** Gap between a month and the year expression that completes it ("September the following year"). */
const MONTH_YEAR_GAP = /^[\s,]*(?:in|of|during)?\s*$/i;

export function resolveSentence(sentence: Sentence, candidates: Candidate[], state: NarrativeState, v: Vocabulary): DateMention[] {
  const text = sentence.text;
  // "since 1999" opens 1999, but "a decade after 1999" is a shift, not an opening.
  const cands = candidates.map((c, i) => {
    const before = candidates[i - 1];
    return before?.found.kind === 'count' && /^\s*$/.test(text.slice(before.end, c.start)) ? c : openInterval(c, text, v);
  });
  const out: DateMention[] = [];
  const mention = (start: number, end: number, interval: DateInterval, rule: string, relative: boolean): DateMention => ({
    sentence: sentence.index,
    start: sentence.start + start,
    end: sentence.start + end,
    text: text.slice(start, end),
    interval,
    rule,
    relative,
  });

  for (let i = 0; i < cands.length; i++) {
    const c = cands[i] as Candidate;
    const f = c.found;
    const prev = out[out.length - 1];
    const prevEnd = prev ? prev.end - sentence.start : -1;
    switch (f.kind) {
      case 'absolute':
        out.push(mention(c.start, c.end, f.interval, c.rule, false));
        break;
      case 'invalid':
        state.warnings?.push(`sentence ${sentence.index + 1}: '${text.slice(c.start, c.end)}' is ${f.reason}; no date taken from it`);
        break;
      case 'narrative': {
        const interval = state.last ? shift(state.last, f.unit, f.shift) : null;
        if (interval) out.push(mention(c.start, c.end, interval, c.rule, true));
        break;
      }
      case 'narrative-open': {
        const a = state.last;
        if (a && (f.keep === 'start' ? a.start : a.end)) {
          const interval: DateInterval = f.keep === 'start' ? { start: a.start, end: null, precision: 'open' } : { start: null, end: a.end, precision: 'open' };
          out.push(mention(c.start, c.end, interval, c.rule, true));
        }
        break;
      }
      case 'published': {
        const interval = state.published ? shift(state.published, f.unit, f.shift, true) : null;
        if (interval) out.push(mention(c.start, c.end, interval, c.rule, true));
        break;
      }
      case 'count': {
        const next = cands[i + 1];
        if (f.anchor === 'after' && next?.found.kind === 'absolute' && /^\s*$/.test(text.slice(c.end, next.start))) {
          // "a decade after 1999": one mention, 2009.
          const interval = shiftBy(next.found.interval, f.months, f.days, f.open);
          if (interval) out.push(mention(c.start, next.end, interval, c.rule, true));
          i++;
          break;
        }
        if (f.anchor === 'after') {
          // "In 2004, just a decade after the war": the expression restates its neighbour.
          if (prev && !prev.relative && APPOSITION.test(text.slice(prevEnd, c.start))) {
            out.push(mention(c.start, c.end, prev.interval, c.rule, true));
            break;
          }
          // "Four days after the collision": a few days or weeks after a thing the story has just
          // told, so after the narrative's day or month. Years after a thing ("a decade after the
          // war") may reach back past the narrative: no date.
          const last = state.last;
          const recent = Math.abs(f.months) < 12 && (last?.precision === 'day' || (last?.precision === 'month' && f.days === 0));
          const interval = recent && last && !prev ? shiftBy(last, f.months, f.days, f.open) : null;
          if (interval && !afterPublished(interval, state)) out.push(mention(c.start, c.end, interval, c.rule, true));
          break;
        }
        const anchor = f.anchor === 'ago' ? state.published : state.last;
        const interval = anchor ? shiftBy(anchor, f.months, f.days, f.open) : null;
        if (interval && !afterPublished(interval, state)) out.push(mention(c.start, c.end, interval, c.rule, true));
        break;
      }
      case 'month': {
        const toMonth = f.toMonth ?? f.month;
        const withDays = (year: number): DateInterval =>
          f.precision === 'month'
            ? monthInterval(year, f.month)
            : {
                start: isoDay(year, f.month, f.fromDay),
                // A winter runs into the next year.
                end: isoDay(toMonth < f.month ? year + 1 : year, toMonth, f.toDay),
                precision: f.precision,
              };
        // A year expression right before or after completes the month ("the following year in September").
        if (prev && prev.interval.precision === 'year' && MONTH_YEAR_GAP.test(text.slice(prevEnd, c.start))) {
          const y = parts(prev.interval.start ?? '').y;
          out[out.length - 1] = mention(prev.start - sentence.start, c.end, withDays(y), `${prev.rule}+month`, prev.relative);
          state.last = out[out.length - 1]?.interval ?? state.last;
          continue;
        }
        const next = cands[i + 1];
        if (next && MONTH_YEAR_GAP.test(text.slice(c.end, next.start)) && (next.found.kind === 'narrative' || isYear(next))) {
          const y =
            next.found.kind === 'narrative'
              ? state.last && next.found.unit === 'year'
                ? parts(anchorDay(state.last) ?? '').y + next.found.shift
                : null
              : parts((next.found as { interval: DateInterval }).interval.start ?? '').y;
          if (y !== null) {
            out.push(mention(c.start, next.end, withDays(y), `month+${next.rule}`, next.found.kind === 'narrative'));
            state.last = out[out.length - 1]?.interval ?? state.last;
            i++;
            continue;
          }
        }
        const year = f.step
          ? steppedYear(f.month, f.step, state)
          : ((f.deictic !== undefined ? deicticYear(f.month, f.deictic, state) : null) ?? yearForMonth(f.month, state));
        if (year !== null) out.push(mention(c.start, c.end, withDays(year), c.rule, true));
        break;
      }
    }
    const last = out[out.length - 1];
    if (last && last !== prev) state.last = last.interval;
  }
  return out;
}

function isYear(c: Candidate): boolean {
  return c.found.kind === 'absolute' && c.found.interval.precision === 'year';
}

const openerCache = new WeakMap<Vocabulary, { open: RegExp; close: RegExp }>();

/** "since 1999" → 1999..open; "before 2006" → open..2005-12-31; "by 2015" → open..2015-12-31. */
function openInterval(c: Candidate, text: string, v: Vocabulary): Candidate {
  if (c.found.kind !== 'absolute' || /^(from|between)\b/i.test(text.slice(c.start, c.end))) return c;
  const before = text.slice(Math.max(0, c.start - 24), c.start);
  let rx = openerCache.get(v);
  if (!rx) {
    rx = { open: new RegExp(`\\b(${v.alt.opener})\\s+(?:the\\s+)?$`, 'i'), close: new RegExp(`^\\s+(${v.alt.closer})\\b`, 'i') };
    openerCache.set(v, rx);
  }
  const m = rx.open.exec(before);
  let op = m ? v.openers[key(m[1] ?? '')] : undefined;
  const start = m ? c.start - (before.length - m.index) : c.start;
  let end = c.end;
  // "1995 and earlier", "(from) 1999 onwards": the words after the date open it too.
  const after = rx.close.exec(text.slice(c.end, c.end + 16));
  const closer = after ? v.closers[key(after[1] ?? '')] : undefined;
  if (after && closer && (!op || op.keep === closer.keep)) {
    op = closer;
    end = c.end + after[0].length;
  }
  if (!op) return c;
  const i = c.found.interval;
  // "before the end of 2028" runs to the end of 2028; "after the beginning of 2006" from its start.
  const words = text.slice(c.start, c.end);
  const atEnd = /^(?:the\s+)?end\b/i.test(words);
  const atStart = /^(?:the\s+)?(?:beginning|start)\b/i.test(words);
  const interval: DateInterval =
    op.keep === 'start'
      ? { start: op.exclusive && i.end && !atStart ? dayAfter(i.end) : i.start, end: null, precision: 'open' }
      : { start: null, end: op.exclusive && i.start && !atEnd ? dayBefore(i.start) : i.end, precision: 'open' };
  return { ...c, start, end, found: { kind: 'absolute', interval } };
}

/** The year of "the following June" (the first June after the narrative's date) or "the previous June". */
function steppedYear(month: number, step: 1 | -1, state: NarrativeState): number | null {
  const narrative = state.last ? anchorDay(state.last) : null;
  if (!narrative) return null;
  const { y, m } = parts(narrative);
  if (step === 1) return month > m ? y : y + 1;
  return month < m ? y : y - 1;
}

/** The year and month the text was published in (of the published interval's last day), or null. */
function publishedMonth(state: NarrativeState): { y: number; m: number } | null {
  const day = state.published ? (state.published.end ?? state.published.start) : null;
  return day ? parts(day) : null;
}

/**
 * The year of "last June" (the latest June before the published month), "this June" (the published
 * year) or "next June" (the first June after it); null without a published date.
 */
function deicticYear(month: number, deictic: -1 | 0 | 1, state: NarrativeState): number | null {
  const p = publishedMonth(state);
  if (!p) return null;
  if (deictic === 0) return p.y;
  if (deictic < 0) return month < p.m ? p.y : p.y - 1;
  return month > p.m ? p.y : p.y + 1;
}

/** The year of a month named without one: the narrative's year, else the last such month up to the published date. */
function yearForMonth(month: number, state: NarrativeState): number | null {
  const narrative = state.last ? anchorDay(state.last) : null;
  const p = publishedMonth(state);
  // "The row is the worst since 2009. … On 14 March …": an open period ("since 2009", "before 2006")
  // is no year the narrative stands in; where the text has a published date, that is the better guide.
  if (narrative && !(state.last?.precision === 'open' && p)) {
    const { y, m } = parts(narrative);
    // "… recalled its envoy in December 2015. The two restored relations in May." in a text of October
    // 2016: a month earlier in the year than the narrative's month or day comes after it, in the next
    // year, where that is still before the text was written (a narrative "in 2015" keeps its year).
    if (p && state.last?.precision !== 'year' && month < m && (y + 1) * 12 + month <= p.y * 12 + p.m) return y + 1;
    return y;
  }
  if (!p) return null;
  return month <= p.m ? p.y : p.y - 1;
}

function shift(anchor: DateInterval, unit: ShiftUnit, by: number, upToAnchor = false): DateInterval | null {
  const day = anchorDay(anchor);
  if (!day) return null;
  const { y, m } = parts(day);
  if (unit === 'year') return yearInterval(y + by);
  if (unit === 'week' || unit === 'weekend') {
    // Only after a day; "this week" in a report is the part of the week up to the published day.
    if (anchor.precision !== 'day') return null;
    const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
    if (unit === 'week') {
      const monday = addDays(day, -weekday + 7 * by);
      return { start: monday, end: by === 0 && upToAnchor ? day : addDays(monday, 6), precision: 'period' };
    }
    // The weekend just past (or this one, on a Sunday), or the next one.
    const saturday = by > 0 ? addDays(day, 5 - weekday + 7 * (by - (weekday >= 5 ? 0 : 1))) : addDays(day, weekday >= 5 ? 5 - weekday : -weekday - 2);
    const sunday = addDays(saturday, 1);
    return { start: saturday, end: by <= 0 && sunday > day ? day : sunday, precision: 'period' };
  }
  if (unit === 'day') {
    // "the same day", "the next day": only after a day.
    if (anchor.precision !== 'day') return null;
    const to = addDays(day, by);
    return { start: to, end: to, precision: 'day' };
  }
  if (anchor.precision === 'year' || anchor.precision === 'decade' || anchor.precision === 'period') return null;
  return monthInterval(y, m + by);
}

/** Shift by months or days; a shift finer than the anchor ("two days later" after "in 2015") gives nothing. */
function shiftBy(anchor: DateInterval, months: number, days: number, open: boolean): DateInterval | null {
  const day = anchorDay(anchor);
  if (!day) return null;
  const { y, m } = parts(day);
  let base: DateInterval | null;
  if (days !== 0) {
    const to = addDays(day, days);
    base = anchor.precision === 'day' ? { start: to, end: to, precision: 'day' } : null;
  } else if (months % 12 === 0) base = yearInterval(y + months / 12);
  else base = anchor.precision === 'year' ? null : monthInterval(y, m + months);
  if (!base) return null;
  if (!open) return base;
  return months > 0 ? { start: base.start, end: null, precision: 'open' } : { start: null, end: base.end, precision: 'open' };
}

/** A past narrative does not run past its own publication: such a find is a misreading. */
function afterPublished(i: DateInterval, state: NarrativeState): boolean {
  const pubEnd = state.published?.end;
  return !!pubEnd && i.start !== null && i.start > pubEnd;
}
