/**
 * Rows through DuckDB's appender, which fills a table's columns by position and cannot name them. So
 * each appended table has one list of its columns, each with how its cell is appended, in the table's
 * order (the order migrations give it: ./_migrations.ts); an appender opens only on a table whose
 * columns are that list's, so a table changed by hand fails clearly instead of taking cells in the
 * wrong columns. The run of `events` columns a document's event and an imported row both fill — who
 * (source and target: principal, actor, actor id), what (code, root, quad class, Goldstein) and when
 * (start, end, precision) — is one list both use.
 */
import type { DuckDBAppender } from '@duckdb/node-api';
import { DyadError } from '../../core/errors.js';
import type { DateInterval, DyadEvent } from '../../core/model.js';
import type { Db } from './_db.js';

/** One column of an appended row: its name and how its cell goes in. */
export type AppendedColumn<T> = readonly [column: string, append: (a: DuckDBAppender, row: T) => void];

/** What both kinds of event row carry in the shared columns. */
export type CodedEvent = Pick<DyadEvent, 'source' | 'target' | 'code' | 'root' | 'quadClass' | 'goldstein'> & { date: DateInterval | null };

/** Append a text cell, NULL for a missing value. */
function appendText(a: DuckDBAppender, v: string | null | undefined): void {
  if (v === null || v === undefined) a.appendNull();
  else a.appendVarchar(v);
}

/** Append a whole-number cell, NULL for a missing value. */
function appendInteger(a: DuckDBAppender, v: number | null | undefined): void {
  if (v === null || v === undefined) a.appendNull();
  else a.appendInteger(v);
}

/** A text column. */
export const text = <T>(column: string, value: (row: T) => string | null | undefined): AppendedColumn<T> => [column, (a, r) => appendText(a, value(r))];
/** An INTEGER column. */
export const integer = <T>(column: string, value: (row: T) => number | null | undefined): AppendedColumn<T> => [column, (a, r) => appendInteger(a, value(r))];
/** A DOUBLE column. */
export const double = <T>(column: string, value: (row: T) => number): AppendedColumn<T> => [column, (a, r) => a.appendDouble(value(r))];
/** A column always NULL for this kind of row. */
export const nothing = <T>(column: string): AppendedColumn<T> => [column, (a) => a.appendNull()];

/** Columns of a part of a row, for a row that holds that part. */
export const within = <P, T>(columns: readonly AppendedColumn<P>[], part: (row: T) => P): AppendedColumn<T>[] =>
  columns.map(([column, append]): AppendedColumn<T> => [column, (a, r) => append(a, part(r))]);

/** source_principal … date_precision, in the table's order. */
export const CODED_EVENT_COLUMNS: readonly AppendedColumn<CodedEvent>[] = [
  text('source_principal', (e) => e.source.principal),
  text('source_actor', (e) => e.source.actor),
  text('source_actor_id', (e) => e.source.actorId),
  text('target_principal', (e) => e.target.principal),
  text('target_actor', (e) => e.target.actor),
  text('target_actor_id', (e) => e.target.actorId),
  text('code', (e) => e.code),
  text('root', (e) => e.root),
  ['quad_class', (a, e) => a.appendTinyInt(e.quadClass)],
  double('goldstein', (e) => e.goldstein),
  // Dates go in as ISO text; DuckDB casts VARCHAR to DATE on append.
  text('date_start', (e) => e.date?.start),
  text('date_end', (e) => e.date?.end),
  text('date_precision', (e) => (e.date ? e.date.precision : null)),
];

/** Append one row, cell by cell in the list's order. */
export function appendRow<T>(a: DuckDBAppender, columns: readonly AppendedColumn<T>[], row: T): void {
  for (const [, append] of columns) append(a, row);
  a.endRow();
}

/**
 * The columns of a table as they stand, in order (a temporary table's catalog is `temp`): read from a
 * statement prepared and never run, which costs a fraction of a catalog query.
 */
export async function tableColumnNames(db: Db, table: string, catalog?: string): Promise<string[]> {
  const st = await db.connection.prepare(`SELECT * FROM ${catalog ? `"${catalog}".` : ''}main."${table}"`);
  try {
    return Array.from({ length: st.columnCount }, (_, i) => st.columnName(i));
  } finally {
    st.destroySync();
  }
}

/** An appender on a table whose columns are `columns`' in that order; any other table is a STORE error. */
export async function openAppender<T>(db: Db, table: string, columns: readonly AppendedColumn<T>[], catalog?: string): Promise<DuckDBAppender> {
  const expected = columns.map(([c]) => c);
  const found = await tableColumnNames(db, table, catalog);
  if (found.join(',') !== expected.join(',')) {
    throw new DyadError('STORE', `table ${table} has the columns (${found.join(', ')}), not the (${expected.join(', ')}) this Dyad writes in that order`, {
      place: { file: db.path },
      hint: 'The table was changed outside Dyad. Rebuild it with the columns in that order (CREATE TABLE … AS SELECT them in order), or ingest into a new --db.',
    });
  }
  return db.connection.createAppender(table, 'main', catalog ?? null);
}
