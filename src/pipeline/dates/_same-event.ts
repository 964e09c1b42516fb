/**
 * The same event named again: "NATO's air strikes against Serbia" in a sentence without a date,
 * where another sentence of the document dates "the NATO air-campaign during the Kosovo conflict
 * in 1999". Nouns of one class of data/dates/vocabulary.yaml (`sameEvents`) name the same kind of
 * event; a document that dates that kind of event once, and only once, dates the other mentions.
 */
import type { DateInterval } from '../../core/model.js';
import type { DocumentContext, Sentence, Token } from '../types.js';
import { sameInterval } from './_calendar.js';
import type { Vocabulary } from './_vocabulary.js';

/** Event noun (lemma, or "modifier head" for two words) → its class. */
export type EventClasses = ReadonlyMap<string, number>;

const classCache = new WeakMap<Vocabulary, EventClasses>();

export function eventClasses(v: Vocabulary): EventClasses {
  let c = classCache.get(v);
  if (!c) {
    const m = new Map<string, number>();
    v.sameEvents.forEach((nouns, i) => {
      for (const n of nouns) m.set(n.toLowerCase(), i);
    });
    classCache.set(v, (c = m));
  }
  return c;
}

/** The class of the noun at token i ("air strikes", "air-campaign" by their two words, else "strikes" alone). */
export function classAt(tokens: readonly Token[], i: number, classes: EventClasses): number | undefined {
  const t = tokens[i];
  if (!t || (t.pos !== 'NOUN' && t.pos !== 'PROPN')) return undefined;
  // "air strikes", "air-campaign" (a hyphen is a token of its own).
  const before = tokens[i - 1]?.text === '-' ? tokens[i - 2] : tokens[i - 1];
  return (before ? classes.get(`${before.lemma} ${t.lemma}`) : undefined) ?? classes.get(t.lemma) ?? classes.get(t.lower);
}

const LINKS = new Set(['in', 'during', 'of', 'over', 'against', 'on', 'since']);

/** The token index at or after offset `pos`. */
function tokenAt(tokens: readonly Token[], pos: number): number {
  let i = 0;
  while (i < tokens.length && (tokens[i]?.end ?? 0) <= pos) i++;
  return i;
}

/**
 * The classes a mention dates: the nouns right after an attributive date ("the 1999 air campaign")
 * and the noun phrase chain before a date that follows a noun ("the NATO air-campaign during the
 * Kosovo conflict in 1999").
 */
function classesDated(s: Sentence, start: number, end: number, classes: EventClasses): number[] {
  const t = s.tokens;
  const out: number[] = [];
  const first = tokenAt(t, start);
  let last = first;
  while (last + 1 < t.length && (t[last + 1]?.start ?? Infinity) < end) last++;
  for (let i = last + 1; i < Math.min(t.length, last + 4); i++) {
    const c = classAt(t, i, classes);
    if (c !== undefined) out.push(c);
    if (t[i]?.pos !== 'NOUN' && t[i]?.pos !== 'PROPN' && t[i]?.pos !== 'ADJ') break;
  }
  let i = first - 1;
  if (!LINKS.has(t[i]?.lower ?? '')) return out;
  for (let steps = 0; i >= 0 && steps < 10; i--, steps++) {
    const tk = t[i] as Token;
    if (tk.pos === 'NOUN' || tk.pos === 'PROPN') {
      const c = classAt(t, i, classes);
      if (c !== undefined) out.push(c);
    } else if (tk.pos !== 'ADJ' && tk.pos !== 'DET' && !(tk.pos === 'ADP' && LINKS.has(tk.lower)) && tk.pos !== 'PUNCT') {
      break;
    }
    if (tk.pos === 'PUNCT' && tk.text !== '-') break;
  }
  return out;
}

/** Per class, the one interval the document gives events of that class, or null where it gives several. */
function datedClasses(ctx: DocumentContext, classes: EventClasses): Map<number, DateInterval | null> {
  const index = new Map<number, DateInterval | null>();
  for (const m of ctx.dates) {
    const s = ctx.sentences[m.sentence];
    if (!s || m.relative) continue;
    for (const c of classesDated(s, m.start, m.end, classes)) {
      const known = index.get(c);
      if (known === undefined) index.set(c, m.interval);
      else if (known && !sameInterval(known, m.interval)) index.set(c, null);
    }
  }
  return index;
}

/** The date the document gives elsewhere to the event named by a noun in [start, end), if one and only one. */
export function sameEventDate(ctx: DocumentContext, s: Sentence, start: number, end: number, classes: EventClasses): DateInterval | null {
  if (classes.size === 0 || ctx.dates.length === 0) return null;
  const t = s.tokens;
  for (let i = tokenAt(t, start); i < t.length && (t[i]?.start ?? Infinity) < Math.max(end, start + 1); i++) {
    const c = classAt(t, i, classes);
    if (c === undefined) continue;
    const d = (ctx.sameEventDates ??= datedClasses(ctx, classes)).get(c);
    if (d) return d;
  }
  return null;
}
