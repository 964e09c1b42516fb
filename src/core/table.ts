/**
 * Rows as text: an aligned table for people and CSV for scripts, each cell written by the rule of
 * ./csv.ts. The CLI prints with them and the evaluation report lays out its scores with them.
 */
import { cellText, csvField } from './csv.js';

/** A row of named cells. */
export type Row = Record<string, unknown>;

/** Render rows as an aligned text table, long cells cut to `maxWidth`. */
export function renderTable(rows: Row[], columns?: string[], maxWidth = 80): string {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  if (rows.length === 0) return '(none)';
  const cut = (s: string) => (s.length > maxWidth ? `${s.slice(0, maxWidth - 1)}…` : s);
  const body = rows.map((r) => cols.map((c) => cut(cellText(r[c]).replace(/\s+/g, ' '))));
  const widths = cols.map((c, i) => Math.max(c.length, ...body.map((b) => (b[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((s, i) => s.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [line(cols), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

/** Rows as CSV (RFC 4180 quoting), a line of column names first. */
export function renderCsv(rows: Row[], columns?: string[]): string {
  const cols = columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return [cols.join(','), ...rows.map((r) => cols.map((c) => csvField(r[c])).join(','))].join('\n');
}
