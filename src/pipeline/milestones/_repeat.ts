/**
 * A step taken more than once: a chronology can tell a second application, a second signature or a
 * membership restored again, each as its own dated entry. Those entries are distinct milestones;
 * an undated sentence that sums the steps up ("has applied three times") is none of them and
 * yields to any dated entry.
 */
import type { DateInterval } from '../../core/model.js';

/** How a kept step was told: in a chronology's entry, and with a date of its own sentence. */
export interface Telling {
  entry: boolean;
  dated: boolean;
  body: { date: DateInterval | null };
}

/** Do the two dates name days apart by more than their precision (1967 and 1992, not 1967 and May 1967)? */
function apart(a: DateInterval | null, b: DateInterval | null): boolean {
  if (!a?.start || !a.end || !b?.start || !b.end) return false;
  return a.end < b.start || b.end < a.start;
}

/** A chronology's entry that names its own date. */
function datedEntry(t: Telling): boolean {
  return t.entry && t.dated;
}

/** Are the two tellings of one (actor, organisation, instrument, status) two takings of the step? */
export function repeated(a: Telling, b: Telling): boolean {
  return datedEntry(a) && datedEntry(b) && apart(a.body.date, b.body.date);
}

/**
 * Which of two tellings of the same taking of a step to keep: a dated entry over a sentence with no
 * date of its own (whose date is only the document's or a neighbour's); else undecided (null).
 */
export function datedOver(next: Telling, prev: Telling): 'next' | 'prev' | null {
  if (datedEntry(next) && !prev.dated) return 'next';
  if (datedEntry(prev) && !next.dated) return 'prev';
  return null;
}
