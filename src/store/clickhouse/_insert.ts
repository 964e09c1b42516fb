/**
 * Rows into ClickHouse tables by column name: a row is a record keyed by its table's columns, turned
 * into TabSeparated cells in the order of the column list the insert names. Nothing depends on where a
 * column sits in the table, so one added by migration, by hand or in another order is filled right.
 */
import type { ClickHouseClient } from '@clickhouse/client';
import type { ChConn } from './_conn.js';
import { tableColumns } from './_schema.js';
import { tsvField } from './_sql.js';

/** A cell of a TabSeparated row. */
export type Cell = string | number | null | undefined;
/** One row: a cell for every column of its table. */
export type Row = Record<string, Cell>;

/** One row as a TabSeparated line, cells in the order of `columns`; a column the row lacks is a bug. */
export function tsvLine(columns: readonly string[], row: Row): string {
  return columns
    .map((c) => {
      if (!(c in row)) throw new Error(`a row written has no cell for column ${c}`);
      return tsvField(row[c]);
    })
    .join('\t');
}

/** Rows as TabSeparated text in the order of `columns`. */
const tsvRows = (columns: readonly string[], rows: readonly Row[]): string => rows.map((r) => `${tsvLine(columns, r)}\n`).join('');

/** Insert rows into a table of `TABLES` (or another, naming its columns), columns named. */
export async function insertRows(conn: ChConn, table: string, rows: readonly Row[], columns: readonly string[] = tableColumns(table), client?: ClickHouseClient): Promise<void> {
  await conn.insertTsv(table, columns, tsvRows(columns, rows), client);
}

/** The cells of a row read back (JSONEachRow: 64-bit numbers as text) for writing it again. */
export function rowOf(read: Record<string, unknown>, columns: readonly string[]): Row {
  const out: Row = {};
  for (const c of columns) {
    const v = read[c];
    out[c] = v === null || v === undefined ? null : typeof v === 'number' ? v : String(v);
  }
  return out;
}
