/** The nouns that name an event a sentence can refer back to ("before the visit"), from the vocabulary. */
import type { Vocabulary } from './_vocabulary.js';

/** The refer-back nouns that name an event ("visit", "summit"), not a stretch of time ("year", "period"). */
export function eventNouns(v: Vocabulary): string[] {
  const time = new Set([...Object.keys(v.units).flatMap((u) => [u, `${u}s`]), 'time', 'times', 'period', 'periods']);
  return v.referBackNouns.filter((n) => !time.has(n));
}
