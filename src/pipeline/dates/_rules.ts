/**
 * The date rules, chrono-style: each is a pattern and an extractor that turns a match into an
 * absolute interval or into something still to resolve (a month without its year, "the following
 * year", "two years later"). The patterns are built from the vocabulary in data/dates, so the
 * words are data; what the words mean in calendar terms is here.
 */
import type { DateInterval, DatePrecision } from '../../core/model.js';
import { dayInterval, daysInMonth, isoDay, monthInterval, monthSpan, yearInterval } from './_calendar.js';
import { startsUpper } from '../segment/index.js';
import { eventNouns } from './_event-nouns.js';
import { gateTests, SentenceGates, STEP_WORDS, type Gate } from './_gates.js';
import { alternation, key, monthNames, type ShiftUnit, type Vocabulary } from './_vocabulary.js';

/** Words before a month that say it from the time of writing: "last June", "this June", "next June". */
const DEICTIC: ReadonlyMap<string, -1 | 0 | 1> = new Map([['last', -1], ['this', 0], ['next', 1]]);

/** What a rule found, before relative expressions are resolved against the narrative. */
export type Found =
  | { kind: 'absolute'; interval: DateInterval }
  /** A month (and day) whose year comes from the context. */
  | {
      kind: 'month';
      month: number;
      fromDay: number;
      toDay: number;
      precision: DatePrecision;
      toMonth?: number;
      /** "the following June" (1), "the previous June" (-1): the first such month after or before the narrative's date. */
      step?: 1 | -1;
      /** "last June" (-1), "this June" (0), "next June" (1): said from the published date, not the narrative's. */
      deictic?: -1 | 0 | 1;
    }
  /** Shift from the narrative's last date ("the following year"). */
  | { kind: 'narrative'; unit: ShiftUnit; shift: number }
  /** The narrative's last date opened on one side ("since then"). */
  | { kind: 'narrative-open'; keep: 'start' | 'end' }
  /** Shift from the published date ("last year"). */
  | { kind: 'published'; unit: ShiftUnit; shift: number }
  /**
   * "two years later", "a decade after …", "three days ago": `months` or `days` (signed) from an anchor;
   * `ago` anchors on the published date, `after` expects an object (a date or an event).
   */
  | { kind: 'count'; months: number; days: number; anchor: 'narrative' | 'after' | 'ago'; open: boolean }
  /** Written as a date but none ("30 February 2015"): reported as a warning, never a mention. */
  | { kind: 'invalid'; reason: string };

/** A rule's find in a sentence: local offsets into the sentence text. */
export interface Candidate {
  start: number;
  end: number;
  rule: string;
  found: Found;
}


export interface DateRule {
  name: string;
  /**
   * What the sentence must hold for the pattern to have a chance (regular expressions are the cost):
   * see _gates.ts. Tested in order, so the rarer cue comes first.
   */
  needs: Gate[];
  pattern: RegExp;
  /** `null` when the match is not a date after all (a quantity, a name). */
  extract(m: RegExpExecArray, v: Vocabulary): Found | { found: Found; start: number; end: number } | null;
}

const YEAR = '(?<![\\w.,$€£/-])(1[89]\\d\\d|20\\d\\d)(?![\\w%]|[.,]\\d)';
/** A year after a word that already marks it as one ("mid-2007", "November 2015"). */
const YEAR_AFTER = '(1[89]\\d\\d|20\\d\\d)(?![\\w%]|[.,]\\d)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const FROM = '(?:\\b(from|between)\\s+)?(?:the\\s+)?';
const TO = '\\s*(-|/|to|until|till|through|and)\\s*';
const YEAR_END = '(1[89]\\d\\d|20\\d\\d|\\d\\d)(?![\\w%]|[.,]\\d)';
const CASE_WORDS = /^(?:in|on|at|by|since|from|until|till|during|before|after|of|to|through|between|around|about|circa|early|mid|late|the|and|or|until|as|for|throughout)$/i;

