/**
 * SQL literals for ClickHouse 18.16, which takes no bound parameters over HTTP (the server refuses
 * `param_*` settings). Every value that reaches a ClickHouse statement passes through one of these
 * checked renderers; nothing else is ever concatenated into SQL.
 */
import { DyadError } from '../../core/errors.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

function bad(what: string, value: unknown): never {
  throw new DyadError('BAD_ARGUMENT', `${what} cannot go into a ClickHouse statement: ${JSON.stringify(value)}`, {
    hint: 'This is a bug in the caller; values are checked before they reach the store.',
  });
}

/** A string literal: backslash and quote escaped, as ClickHouse reads them in single quotes. */
export function str(value: string): string {
  if (typeof value !== 'string') bad('a non-string', value);
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** A string literal, or NULL. */
export function strOrNull(value: string | null | undefined): string {
  return value === null || value === undefined ? 'NULL' : str(value);
}

/** A finite number literal. */
export function num(value: number): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) bad('a number that is not finite', value);
  return String(value);
}

/** A whole number literal. */
export function int(value: number): string {
  if (!Number.isSafeInteger(value)) bad('a number that is not whole', value);
  return String(value);
}

/** An ISO day (YYYY-MM-DD) as a string literal; days are stored as text so any year fits. */
export function day(value: string): string {
  if (typeof value !== 'string' || !ISO_DAY.test(value)) bad('a value that is not a YYYY-MM-DD day', value);
  return `'${value}'`;
}

/** A 0/1 literal. */
export function bool(value: boolean): string {
  return value ? '1' : '0';
}

/** A table, database or cluster name: letters, digits and underscores only, never quoted text. */
export function ident(value: string): string {
  if (!IDENT.test(value)) bad('a name that is not a plain identifier', value);
  return value;
}

/** A list of string literals for `IN (…)`. */
export function strList(values: readonly string[]): string {
  if (values.length === 0) return "('')";
  return `(${values.map(str).join(', ')})`;
}

/** One TabSeparated field: NULL as \N, text with tab, newline, carriage return and backslash escaped. */
export function tsvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return num(value);
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}
