/** Numbers as a report prints them. */

/** `0.85`, `−0.33` (a true minus sign), `+12` with `plus`. */
export function signed(x: number, digits = 2, plus = false): string {
  if (x < 0) return `−${Math.abs(x).toFixed(digits)}`;
  return `${plus && x > 0 ? '+' : ''}${x.toFixed(digits)}`;
}

/** A ratio as "4" or "1.5": whole from 10 up, else one decimal without a trailing ".0". */
export function ratio(x: number): string {
  if (x >= 10) return String(Math.round(x));
  return String(Math.round(x * 10) / 10);
}
