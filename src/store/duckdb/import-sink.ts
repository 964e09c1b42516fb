/**
 * DuckDB's `ImportSink`: the importers' bulk path into the `events` and `quarantine` tables.
 *
 * Two ways in. Rows parsed in JS (`add`) go through DuckDB's appender into a temporary staging table.
 * A whole delimited file (`loadBulk`, GDELT) is read by DuckDB's own multi-threaded `read_csv` into a
 * staging table, mapped in SQL — actor segments and CAMEO values come from the same JS tables the row
 * parser uses — and the lines it finds bad are handed back so the importer quarantines them with the
 * row parser's own reasons. Either way `finish` moves staged rows into `events` in one statement that
 * skips keys already present (an anti-join on (dataset, dataset_row_id)) and keys repeated in the file,
 * so importing a file twice adds nothing, and records the batch's counts.
 */
import type { DuckDBAppender } from '@duckdb/node-api';
import { DyadError } from '../../core/errors.js';
import type { ImportBatchInfo, ImportedEvent, ImportSummary, QuarantinedRow } from '../import-sink.js';
import type { BulkCsvSink, BulkResult, BulkSpec } from '../bulk-sink.js';
import { performance } from 'node:perf_hooks';
import { appendRow, CODED_EVENT_COLUMNS, integer, openAppender, text, type AppendedColumn } from './_append.js';
import type { Db } from './_db.js';

/** Staged rows, the shape of `events` minus what imports leave empty. */
const STAGE_COLUMNS = `row_key VARCHAR, source_principal VARCHAR, source_actor VARCHAR, source_actor_id VARCHAR,
  target_principal VARCHAR, target_actor VARCHAR, target_actor_id VARCHAR, code VARCHAR, root VARCHAR,
  quad_class TINYINT, goldstein DOUBLE, date_start DATE, date_end DATE, date_precision VARCHAR, mentions INTEGER,
  source_url VARCHAR, line BIGINT`;

/** How an imported row fills the staging table. */
const STAGED_COLUMNS: readonly AppendedColumn<ImportedEvent>[] = [
  text('row_key', (r) => r.rowKey),
  ...CODED_EVENT_COLUMNS,
  integer('mentions', (r) => r.mentions),
  text('source_url', (r) => r.sourceUrl),
  ['line', (a, r) => a.appendBigInt(BigInt(r.line))],
];

/** `quarantine` as migration 1 made it. */
export const QUARANTINE_COLUMNS: readonly AppendedColumn<{ batchId: string; row: QuarantinedRow }>[] = [
  text('batch_id', (r) => r.batchId),
  text('file', (r) => r.row.file),
  ['line', (a, r) => a.appendBigInt(BigInt(r.row.line))],
  text('reason', (r) => r.row.reason),
  text('raw', (r) => r.row.raw),
];

/** DuckDB's memory ceiling while a file is read and mapped, so a large file spills to disk instead of growing. */
export const IMPORT_MEMORY_LIMIT = '500MB';

let sinkCounter = 0;

function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

export class DuckDbImportSink implements BulkCsvSink {
  private readonly stage: string;
  private appender: DuckDBAppender | null = null;
  private quarantineAppender: DuckDBAppender | null = null;
  private quarantined = 0;
  private staged = 0;
  private closed = false;
  private previousMemoryLimit: string | null = null;

  constructor(
    private readonly db: Db,
    private readonly info: ImportBatchInfo,
  ) {
    this.stage = `dyad_import_stage_${process.pid}_${++sinkCounter}`;
  }

  /** Create the staging table and the batch row; cap DuckDB's memory until the import ends. */
  async open(): Promise<void> {
    const prev = await this.db.one(`SELECT current_setting('memory_limit') AS m`);
    this.previousMemoryLimit = String(prev?.['m'] ?? '80%');
    await this.db.run(`SET memory_limit = '${IMPORT_MEMORY_LIMIT}'`);
    await this.db.run(`CREATE OR REPLACE TEMP TABLE ${this.stage} (${STAGE_COLUMNS})`);
    await this.db.run(`INSERT INTO import_batches (id, file, dataset, started_at) VALUES ($1, $2, $3, now())`, [
      this.info.batchId,
      this.info.file,
      this.info.dataset,
    ]);
  }

