/**
 * Test helper: a DocumentContext built from sentences written in a test, with their dates, so the
 * actors stage is tested without the normalise, segment and dates stages.
 */
import type { DateInterval } from '../../core/model.js';
import type { ActorMention, DocumentContext, Sentence } from '../types.js';

function interval(d: string): DateInterval {
  const [y, m, day] = d.split('-');
  if (day) return { start: d, end: d, precision: 'day' };
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return { start: `${y}-${m}-01`, end: `${y}-${m}-${String(last).padStart(2, '0')}`, precision: 'month' };
  }
  return { start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year' };
}

/** One sentence per entry: text, or [text, date] with date `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function contextOf(sentences: (string | [string, string])[], published: string | null = null): DocumentContext {
  const parts: Sentence[] = [];
  const dates: (DateInterval | null)[] = [];
  let text = '';
  sentences.forEach((s, index) => {
    const [t, d] = typeof s === 'string' ? [s, null] : s;
    if (text) text += ' ';
    parts.push({ index, start: text.length, end: text.length + t.length, text: t, tokens: [] });
    dates.push(d ? interval(d) : null);
    text += t;
  });
  return {
    original: text, text, offsets: { toOriginal: (o) => o },
    info: { id: 'test', published },
    published: published ? interval(published) : null,
    subject: null, sentences: parts, dates: [], sentenceDates: dates, datings: [], sameEventDates: null, actors: [], grammar: null, events: [], milestones: [], indicators: [], warnings: [],
  };
}

/** Mentions as `text→principal` (`@` marks a location), the easiest shape to assert on. */
export function brief(actors: readonly ActorMention[]): string[] {
  return actors.map((a) => `${a.text}${a.role === 'location' ? '@' : '→'}${a.principal ?? '?'}`);
}
