/**
 * Checks the schemas cannot say: that a period's start is not after its end, and splitting `A:B`.
 */
import { DyadError } from '../core/errors.js';

/** Throws `BAD_DATE` when `from` is after `to` (both ISO days, already format-checked). */
export function checkRange(from: string | undefined, to: string | undefined): void {
  if (from && to && from > to) {
    throw new DyadError('BAD_DATE', `'from' (${from}) is after 'to' (${to})`, {
      place: { field: 'querystring.from' },
      hint: 'Give the earlier day as from and the later as to.',
    });
  }
}

/** `SRB:NATO` → ['SRB', 'NATO'] (the schema has checked the shape). */
export function splitDyad(dyad: string, field = 'querystring.dyad'): [string, string] {
  const [a = '', b = ''] = dyad.split(':');
  if (a === b) {
    throw new DyadError('BAD_ARGUMENT', `a dyad needs two different principals, got '${dyad}'`, {
      place: { field },
    });
  }
  return [a, b];
}

/** Copy only the keys whose value is defined: filters must not carry `undefined` to a store. */
export function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
