/**
 * chrono-node for what the project's own rules leave: weekdays, "yesterday", "three weeks ago",
 * numeric day forms. chrono is slow and reads dates into words that are none ("may", "for a year",
 * "now"), so it runs only on sentences holding such a cue and only its finds with a day, a digit or
 * one of those cues are kept.
 */
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node/en';
import type { DateInterval } from '../../core/model.js';
import { dayInterval, monthInterval, yearInterval } from './_calendar.js';
import type { Candidate } from './_rules.js';

/** A weekday on its own ("on Friday"): chrono takes the nearest one, before or after. */
const BARE_WEEKDAY = /^(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** Words that put a clause in the future ("will meet on Friday"). */
const FUTURE = /\b(?:will|shall|would|next|coming|upcoming|plans?|planned|scheduled|due|expected|to\s+be)\b|['’]ll\b/i;

const CUE = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|ago|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\b/i;

// chrono takes half a second to load: only a document with a published day and such a cue pays it
// (its CommonJS build, the same code as the ESM one, loads synchronously), and only its English
// locale (`chrono-node`'s own `casual` is that locale's; the package's index loads fifteen more).
const require = createRequire(import.meta.url);
let loaded: typeof Chrono | undefined;
function chrono(): typeof Chrono {
  loaded ??= require('chrono-node/en') as typeof Chrono;
  return loaded;
}

/** Should chrono read this sentence? */
export function wantsChrono(text: string): boolean {
  return CUE.test(text);
}

/**
 * The day a bare weekday names: in a clause about the past (the usual report) the last such day on
 * or before the published day ("arrested two men on Friday" in a Wednesday's paper: five days
 * before), in a clause about the future the next one after it.
 */
function weekdayDay(text: string, at: number, weekday: number, reference: Date): Date {
  const before = text.slice(0, at);
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
  const today = reference.getUTCDay();
  const shift = FUTURE.test(clause) ? (weekday - today + 7) % 7 || 7 : -((today - weekday + 7) % 7);
  return new Date(reference.getTime() + shift * 86_400_000);
}

/** chrono's finds as candidates, anchored on `reference` (UTC midnight of the published date). */
export function chronoCandidates(text: string, reference: Date): Candidate[] {
  const out: Candidate[] = [];
  for (const r of chrono().casual.parse(text, { instant: reference, timezone: 0 }, { forwardDate: false })) {
    if (!CUE.test(r.text) && !/\d/.test(r.text)) continue;
    let d = r.start.date();
    if (r.start.isCertain('weekday') && !r.start.isCertain('day') && BARE_WEEKDAY.test(r.text)) d = weekdayDay(text, r.index, r.start.get('weekday') ?? 0, reference);
    const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    const weekday = r.start.isCertain('weekday');
    const interval: DateInterval =
      r.start.isCertain('day') || weekday || /\b(?:yesterday|today|tomorrow|tonight|ago)\b/i.test(r.text)
        ? dayInterval(y, m, day)
        : r.start.isCertain('month')
          ? monthInterval(y, m)
          : yearInterval(y);
    out.push({ start: r.index, end: r.index + r.text.length, rule: 'chrono', found: { kind: 'absolute', interval } });
  }
  return out;
}