const abs = (interval: DateInterval): Found => ({ kind: 'absolute', interval });
const num = (s: string | undefined): number => Number(s ?? NaN);

function month(v: Vocabulary, word: string | undefined): number {
  return v.months[key(word ?? '')] ?? 0;
}

function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** "and" joins a range only after "between"; "between" needs "and". */
function rangeWordsAgree(from: string | undefined, sep: string | undefined): boolean {
  const between = from?.toLowerCase() === 'between';
  const and = sep?.toLowerCase() === 'and';
  return between === and;
}

const NEXT_WORD = /\s+(\p{L}+)/uy;
const LETTER = /\p{L}/u;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

/** The word that ends right before offset `at` (white space between), or undefined. Read backwards, no slice of the sentence. */
function wordBefore(text: string, at: number): string | undefined {
  let e = at;
  while (e > 0 && isSpace(text.charCodeAt(e - 1))) e--;
  if (e === at) return undefined;
  let b = e;
  while (b > 0 && b > at - 24) {
    const c = text.charCodeAt(b - 1);
    const ascii = (c | 0x20) >= 97 && (c | 0x20) <= 122;
    if (!ascii && (c < 128 || !LETTER.test(text.charAt(b - 1)))) break;
    b--;
  }
  return b < e ? text.slice(b, e) : undefined;
}

/** Does a quantity noun follow, a capitalised name come right before ("Vision 2020"), or other numbers stand around it? */
function yearIsNotADate(m: RegExpExecArray, v: Vocabulary): boolean {
  const text = m.input;
  const end = m.index + m[0].length;
  NEXT_WORD.lastIndex = end;
  const next = NEXT_WORD.exec(text)?.[1]?.toLowerCase();
  if (next && v.quantityNouns.includes(next)) return true;
  // Inside a run of numbers (a phone number, a table row).
  const b1 = text.charCodeAt(m.index - 1);
  if (m.index >= 2 && isDigitCode(text.charCodeAt(m.index - 2)) && (isSpace(b1) || b1 === 46)) return true;
  if (isSpace(text.charCodeAt(end)) && isDigitCode(text.charCodeAt(end + 1))) return true;
  const prev = wordBefore(text, m.index);
  if (prev && startsUpper(prev) && !CASE_WORDS.test(prev) && !month(v, prev) && !v.seasons[prev.toLowerCase()]) {
    return true;
  }
  return false;
}

/** Does `before` end in a shortened month name ("Sept", "Jan"), one shorter than its month's longest name? */
function isAbbreviatedMonth(before: string, v: Vocabulary): boolean {
  const word = /([a-z]+)$/i.exec(before)?.[1]?.toLowerCase();
  const n = word ? v.months[word] : undefined;
  if (!word || n === undefined) return true;
  return Object.entries(v.months).some(([name, m]) => m === n && name.length > word.length);
}

/** "the 2013-2016 mandate" names the range without "the"; "the January 2013 - December 2016 period" keeps it. */
function withoutArticle(m: RegExpExecArray, found: Found): Found | { found: Found; start: number; end: number } {
  const lead = /^the\s+/i.exec(m[0]);
  if (!lead || /period$/i.test(m[0])) return found;
  return { found, start: m.index + lead[0].length, end: m.index + m[0].length };
}

