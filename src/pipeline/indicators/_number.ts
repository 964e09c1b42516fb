/**
 * Reads a number as written in English and European texts: "2,000", "2.000" (thousands, when three
 * digits follow the point), "2.5", "1 200". Returns null for what is not a plain number.
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
