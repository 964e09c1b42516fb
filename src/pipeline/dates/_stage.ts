/**
 * The dates stage: per sentence, a cheap test for anything date-like, then the project's rules (each
 * only where its gates, _gates.ts, are open), chrono-node for what they leave, resolution of
 * relative expressions against the narrative, and the sentence's own or inherited date.
 */
import type { DateInterval, DocumentKind } from '../../core/model.js';
import type { DateMention, Sentence, Stage } from '../types.js';
import { parts } from './_calendar.js';
import { chronoCandidates, wantsChrono } from './_chrono.js';
import { ANY_DATE_GATES, gateTests, SentenceGates } from './_gates.js';
import { cuesFor, dateSentence, toldOfTheDay, type SentenceDating } from './_narrative.js';
import { resolveSentence, type NarrativeState } from './_resolve.js';
import { buildRules, findCandidatesIn, type Candidate, type DateRule } from './_rules.js';
import { defaultVocabulary, type Vocabulary } from './_vocabulary.js';

export interface DatesOptions {
  /** Another vocabulary (see data/dates/vocabulary.yaml); the default is that file. */
  vocabulary?: Vocabulary;
  /** Let chrono-node read weekdays, "yesterday", "three weeks ago" (default true). */
  chrono?: boolean;
}

const rulesCache = new WeakMap<Vocabulary, DateRule[]>();

function rulesFor(v: Vocabulary): DateRule[] {
  let r = rulesCache.get(v);
  if (!r) rulesCache.set(v, (r = buildRules(v)));
  return r;
}

const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;
/** At most two words before a paragraph's date ("On 9 May 2011", "**9 May 2011.**"): it heads the paragraph. */
const LEADING = /^[^\p{L}\p{N}]*(?:[\p{L}\p{N}]+[^\p{L}\p{N}]+){0,2}$/u;

/** The dateline is looked for in the paragraphs that open among the first this many sentences. */
const DATELINE_WITHIN = 8;

/** A line that opens a table row or a list item ("| 1995 | …", "- March 1989: …"). */
const ENTRY_LINE = /^[ \t]*(?:\||[-*•·][ \t])/;

/** What sets a chronology entry's date off from its text: "October 2010: …", "2009 – …", "| 2014 | …". */
const ENTRY_MARK = /^\s*[:–—|]|^\s+-\s/;

/** "OSLO, Sept 1 —", "BELGRADE (Reuters) –": a place in capitals and a comma or agency, then a dash. */
const DATELINE_HEAD = /^[^\p{L}]*\p{Lu}[\p{Lu}\p{M} .'’-]{1,40}(?:,\s*|\s*\([^)]{1,40}\)\s*,?\s*)/u;
const DATELINE_TAIL = /^,?\s*(?:\([^)]{1,40}\)\s*)?[—–-]\s/;

/**
 * The dateline day of a wire story, from its first sentence: the day it names ("OSLO, Sept 1 —"),
 * or the published day when it names none ("OSLO (Reuters) —").
 */
function datelineOf(s: Sentence, first: SentenceDating, published: DateInterval | null): DateInterval | null {
  const head = DATELINE_HEAD.exec(s.text);
  if (!head) return null;
  const m = first.mentions[0];
  if (m && m.start - s.start === head[0].length) {
    return m.interval.precision === 'day' && DATELINE_TAIL.test(s.text.slice(m.end - s.start)) ? m.interval : null;
  }
  return /^[—–-]\s/.test(s.text.slice(head[0].length)) || /\)\s*[—–-]\s$/.test(head[0]) ? (published?.precision === 'day' ? published : null) : null;
}

/** Does text[from, to) hold a blank line? Read in place: the gap between two sentences is mostly one space. */
function hasBlankLine(text: string, from: number, to: number): boolean {
  // A blank line starts at a line break: none in the gap, none to find.
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return PARAGRAPH_BREAK.test(text.slice(k, to));
  return false;
}

/** The rules' candidates and chrono's finds that overlap none of them, in text order. */
function withChrono(cands: Candidate[], text: string, ref: Date): Candidate[] {
  const extra = chronoCandidates(text, ref).filter((c) => !cands.some((k) => c.start < k.end && k.start < c.end));
  return extra.length ? [...cands, ...extra].sort((a, b) => a.start - b.start) : cands;
}

/** Kinds of document whose undated acts told in the past happened on the narrative day. */
const REPORTS: ReadonlySet<DocumentKind | undefined> = new Set<DocumentKind | undefined>(['news', 'press-release']);

/**
 * The reference instant for chrono: UTC midnight of the published day. Only a day will do:
 * "yesterday" in a text published "2017-03" names no day.
 */