/** Build the rule list for a vocabulary. Order breaks ties between finds of the same length. */
export function buildRules(v: Vocabulary): DateRule[] {
  const a = v.alt;
  const M = `\\b(${a.month})\\.?`;
  // No 'u' flag: the patterns are ASCII, and with it V8 scans \b ten times slower.
  const rx = (s: string): RegExp => new RegExp(s, 'gi');
  const duration = new RegExp(`\\b(?:${a.durationOpener})\\s+(?:the\\s+)?$`, 'i');
  /** "within the next year": a span from now, not a date (only forward shifts; "for that year" is one). */
  /** "two days after the visit" is a shift (count-relative), not an opening. */
  const afterUnit = new RegExp(`\\b(?:${a.unit})s?\\s+$`, 'i');
  const isDuration = (m: RegExpExecArray, shift: number): boolean =>
    shift > 0 && duration.test(m.input.slice(Math.max(0, m.index - 16), m.index));
  return [
    {
      name: 'iso-day',
      needs: ['iso'],
      pattern: rx('\\b(\\d{4})-(\\d{2})-(\\d{2})\\b'),
      extract: (m) => {
        const [y, mo, d] = [num(m[1]), num(m[2]), num(m[3])];
        return validDay(y, mo, d) ? abs(dayInterval(y, mo, d)) : { kind: 'invalid', reason: 'not a calendar day' };
      },
    },
    {
      // "2018-10: Peru expels …": a chronology's month written as an ISO prefix. Not a span of years
      // ("2009-10", "2010-11"): the second number, a month, comes before the year's last two digits
      // or is written with a leading zero.
      name: 'iso-month',
      needs: ['iso'],
      pattern: rx('(?<![\\w./-])(\\d{4})-(\\d{2})(?![\\w./-])'),
      extract: (m) => {
        const [y, mo] = [num(m[1]), num(m[2])];
        const span = !(m[2] ?? '').startsWith('0') && mo > y % 100;
        return mo >= 1 && mo <= 12 && !span ? abs(monthInterval(y, mo)) : null;
      },
    },
    {
      // 24.03.1999, 14-03-2011, 14/03/2011: day first, as written across Europe; one separator
      // throughout. With slashes, a second number above 12 is a day: 03/14/2011 is month first.
      name: 'dotted-day',
      needs: ['dotted', 'year'],
      pattern: rx('(?<![\\w./-])(\\d{1,2})([./-])(\\d{1,2})\\2((?:1[89]|20)\\d\\d)(?![\\w./-]|\\.\\d)'),
      extract: (m) => {
        const [a, b, y] = [num(m[1]), num(m[3]), num(m[4])];
        const [d, mo] = m[2] === '/' && b > 12 && a <= 12 ? [b, a] : [a, b];
        return validDay(y, mo, d) ? abs(dayInterval(y, mo, d)) : { kind: 'invalid', reason: 'not a calendar day' };
      },
    },
    {
      name: 'month-day-year',
      needs: ['day', 'month', 'year'],
      pattern: rx(`${M}\\s+${DAY},?\\s+${YEAR_AFTER}`),
      extract: (m) => {
        const [mo, d, y] = [month(v, m[1]), num(m[2]), num(m[3])];
        return validDay(y, mo, d) ? abs(dayInterval(y, mo, d)) : { kind: 'invalid', reason: 'not a calendar day' };
      },
    },
    {
      name: 'day-month-year',
      needs: ['day', 'month', 'year'],
      pattern: rx(`\\b${DAY}\\s+(?:of\\s+)?${M},?\\s+${YEAR_AFTER}`),
      extract: (m) => {
        const [d, mo, y] = [num(m[1]), month(v, m[2]), num(m[3])];
        return validDay(y, mo, d) ? abs(dayInterval(y, mo, d)) : { kind: 'invalid', reason: 'not a calendar day' };
      },
    },
    {
      // "03-Feb-2011", "3-February-2011": a day written with dashes, as page headers stamp it.
      name: 'dashed-day-month-year',
      needs: ['day', 'month', 'year'],
      pattern: rx(`(?<![\\w-])${DAY}-${M}-${YEAR_AFTER}`),
      extract: (m) => {
        const [d, mo, y] = [num(m[1]), month(v, m[2]), num(m[3])];
        return validDay(y, mo, d) ? abs(dayInterval(y, mo, d)) : { kind: 'invalid', reason: 'not a calendar day' };
      },
    },
    {
      // "from 3 to 5 May 2019", "10 May – 2 June 2019", "May 3-5, 2019": days of one stretch.
      name: 'day-range',
      needs: ['twoDays', 'month', 'year'],
      pattern: rx(`${FROM}(?:\\b${DAY}(?:\\s+(?:of\\s+)?${M})?${TO}${DAY}\\s+(?:of\\s+)?${M},?\\s+${YEAR_AFTER}|${M}\\s+${DAY}${TO}${DAY},?\\s+${YEAR_AFTER})`),
      extract: (m) => {
        const [from, d1, m1w, sep1, d2, m2w, y1w, mw, d3, sep2, d4, y2w] = m.slice(1);
        const sep = sep1 ?? sep2;
        if (!rangeWordsAgree(from, sep) || sep === '/') return null;
        const y = num(y1w ?? y2w);
        const [a, b] = d1 !== undefined ? [num(d1), num(d2)] : [num(d3), num(d4)];
        const mEnd = month(v, m2w ?? mw);
        const mStart = m1w ? month(v, m1w) : mEnd;
        const yStart = mStart > mEnd ? y - 1 : y;
        if (!validDay(yStart, mStart, a) || !validDay(y, mEnd, b)) return null;
        const start = isoDay(yStart, mStart, a);
        const end = isoDay(y, mEnd, b);
        return start < end ? withoutArticle(m, abs({ start, end, precision: 'period' })) : null;
      },
    },
    {
      name: 'month-year-range',
      needs: ['twoMonths', 'twoNumbers'],
      pattern: rx(`${FROM}${M}\\s+(?:of\\s+)?${YEAR_AFTER}${TO}${M}\\s+(?:of\\s+)?${YEAR_AFTER}(?:\\s+period\\b)?`),
      extract: (m) => {
        const [m1, y1, sep, m2, y2] = [month(v, m[2]), num(m[3]), m[4], month(v, m[5]), num(m[6])];
        if (!rangeWordsAgree(m[1], sep) || y2 * 12 + m2 < y1 * 12 + m1) return null;
        return withoutArticle(m, abs(monthSpan(y1, m1, y2, m2, 'period')));
      },
    },
    {
      name: 'month-range-year',
      needs: ['twoMonths', 'year'],
      pattern: rx(`${FROM}${M}${TO}${M}\\s+(?:of\\s+)?${YEAR_AFTER}`),
      extract: (m) => {
        const [m1, sep, m2, y] = [month(v, m[2]), m[3], month(v, m[4]), num(m[5])];
        if (!rangeWordsAgree(m[1], sep) || sep === '/') return null;
        return abs(monthSpan(m2 < m1 ? y - 1 : y, m1, y, m2, 'period'));
      },
    },
    {
      name: 'year-range',
      needs: ['twoNumbers'],
      pattern: rx(`${FROM}${YEAR}${TO}${YEAR_END}(?:\\s+period\\b)?`),
      extract: (m) => {
        const [y1, sep, tail] = [num(m[2]), m[3], m[4] ?? ''];
        if (!rangeWordsAgree(m[1], sep)) return null;
        const y2 = tail.length === 2 ? Math.floor(y1 / 100) * 100 + num(tail) : num(tail);
        if (y2 <= y1 || y2 - y1 > 60) return null;
        return withoutArticle(m, abs({ start: `${y1}-01-01`, end: `${y2}-12-31`, precision: 'period' }));
      },
    },
    {
      name: 'month-year',
      needs: ['month', 'year'],
      pattern: rx(`(?:\\b(?:the\\s+)?(${a.monthPart})(?:\\s+of)?[-\\s]+)?${M},?\\s+(?:of\\s+)?${YEAR_AFTER}`),
      extract: (m) => {
        const [part, mo, y] = [m[1], month(v, m[2]), num(m[3])];
        if (!mo) return null;
        if (!part) return abs(monthInterval(y, mo));
        const p = v.monthParts[key(part)];
        if (!p) return null;
        return abs({ start: isoDay(y, mo, p.from), end: isoDay(y, mo, p.to), precision: 'period' });
      },
    },
    {
      name: 'season',
      needs: ['season', 'year'],
      pattern: rx(`\\b(?:the\\s+)?(?:(?:early|mid|late)[-\\s]+)?(${a.season})\\s+(?:of\\s+)?${YEAR_AFTER}`),
      extract: (m) => {
        const s = v.seasons[key(m[1] ?? '')];
        const y = num(m[2]);
        if (!s) return null;
        return abs(monthSpan(y, s.from, s.to < s.from ? y + 1 : y, s.to, 'season'));
      },
    },
    {
      name: 'year-part',
      needs: ['year', 'yearPart'],
      pattern: rx(`\\b(?:the\\s+)?(${a.yearPart})(?:\\s+of(?:\\s+the\\s+year)?\\s+|[-\\s]+)${YEAR_AFTER}`),
      extract: (m) => {
        const p = v.yearParts[key(m[1] ?? '')];
        const y = num(m[2]);
        return p ? abs(monthSpan(y, p.from, y, p.to, p.precision ?? 'period')) : null;
      },
    },
    {
      name: 'decade',
      needs: ['decade'],
      pattern: rx(`\\b(?:the\\s+)?(?:(${a.decadePart})[-\\s]+)?(1[89]\\d0|20\\d0)'?s\\b`),
      extract: (m) => {
        const d = num(m[2]);
        const p = m[1] ? v.decadeParts[key(m[1])] : undefined;
        if (m[1] && !p) return null;
        if (!p) return abs({ start: `${d}-01-01`, end: `${d + 9}-12-31`, precision: 'decade' });
        return abs({ start: `${d + p.from}-01-01`, end: `${d + p.to}-12-31`, precision: 'period' });
      },
    },
    {
      name: 'year',
      needs: ['year'],
      pattern: rx(YEAR),
      extract: (m) => (yearIsNotADate(m, v) ? null : abs(yearInterval(num(m[1])))),
    },
    {
      name: 'month-day',
      needs: ['day', 'month'],
      pattern: rx(`${M}\\s+${DAY}\\b(?!\\s*,?\\s*\\d)|\\b${DAY}\\s+(?:of\\s+)?${M}(?!\\s*,?\\s*\\d)`),
      extract: (m) => {
        const mo = month(v, m[1] ?? m[4]);
        const d = num(m[2] ?? m[3]);
        if (!validDay(2000, mo, d)) return null;
        return { kind: 'month', month: mo, fromDay: d, toDay: d, precision: 'day' };
      },
    },
    {
      name: 'month',
      needs: ['bareMonth'],
      pattern: rx(
        `\\b(?:in|on|during|since|until|till|by|from|of|last|next|this|that|(${a.monthPart}))(?:\\s+of)?[-\\s]+(?:the\\s+month\\s+of\\s+)?(${monthNames(v).join('|')})\\b(?!\\.?\\s*\\d)`,
      ),
      extract: (m) => {
        const mo = month(v, m[2]);
        if (!mo) return null;
        const p = m[1] ? v.monthParts[key(m[1])] : undefined;
        const text = m[0];
        const lead = text.slice(0, text.search(/[-\s]/)).toLowerCase();
        const deictic = DEICTIC.get(lead);
        const found: Found = p
          ? { kind: 'month', month: mo, fromDay: p.from, toDay: p.to, precision: 'period' }
          : { kind: 'month', month: mo, fromDay: 1, toDay: 31, precision: 'month', ...(deictic !== undefined ? { deictic } : {}) };
        // The mention is the month (with its part), not the preposition before it.
        const at = p ? 0 : text.toLowerCase().lastIndexOf((m[2] ?? '').toLowerCase());
        return { found, start: m.index + at, end: m.index + text.length };
      },
    },
    {
      // "the following June", "the previous March": the year from the narrative's date, stepping past it.
      name: 'month-step',
      needs: ['step', 'month'],
      pattern: rx(`\\bthe\\s+(${STEP_WORDS.join('|')})\\s+(${monthNames(v).join('|')})\\b(?!\\.?\\s*\\d)`),
      extract: (m) => {
        const mo = month(v, m[2]);
        const step = /^(?:previous|preceding)$/i.test(m[1] ?? '') ? -1 : 1;
        return mo ? { kind: 'month', month: mo, fromDay: 1, toDay: 31, precision: 'month', step } : null;
      },
    },
    {
      // "in the summer", "that winter": a season whose year comes from the context.
      name: 'season-only',
      needs: ['season'],
      pattern: rx(`\\b(?:in|during|that|by|until|since|over|through)\\s+(?:the\\s+)?(${a.season})\\b(?!\\s+(?:of\\s+)?\\d)`),
      extract: (m) => {
        const s = v.seasons[key(m[1] ?? '')];
        if (!s) return null;
        const text = m[0];
        const at = /^(?:in|during|by|until|since|over|through)\s+/i.exec(text)?.[0].length ?? 0;
        return {
          found: { kind: 'month', month: s.from, toMonth: s.to, fromDay: 1, toDay: 31, precision: 'season' },
          start: m.index + at,
          end: m.index + text.length,
        };
      },
    },
    {
      // "at the end of that year", "in the first half of the year": a part of the narrative's year.
      name: 'year-part-narrative',
      needs: ['unit', 'yearPart'],
      pattern: rx(`\\b(?:the\\s+)?(${a.yearPart})\\s+of\\s+(?:the\\s+same|the|that|this)\\s+year\\b`),
      extract: (m) => {
        const p = v.yearParts[key(m[1] ?? '')];
        return p ? { kind: 'month', month: p.from, toMonth: p.to, fromDay: 1, toDay: 31, precision: p.precision ?? 'period' } : null;
      },
    },
    {
      name: 'narrative-relative',
      needs: ['relative', 'unit'],
      pattern: rx(`\\b(${a.narrativeRelative})\\b`),
      extract: (m) => {
        const s = v.narrativeRelative[key(m[1] ?? '')];
        return s && !isDuration(m, s.shift) ? { kind: 'narrative', unit: s.unit, shift: s.shift } : null;
      },
    },
    {
      name: 'narrative-open',
      needs: ['then'],
      pattern: rx(`\\b(${a.narrativeOpen})\\b`),
      extract: (m) => {
        const o = v.narrativeOpen[key(m[1] ?? '')];
        return o ? { kind: 'narrative-open', keep: o.keep } : null;
      },
    },
    {
      // "Before the visit Putin accused …", "since that meeting": the narrative's date (the visit's)
      // opened on one side. Not "two days after the visit" (count-relative) nor "after the year 2000".
      name: 'event-open',
      needs: ['eventNoun', 'opener'],
      pattern: rx(`\\b(${a.opener})\\s+(?:the|this|that|these|those|his|her|their|its)\\s+(?:[a-z]+\\s+)?(?:${alternation(eventNouns(v))})\\b`),
      extract: (m) => {
        const o = v.openers[key(m[1] ?? '')];
        // "after the Brussels Agreement" names a thing of its own, with a date of its own.
        if (!o || /[A-Z]/.test(m[0].slice((m[1] ?? '').length)) || afterUnit.test(m.input.slice(Math.max(0, m.index - 16), m.index))) return null;
        return { kind: 'narrative-open', keep: o.keep };
      },
    },
    {
      name: 'published-relative',
      needs: ['relative', 'unit'],
      pattern: rx(`\\b(${a.publishedRelative})\\b`),
      extract: (m) => {
        const s = v.publishedRelative[key(m[1] ?? '')];
        return s && !isDuration(m, s.shift) ? { kind: 'published', unit: s.unit, shift: s.shift } : null;
      },
    },
    {
      name: 'count-relative',
      needs: ['unit', 'later'],
      pattern: rx(
        `\\b(?:(more\\s+than|over|almost|nearly|some|about|just|only|roughly|less\\s+than)\\s+)?(${a.number}|\\d{1,2})\\s+(${a.unit})s?\\s+(${a.later}|${a.earlier})\\b`,
      ),
      extract: (m) => {
        const n = v.numbers[key(m[2] ?? '')] ?? num(m[2]);
        const unit = v.units[key(m[3] ?? '')];
        const word = key(m[4] ?? '');
        if (!Number.isFinite(n) || unit === undefined) return null;
        const sign = v.later.includes(word) ? 1 : -1;
        const anchor = word === 'ago' ? 'ago' : word === 'after' || word === 'before' ? 'after' : 'narrative';
        const open = /^(more|over)/i.test(m[1] ?? '');
        return { kind: 'count', months: sign * n * (unit.months ?? 0), days: sign * n * (unit.days ?? 0), anchor, open };
      },
    },
  ];
}

