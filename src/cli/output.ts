/**
 * Prints rows the way every query command does: an aligned table for people, JSON, NDJSON or CSV
 * (RFC 4180 quoting) for scripts. One place, so `--format` means the same thing everywhere.
 */
import { DyadError } from '../core/errors.js';
import { renderCsv, renderTable, type Row } from '../core/table.js';

export const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
export type OutputFormat = (typeof FORMATS)[number];

/** `value` when it is one of `allowed` (the output formats, unless a command has its own); else BAD_ARGUMENT on --format. */
export function parseFormat<F extends string = OutputFormat>(value: string | undefined, allowed: readonly F[] = FORMATS as unknown as readonly F[]): F {
  const v = value ?? 'table';
  if (!(allowed as readonly string[]).includes(v)) {
    throw new DyadError('BAD_ARGUMENT', `unknown format '${v}'`, {
      place: { field: '--format' },
      hint: `Use one of: ${allowed.join(', ')}.`,
    });
  }
  return v as F;
}

export { renderCsv, renderTable, type Row } from '../core/table.js';

/** Write rows to stdout in the chosen format. */
export function printRows(rows: Row[], format: OutputFormat, columns?: string[]): void {
  switch (format) {
    case 'json':
      process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      return;
    case 'ndjson':
      for (const r of rows) process.stdout.write(`${JSON.stringify(r)}\n`);
      return;
    case 'csv':
      process.stdout.write(`${renderCsv(rows, columns)}\n`);
      return;
    case 'table':
      process.stdout.write(`${renderTable(rows, columns)}\n`);
  }
}

/**
 * Tell the reader (on stderr, so the rows on stdout stay clean for scripts) that a list stopped at
 * its limit, and how to see the rest.
 */
export function noteMore(what: string, shown: number, offset: number): void {
  process.stderr.write(
    `dyad: ${shown} ${what} shown (from ${offset + 1}); more exist: add --offset ${offset + shown} for the next ones, or a larger --limit or narrower filters.\n`,
  );
}
