/**
 * Checks query parameters before any engine sees them, so a bad `--from` or `?root=` gets the same
 * clear BAD_ARGUMENT from every engine and every interface (CLI, API), naming the field. Part of the
 * store's public surface: the CLI checks its arguments with the same functions and limits.
 */
import { checkDay } from '../core/days.js';
import { DyadError } from '../core/errors.js';
import type { DyadSeriesQuery, EventFilter, MilestoneFilter, Period } from './store.js';

const PRINCIPAL = /^[A-Z][A-Z0-9_-]{1,15}$/;
export const PERIODS: readonly Period[] = ['month', 'quarter', 'year'];
export const MAX_LIMIT = 100_000;

/** The one day check (src/core/days.ts), here for the store's callers. */
export { checkDay };

function bad(field: string, message: string, hint: string): never {
  throw new DyadError('BAD_ARGUMENT', message, { place: { field }, hint });
}

/** A principal code: ISO alpha-3 (`SRB`) or an organisation (`NATO`), upper case. */
export function checkPrincipal(value: string, field: string): string {
  const v = value.trim().toUpperCase();
  if (!PRINCIPAL.test(v)) bad(field, `'${value}' is not a principal code`, 'Use an ISO alpha-3 code (SRB) or an organisation code (NATO).');
  return v;
}

export function checkPeriod(value: string, field = 'by'): Period {
  if (!(PERIODS as readonly string[]).includes(value)) bad(field, `unknown period '${value}'`, `Use one of: ${PERIODS.join(', ')}.`);
  return value as Period;
}

/** The filter with codes upper-cased and every value checked. */
export function checkEventFilter(f: EventFilter): EventFilter {
  const out: EventFilter = { ...f };
  if (f.dyad) out.dyad = [checkPrincipal(f.dyad[0], 'dyad'), checkPrincipal(f.dyad[1], 'dyad')];
  if (f.actor !== undefined) out.actor = checkPrincipal(f.actor, 'actor');
  if (f.from !== undefined) checkDay(f.from, 'from');
  if (f.to !== undefined) checkDay(f.to, 'to');
  if (f.from !== undefined && f.to !== undefined && f.from > f.to) bad('from', `from ${f.from} is after to ${f.to}`, 'Swap the two dates.');
  if (f.root !== undefined && !/^\d{2}$/.test(f.root)) bad('root', `'${f.root}' is not a CAMEO root`, 'Give two digits, 01 to 20.');
  if (f.quad !== undefined && ![1, 2, 3, 4].includes(f.quad)) bad('quad', `'${String(f.quad)}' is not a quad class`, 'Give 1, 2, 3 or 4.');
  if (f.limit !== undefined && (!Number.isInteger(f.limit) || f.limit < 1 || f.limit > MAX_LIMIT)) {
    bad('limit', `limit ${String(f.limit)} is out of range`, `Give a whole number from 1 to ${MAX_LIMIT}.`);
  }
  if (f.offset !== undefined && (!Number.isInteger(f.offset) || f.offset < 0)) bad('offset', `offset ${String(f.offset)} is out of range`, 'Give a whole number ≥ 0.');
  return out;
}

export function checkSeriesQuery(q: DyadSeriesQuery): DyadSeriesQuery {
  const out: DyadSeriesQuery = { ...q, a: checkPrincipal(q.a, 'a'), b: checkPrincipal(q.b, 'b'), by: checkPeriod(q.by) };
  if (q.from !== undefined) checkDay(q.from, 'from');
  if (q.to !== undefined) checkDay(q.to, 'to');
  return out;
}

export function checkMilestoneFilter(f: MilestoneFilter): MilestoneFilter {
  const out: MilestoneFilter = { ...f };
  if (f.actor !== undefined) out.actor = checkPrincipal(f.actor, 'actor');
  if (f.org !== undefined) out.org = checkPrincipal(f.org, 'org');
  if (f.at !== undefined) checkDay(f.at, 'at');
  return out;
}
