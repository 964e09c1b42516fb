/**
 * The run of `events` columns that a document's event and an imported row both fill, appended in the
 * table's order through DuckDB's appender: who (source and target: principal, actor, actor id), what
 * (code, root, quad class, Goldstein) and when (start, end, precision). The document path
 * (./_put.ts) and the import staging table (./import-sink.ts) put their own columns around it.
 */
import type { DuckDBAppender } from '@duckdb/node-api';
import type { ActorRef, DateInterval, DyadEvent } from '../../core/model.js';

/** What both kinds of event row carry in the shared columns. */
export type CodedEvent = Pick<DyadEvent, 'source' | 'target' | 'code' | 'root' | 'quadClass' | 'goldstein'> & { date: DateInterval | null };

/** Append a text cell, NULL for a missing value. */
export function appendText(a: DuckDBAppender, v: string | null | undefined): void {
  if (v === null || v === undefined) a.appendNull();
  else a.appendVarchar(v);
}

function appendSide(a: DuckDBAppender, side: ActorRef): void {
  appendText(a, side.principal);
  appendText(a, side.actor);
  appendText(a, side.actorId);
}

/** Append source_principal … date_precision: in the table's order. */
export function appendCodedEvent(a: DuckDBAppender, e: CodedEvent): void {
  appendSide(a, e.source);
  appendSide(a, e.target);
  appendText(a, e.code);
  appendText(a, e.root);
  a.appendTinyInt(e.quadClass);
  a.appendDouble(e.goldstein);
  // Dates go in as ISO text; DuckDB casts VARCHAR to DATE on append.
  appendText(a, e.date?.start);
  appendText(a, e.date?.end);
  appendText(a, e.date ? e.date.precision : null);
}