/** A find with its rule's place in the list, which breaks ties. */
type RankedCandidate = Candidate & { order: number };

/**
 * Every rule's finds in each sentence of a document, overlaps settled per sentence: the longest
 * wins, then the earlier rule. `gates[i]` are sentence i's gates, null where it can hold no date.
 * One rule at a time over all the sentences, not one sentence at a time over all the rules: a
 * rule's compiled pattern is large, and stays in the processor's caches while it runs.
 */
export function findCandidatesIn(texts: readonly string[], gates: readonly (SentenceGates | null)[], rules: DateRule[], v: Vocabulary): Candidate[][] {
  const finds: RankedCandidate[][] = [];
  for (let order = 0; order < rules.length; order++) {
    const rule = rules[order] as DateRule;
    for (let i = 0; i < texts.length; i++) {
      const text = texts[i] as string;
      if (!gates[i]?.all(rule.needs)) continue;
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(text); m; m = rule.pattern.exec(text)) {
        const r = rule.extract(m, v);
        if (!r) continue;
        const span = 'found' in r;
        const start = span ? r.start : m.index;
        let end = span ? r.end : m.index + m[0].length;
        // "on 20 March." ends the sentence: the full stop belongs to an abbreviation ("Sept."), not to "March".
        if (text.charCodeAt(end - 1) === 46 && !isAbbreviatedMonth(text.slice(0, end - 1), v)) end--;
        (finds[i] ??= []).push({ start, end, found: span ? r.found : r, rule: rule.name, order });
      }
    }
  }
  return texts.map((_, i) => settle(finds[i]));
}