  async add(rows: ImportedEvent[]): Promise<void> {
    this.live();
    const a = (this.appender ??= await openAppender(this.db, this.stage, STAGED_COLUMNS, 'temp'));
    for (const r of rows) appendRow(a, STAGED_COLUMNS, r);
    this.staged += rows.length;
  }

  async quarantine(rows: QuarantinedRow[]): Promise<void> {
    this.live();
    if (rows.length === 0) return;
    const a = (this.quarantineAppender ??= await openAppender(this.db, 'quarantine', QUARANTINE_COLUMNS));
    for (const row of rows) appendRow(a, QUARANTINE_COLUMNS, { batchId: this.info.batchId, row });
    this.quarantined += rows.length;
  }

  /**
   * Load a whole delimited file with DuckDB's CSV reader, mapped in SQL. Lines that are not well-formed
   * rows are counted and kept for `badLines()`, for the caller to quarantine with the row parser's reasons.
   */
  async loadBulk(spec: BulkSpec): Promise<BulkResult> {
    this.live();
    this.flushAppenders();
    try {
      return await this.bulk(spec);
    } finally {
      await this.db.run(`DROP VIEW IF EXISTS temp.dyad_bulk_typed`).catch(() => undefined);
      for (const t of ['dyad_bulk_raw', 'dyad_bulk_offsets', 'dyad_bulk_map', 'dyad_bulk_cameo']) {
        await this.db.run(`DROP TABLE IF EXISTS temp.${t}`).catch(() => undefined);
      }
    }
  }