function reference(published: DateInterval | null): Date | null {
  const day = published?.precision === 'day' ? published.start : null;
  if (!day) return null;
  const { y, m, d } = parts(day);
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * The dates stage: fills `ctx.dates`, `ctx.sentenceDates` and `ctx.datings`.
 * @example
 * const stage = datesStage();
 * stage(ctx); // ctx.dates: [{ text: 'the summer of 2005', interval: { start: '2005-06-01', end: '2005-08-31', precision: 'season' }, … }]
 */
/**
 * The day the act of a dateline's sentence is told of ("OSLO, Sept 1 — Norway recalled its envoy on
 * Sunday"): its first main-clause date after the dateline. A sentence that carries on from it ("Oslo
 * also expelled …") tells of that day, not of the dateline's.
 */
function actDayAfterDateline(d: SentenceDating): DateInterval | null {
  for (let i = 1; i < d.mentions.length; i++) {
    const r = d.roles[i];
    if (r && !r.secondary && !r.retrospective) return d.mentions[i]?.interval ?? null;
  }
  return null;
}

export function datesStage(options: DatesOptions = {}): Stage {
  const v = options.vocabulary ?? defaultVocabulary();
  const rules = rulesFor(v);
  const tests = gateTests(v);
  const cues = cuesFor(v);
  const ofTheDay = new Set([...v.pastAuxiliaries, ...v.intentAuxiliaries]);
  const useChrono = options.chrono ?? true;
  return (ctx) => {
    const state: NarrativeState = { last: null, published: ctx.published, warnings: ctx.warnings };
    const ref = reference(ctx.published);
    const dates: DateMention[] = [];
    const sentenceDates: (DateInterval | null)[] = [];
    const dating: SentenceDating[] = [];
    let prevDate: DateInterval | null = null;
    // Did the current paragraph open with its day ("**9 May 2011.** …", "On 9 May 2011, …")?
    let paragraphDated = false;
    // A wire story's dateline day ("OSLO, Sept 1 — …"): the day of what the story reports.
    let dateline: DateInterval | null = null;
    let datelineSeen = false;
    // A report with no dateline (a press release, a news page) tells of its published day.
    const reportDay = REPORTS.has(ctx.info.kind) && ctx.published?.precision === 'day' ? ctx.published : null;
    // Null where a sentence can hold no date.
    const gates = ctx.sentences.map((s) => {
      const g = new SentenceGates(s.text, tests);
      return g.any(ANY_DATE_GATES) ? g : null;
    });
    const found = findCandidatesIn(ctx.sentences.map((s) => s.text), gates, rules, v);
    ctx.sentences.forEach((s, i) => {
      const prev = ctx.sentences[i - 1];
      const newParagraph = !prev || hasBlankLine(ctx.text, prev.end, s.start);
      // A table row or a list item that opens with its date heads the sentences after it, as a paragraph does.
      const newEntry = !newParagraph && ENTRY_LINE.test(s.text) && ctx.text.slice(prev.end, s.start).includes('\n');
      let mentions: DateMention[] = [];
      const g = gates[i];
      if (g) {
        let cands = found[i] ?? [];
        if (useChrono && ref && (g.has('chrono') || g.has('digit')) && wantsChrono(s.text)) cands = withChrono(cands, s.text, ref);
        if (cands.length) mentions = resolveSentence(s, cands, state, v);
      }
      const d: SentenceDating =
        mentions.length || prevDate
          ? dateSentence(s, mentions, prev, prevDate, cues, { published: ctx.published, inDatedParagraph: paragraphDated && !newParagraph })
          : { mentions, roles: [], own: null, refersBack: null, date: null };
      // The dateline opens the story's first paragraph, which may follow a page's furniture (a section
      // name, the headline, a byline) when the page was saved as text.
      if (!datelineSeen && newParagraph && i < DATELINE_WITHIN) {
        dateline = datelineOf(s, d, ctx.published);
        datelineSeen = dateline !== null;
        if (dateline && d.mentions[0]?.interval === dateline) d.dateline = true;
      }
      // In a report, an act told in the past with no date of its own happened on the narrative day, and
      // an intent it states was stated then; what is told in the present ("Switzerland is not a
      // member") is no act of that day.
      const narrativeDay = dateline ?? reportDay;
      const inDatedParagraph = paragraphDated && !newParagraph;
      // A statement speaks in the present of its own day ("The Union urges Minsk to …").
      if (narrativeDay && toldOfTheDay(s, ofTheDay, ctx.info.kind === 'press-release')) {
        if (!d.date) [d.date, d.refersBack] = [narrativeDay, 'dateline'];
        else d.narrativeDay = narrativeDay;
      }
      // A chronology entry or a dateline: a day at the head of the paragraph dates the sentences that follow in it.
      // A month or a year heads an entry only when set off as one ("October 2010: …", "2009 – …").
      let heading: DateInterval | null = null;
      if (newParagraph || newEntry) {
        const own = d.own;
        const heads = own !== null && LEADING.test(s.text.slice(0, own.start - s.start));
        const precision = own?.interval.precision;
        const headed = heads && (precision === 'day' || ((precision === 'month' || precision === 'year') && ENTRY_MARK.test(s.text.slice((own?.end ?? 0) - s.start))));
        // A row or an item with no date at its head stays under the date that heads its paragraph.
        if (newParagraph || headed) paragraphDated = headed;
        if (headed && own) heading = own.interval;
      }
      // The day the sentence is told on: its entry's (the head of this sentence or of its paragraph), else its report's.
      const toldOn = heading ?? (inDatedParagraph ? prevDate : narrativeDay);
      if (d.own && toldOn) d.toldOn = toldOn;
      if (d.date) state.last = d.date;
      for (const m of mentions) dates.push(m);
      sentenceDates.push(d.date);
      dating.push(d);
      prevDate = d.dateline ? (actDayAfterDateline(d) ?? d.date) : d.date;
    });
    ctx.dates = dates;
    ctx.sentenceDates = sentenceDates;
    ctx.datings = dating;
    ctx.sameEventDates = null;
  };
}
