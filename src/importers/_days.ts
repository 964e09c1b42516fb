/** Calendar helpers on ISO days (`YYYY-MM-DD`) shared by the row parsers; all UTC, never local time. */
import type { IsoDay } from '../core/model.js';

/** `20151120` → `2015-11-20`, or null when it is not a real calendar day. */
export function dayOfCompact(s: string): IsoDay | null {
  if (s.length !== 8) return null;
  return dayOf(Number(s.slice(0, 4)), Number(s.slice(4, 6)), Number(s.slice(6, 8)));
}

/** `2015-11-20` → itself, or null when it is not a real calendar day. */
export function dayOfIso(s: string): IsoDay | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** ACLED's `20 November 2015` (or ISO) → ISO day, or null. */
export function dayOfLong(s: string): IsoDay | null {
  const iso = dayOfIso(s.trim());
  if (iso) return iso;
  const m = /^(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})$/.exec(s.trim());
  if (!m) return null;
  const month = MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1;
  return month ? dayOf(Number(m[3]), month, Number(m[1])) : null;
}

function dayOf(y: number, m: number, d: number): IsoDay | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || y < 1 || m < 1 || m > 12 || d < 1) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The day before / after an ISO day. */
export function addDays(day: IsoDay, n: number): IsoDay {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
}