  private async bulk(spec: BulkSpec): Promise<BulkResult> {
    const phases: Record<string, number> = {};
    let mark = performance.now();
    const lap = (name: string) => {
      const now = performance.now();
      phases[name] = Math.round(now - mark);
      mark = now;
    };
    const F = spec.fields;
    const col = (i: number) => `c${i + 1}`;
    const columns = Array.from({ length: spec.columns }, (_, i) => `'${col(i)}': 'VARCHAR'`).join(', ');
    const pick: [string, number][] = [
      ['k', F.rowKey], ['d', F.date], ['sc', F.sourceCode], ['scc', F.sourceCountry], ['sg', F.sourceGroup],
      ['tc', F.targetCode], ['tcc', F.targetCountry], ['tg', F.targetGroup], ['code', F.code], ['q', F.quadClass],
      ['g', F.goldstein], ['m', F.mentions],
    ];
    if (F.sourceUrl !== null) pick.push(['url', F.sourceUrl]);
    // The last column a short row may still have: rows with nothing there were padded (too few columns).
    pick.push(['lastcol', spec.minColumns - 1]);
    const select = pick.map(([n, i]) => `${col(i)} AS ${n}`).join(', ');
    await this.db.run(`DROP TABLE IF EXISTS temp.dyad_bulk_rejects`);
    await this.db.run(`DROP TABLE IF EXISTS temp.dyad_bulk_rejects_scan`);
    // quote='' and escape='': GDELT fields are never quoted and may hold a lone '"'. nullstr is a byte
    // that never occurs, so empty fields stay '' and only padded (missing) columns are NULL.
    // DuckDB reports a running query's progress once its progress tracking is on; poll it for the bar.
    let poll: NodeJS.Timeout | undefined;
    if (spec.onProgress) {
      await this.db.run(`SET enable_progress_bar = true`);
      await this.db.run(`SET enable_progress_bar_print = false`);
      const report = spec.onProgress;
      poll = setInterval(() => {
        const p = this.db.connection.progress.percentage;
        if (p >= 0) report(Math.min(p / 100, 1));
      }, 250);
    }
    try {
      await this.db.run(
        `CREATE OR REPLACE TEMP TABLE dyad_bulk_raw AS SELECT ${select} FROM read_csv($1,
          delim = ${sqlString(spec.delimiter)}, header = false, quote = '', escape = '', auto_detect = false,
          columns = {${columns}}, nullstr = '\x01', null_padding = ${spec.minColumns < spec.columns},
          strict_mode = true, store_rejects = true, rejects_table = 'dyad_bulk_rejects',
          rejects_scan = 'dyad_bulk_rejects_scan',
          compression = ${spec.compression === 'gzip' ? `'gzip'` : `'none'`})`,
        [spec.file],
      );
    } catch (cause) {
      const msg = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
      throw new DyadError('IMPORT_FORMAT', `DuckDB cannot read the file: ${msg}`, { place: { file: spec.file }, cause });
    } finally {
      if (poll) clearInterval(poll);
    }
    lap('read_csv');
    // Rows the reader rejected shift the line numbers of those after them: an ASOF join adds them back.
    await this.db.run(`CREATE OR REPLACE TEMP TABLE dyad_bulk_offsets AS
      SELECT line - j AS start_idx, max(j) AS add FROM (
        SELECT line, row_number() OVER (ORDER BY line) AS j FROM (SELECT DISTINCT line FROM temp.dyad_bulk_rejects))
      GROUP BY 1`);
    await this.loadActorMap(spec);
    await this.loadCameo(spec);
    lap('tables');
    // The usual file has no rejected line: then a row's line is its position, and no ASOF join is needed.
    const shifted = Number((await this.db.one(`SELECT count(*) AS n FROM temp.dyad_bulk_offsets`))?.['n'] ?? 0) > 0;
    await this.db.run(`CREATE OR REPLACE TEMP VIEW dyad_bulk_typed AS
      SELECT r.*, r.rowid + 1 ${shifted ? '+ coalesce(o.add, 0)' : ''} AS line,
        CASE WHEN length(r.d) = 8 THEN try_strptime(r.d, '%Y%m%d')::DATE END AS day,
        c.quad AS cq, c.goldstein AS cg
      FROM temp.dyad_bulk_raw r
      ${shifted ? 'ASOF LEFT JOIN temp.dyad_bulk_offsets o ON r.rowid >= o.start_idx' : ''}
      LEFT JOIN temp.dyad_bulk_cameo c ON c.code = r.code`);
    lap('typed');
    const ok = `lastcol IS NOT NULL AND regexp_full_match(k, '\\d+') AND day IS NOT NULL AND cq IS NOT NULL
      AND (q = '' OR try_cast(q AS DOUBLE) IN (1, 2, 3, 4))
      AND (g = '' OR isfinite(try_cast(g AS DOUBLE)))
      AND (m = '' OR try_cast(m AS DOUBLE) = floor(try_cast(m AS DOUBLE)))`;
    const map = (alias: string, code: string, country: string, group: string) => `LEFT JOIN temp.dyad_bulk_map ${alias}
      ON ${alias}.code = t.${code} AND ${alias}.country = t.${country} AND ${alias}.grp = t.${group}
      AND t.day BETWEEN ${alias}.dfrom AND ${alias}.dto`;
    await this.db.run(`INSERT INTO ${this.stage}
      SELECT t.k, coalesce(s.principal, ''), t.sc, NULL, coalesce(tg.principal, ''), t.tc, NULL, t.code, left(t.code, 2),
        CASE WHEN t.q = '' THEN t.cq ELSE CAST(t.q AS DOUBLE) END,
        CASE WHEN t.g = '' THEN t.cg ELSE CAST(t.g AS DOUBLE) END,
        t.day, t.day, 'day', CASE WHEN t.m = '' THEN 1 ELSE CAST(t.m AS DOUBLE) END,
        ${F.sourceUrl !== null ? `nullif(t.url, '')` : 'NULL'}, t.line
      FROM temp.dyad_bulk_typed t ${map('s', 'sc', 'scc', 'sg')} ${map('tg', 'tc', 'tcc', 'tg')}
      WHERE ${ok}`);
    lap('map');
    const counted = await this.db.one(`SELECT count(*) AS n FROM ${this.stage}`);
    this.staged = Number(counted?.['n'] ?? 0);
    await this.db.run(`CREATE OR REPLACE TEMP TABLE dyad_bulk_bad AS SELECT line FROM temp.dyad_bulk_rejects
      UNION SELECT line FROM temp.dyad_bulk_typed WHERE NOT coalesce(${ok}, false)`);
    const bad = await this.db.one(`SELECT count(*) AS n FROM temp.dyad_bulk_bad`);
    const typed = await this.db.one(`SELECT count(*) AS n FROM temp.dyad_bulk_raw`);
    const rejected = await this.db.one(`SELECT count(DISTINCT line) AS n FROM temp.dyad_bulk_rejects`);
    return {
      rows: Number(typed?.['n'] ?? 0) + Number(rejected?.['n'] ?? 0),
      badLines: Number(bad?.['n'] ?? 0),
      phases,
    };
  }

