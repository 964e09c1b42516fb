/**
 * chrono-node for what the project's own rules leave: weekdays, "yesterday", "three weeks ago",
 * numeric day forms. chrono is slow and reads dates into words that are none ("may", "for a year",
 * "now"), so it runs only on sentences holding such a cue and only its finds with a day, a digit or
 * one of those cues are kept.
 */
import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node';
import type { DateInterval } from '../../core/model.js';
import { dayInterval, monthInterval, yearInterval } from './_calendar.js';
import type { Candidate } from './_rules.js';

const CUE = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|tonight|ago|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\b/i;

// chrono takes half a second to load: only a document with a published day and such a cue pays it
// (its CommonJS build, the same code as the ESM one, loads synchronously).
const require = createRequire(import.meta.url);
let loaded: typeof Chrono | undefined;
function chrono(): typeof Chrono {
  loaded ??= require('chrono-node') as typeof Chrono;
  return loaded;
}

/** Should chrono read this sentence? */
export function wantsChrono(text: string): boolean {
  return CUE.test(text);
}

/** chrono's finds as candidates, anchored on `reference` (UTC midnight of the published date). */
export function chronoCandidates(text: string, reference: Date): Candidate[] {
  const out: Candidate[] = [];
  for (const r of chrono().casual.parse(text, { instant: reference, timezone: 0 }, { forwardDate: false })) {
    if (!CUE.test(r.text) && !/\d/.test(r.text)) continue;
    const d = r.start.date();
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
