/**
 * Reads a number as written in English and European texts: "2,000", "2.000" (thousands, when three
 * digits follow the point), "2.5", "1 200"; a range in one token ("40-45"); a number in words ("seven").
 * Returns null for what is not a plain number.
 */

const GROUPED_COMMA = /^\d{1,3}(,\d{3})+(\.\d+)?$/;
const GROUPED_POINT = /^\d{1,3}(\.\d{3})+$/;
const GROUPED_POINT_DECIMAL_COMMA = /^\d{1,3}(\.\d{3})+,\d+$/;
const PLAIN = /^\d+([.,]\d+)?$/;

/** The value of a numeral token, or null. `2.000` is two thousand; `2.5` is two and a half. */
export function parseNumeral(text: string): number | null {
  const s = text.replace(/[\u00a0\u202f\u2009 ]/g, '');
  if (GROUPED_COMMA.test(s)) return Number(s.replace(/,/g, ''));
  if (GROUPED_POINT.test(s)) return Number(s.replace(/\./g, ''));
  if (GROUPED_POINT_DECIMAL_COMMA.test(s)) return Number(s.replace(/\./g, '').replace(',', '.'));
  if (PLAIN.test(s)) return Number(s.replace(',', '.'));
  return null;
}

const RANGE = /^(\d[\d.,]*)[-\u2013\u2014](\d[\d.,]*)$/;

/** A range written as one token, "40-45" or "40–45": its ends, or null. */
export function parseRange(text: string): { low: number; high: number } | null {
  const m = RANGE.exec(text);
  if (!m) return null;
  const low = parseNumeral(m[1] ?? '');
  const high = parseNumeral(m[2] ?? '');
  return low !== null && high !== null && low < high ? { low, high } : null;
}

/** The value of a number written as words, "seven" or "twenty-five", from the vocabulary's number words; or null. */
export function parseNumberWord(lower: string, words: ReadonlyMap<string, number>): number | null {
  const whole = words.get(lower);
  if (whole !== undefined) return whole;
  const [tens, ones, ...rest] = lower.split('-');
  const t = words.get(tens ?? '');
  const o = words.get(ones ?? '');
  // "twenty-five": tens then a unit below ten.
  return rest.length === 0 && t !== undefined && o !== undefined && t >= 20 && t % 10 === 0 && o < 10 ? t + o : null;
}
