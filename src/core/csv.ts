/**
 * A value as text in a cell, and as a field of a CSV line (RFC 4180 quoting): one rule for the CLI's
 * tables and CSV, `dyad export --format csv` and a report's event appendix, so they write the same text.
 */

/** A value as a cell's text: empty for null, numbers to three decimals, objects as JSON. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1000) / 1000);
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** A value as a CSV field, quoted when it holds a quote, comma or line break. */
export function csvField(v: unknown): string {
  const s = cellText(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