  async *badLines(): AsyncGenerator<number[]> {
    let after = 0;
    for (;;) {
      const page = await this.db.all(`SELECT line FROM temp.dyad_bulk_bad WHERE line > $1 ORDER BY line LIMIT 50000`, [after]);
      if (page.length === 0) return;
      const lines = page.map((r) => Number(r['line']));
      after = lines[lines.length - 1] ?? after;
      yield lines;
    }
  }

  private async loadActorMap(spec: BulkSpec): Promise<void> {
    await this.db.run(`CREATE OR REPLACE TEMP TABLE dyad_bulk_map (code VARCHAR, country VARCHAR, grp VARCHAR,
      principal VARCHAR, dfrom DATE, dto DATE)`);
    const tuples = await this.db.all(`SELECT DISTINCT sc AS a, scc AS b, sg AS c FROM temp.dyad_bulk_raw
      UNION SELECT DISTINCT tc, tcc, tg FROM temp.dyad_bulk_raw`);
    const a = await this.db.connection.createAppender('dyad_bulk_map', 'main', 'temp');
    for (const t of tuples) {
      const [code, country, group] = [t['a'], t['b'], t['c']].map((v) => (v === null ? '' : String(v))) as [string, string, string];
      for (const s of spec.actorSegments(code, country, group)) {
        a.appendVarchar(code);
        a.appendVarchar(country);
        a.appendVarchar(group);
        a.appendVarchar(s.principal);
        a.appendVarchar(s.from ?? '0001-01-01');
        a.appendVarchar(s.to ?? '9999-12-31');
        a.endRow();
      }
    }
    a.closeSync();
  }

  private async loadCameo(spec: BulkSpec): Promise<void> {
    await this.db.run(`CREATE OR REPLACE TEMP TABLE dyad_bulk_cameo (code VARCHAR, quad TINYINT, goldstein DOUBLE)`);
    const a = await this.db.connection.createAppender('dyad_bulk_cameo', 'main', 'temp');
    for (const c of spec.cameo) {
      a.appendVarchar(c.code);
      a.appendTinyInt(c.quadClass);
      a.appendDouble(c.goldstein);
      a.endRow();
    }
    a.closeSync();
  }