/** A sentence's finds without overlaps, in text order. */
function settle(all: RankedCandidate[] | undefined): Candidate[] {
  if (!all) return [];
  // Most sentences have one find: nothing to settle, and a sort allocates even for one.
  if (all.length === 1) {
    const c = all[0] as RankedCandidate;
    return [{ start: c.start, end: c.end, rule: c.rule, found: c.found }];
  }
  all.sort(longestFirst);
  const kept: Candidate[] = [];
  for (const c of all) {
    if (overlapsAny(kept, c)) continue;
    kept.push({ start: c.start, end: c.end, rule: c.rule, found: c.found });
  }
  return kept.sort(inTextOrder);
}

const longestFirst = (x: RankedCandidate, y: RankedCandidate): number => y.end - y.start - (x.end - x.start) || x.order - y.order || x.start - y.start;
const inTextOrder = (x: Candidate, y: Candidate): number => x.start - y.start;

/** Does `c` overlap any of `kept`? (A function, not a closure in settle's loop, which would allocate per find.) */
function overlapsAny(kept: readonly Candidate[], c: Candidate): boolean {
  for (const k of kept) if (c.start < k.end && k.start < c.end) return true;
  return false;
}

/**
 * Every rule's finds in one text (see findCandidatesIn). `gates`: the text's gates, when the
 * caller has them already.
 */
export function findCandidates(text: string, rules: DateRule[], v: Vocabulary, gates = new SentenceGates(text, gateTests(v))): Candidate[] {
  return findCandidatesIn([text], [gates], rules, v)[0] ?? [];
}