  async finish(): Promise<ImportSummary> {
    this.live();
    this.flushAppenders();
    const ds = this.info.dataset;
    // The cap set for reading and mapping stays on for the insert: `events` has no unique index since
    // migration 2 (keys are kept unique by the anti-join below), so the insert's sort spills to disk.
    const summary = await this.db.transaction(async () => {
      const before = await this.db.one(`SELECT count(*) AS n FROM events WHERE dataset = $1`, [ds]);
      // A key twice in one file keeps its first line; checked first, since it is rare and the
      // window costs a sort.
      const repeats = await this.db.one(`SELECT count(*) - count(DISTINCT row_key) AS n FROM ${this.stage}`);
      const source = Number(repeats?.['n'] ?? 0) > 0
        ? `(SELECT * FROM ${this.stage} QUALIFY row_number() OVER (PARTITION BY row_key ORDER BY line) = 1)`
        : this.stage;
      // Keys already stored are skipped by an anti-join; rows go in (source, target, date, id) order, the
      // store's clustering order (the id's prefix is fixed), so the dyad series' zone maps skip row groups.
      await this.db.run(
        `INSERT INTO events (id, dataset, dataset_row_id, source_principal, source_actor, source_actor_id,
          target_principal, target_actor, target_actor_id, code, root, quad_class, goldstein, date_start, date_end,
          date_precision, mentions, source_url, batch_id)
         SELECT $1 || ':' || s.row_key, $1, s.row_key, s.source_principal, s.source_actor, s.source_actor_id,
          s.target_principal, s.target_actor, s.target_actor_id, s.code, s.root, s.quad_class, s.goldstein, s.date_start,
          s.date_end, s.date_precision, s.mentions, s.source_url, $2
         FROM ${source} s
         WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.dataset = $1 AND e.dataset_row_id = s.row_key)
         ORDER BY s.source_principal, s.target_principal, s.date_start, s.row_key`,
        [ds, this.info.batchId],
      );
      const after = await this.db.one(`SELECT count(*) AS n FROM events WHERE dataset = $1`, [ds]);
      const inserted = Number(after?.['n'] ?? 0) - Number(before?.['n'] ?? 0);
      const out: ImportSummary = { inserted, duplicates: this.staged - inserted, quarantined: this.quarantined };
      // A bad row of a file imported again is already quarantined: keep the first telling only, so the
      // quarantine holds each (file, line, text) once however often the file is imported.
      await this.db.run(
        `DELETE FROM quarantine WHERE batch_id = $1 AND EXISTS (SELECT 1 FROM quarantine o WHERE o.batch_id <> $1
           AND o.file = quarantine.file AND o.line = quarantine.line AND o.raw IS NOT DISTINCT FROM quarantine.raw)`,
        [this.info.batchId],
      );
      await this.db.run(
        `UPDATE import_batches SET finished_at = now(), inserted = $2, duplicates = $3, quarantined = $4 WHERE id = $1`,
        [this.info.batchId, out.inserted, out.duplicates, out.quarantined],
      );
      return out;
    });
    await this.drop();
    return summary;
  }

  async abort(): Promise<void> {
    if (this.closed) return;
    this.flushAppenders();
    await this.db.run(`DELETE FROM quarantine WHERE batch_id = $1`, [this.info.batchId]).catch(() => undefined);
    await this.db.run(`DELETE FROM import_batches WHERE id = $1`, [this.info.batchId]).catch(() => undefined);
    await this.drop();
  }

  private flushAppenders(): void {
    this.appender?.closeSync();
    this.appender = null;
    this.quarantineAppender?.closeSync();
    this.quarantineAppender = null;
  }

  private async restoreMemoryLimit(): Promise<void> {
    if (this.previousMemoryLimit === null) return;
    const previous = this.previousMemoryLimit;
    this.previousMemoryLimit = null;
    await this.db.run(`SET memory_limit = ${sqlString(previous)}`).catch(() => undefined);
  }

  private async drop(): Promise<void> {
    this.closed = true;
    await this.restoreMemoryLimit();
    await this.db.run(`DROP TABLE IF EXISTS temp.${this.stage}`).catch(() => undefined);
    await this.db.run(`DROP TABLE IF EXISTS temp.dyad_bulk_bad`).catch(() => undefined);
  }

  private live(): void {
    if (this.closed) throw new DyadError('STORE', 'this import has already finished', { place: { file: this.info.file } });
  }
}

/** The factory `DuckDbStore.beginImport` calls. */
export async function createDuckDbImportSink(db: Db, info: ImportBatchInfo): Promise<DuckDbImportSink> {
  const sink = new DuckDbImportSink(db, info);
  await sink.open();
  return sink;
}
