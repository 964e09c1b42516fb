/**
 * The DuckDB engine of the `Store`: one database file, embedded. Migrations run when it is opened for
 * writing; every query is a prepared statement with bound values. A dyad's series reads each direction
 * with equality filters on (source_principal, target_principal), which DuckDB's zone maps answer by
 * skipping row groups when events are loaded in that order (see bench/query).
 */
import { availableParallelism } from 'node:os';
import { documentKindOf, type DocumentInfo } from '../../core/model.js';
import { DyadError, isDyadError } from '../../core/errors.js';
import { buildSeries, seriesAggregateOf } from '../_series.js';
import { checkEventFilter, checkMilestoneFilter, checkSeriesQuery } from '../filters.js';
import type { ImportBatchInfo, ImportSink } from '../import-sink.js';
import type {
  DocumentExtraction,
  DyadSeriesQuery,
  DyadSeriesRow,
  EventFilter,
  EvidenceRecord,
  MilestoneFilter,
  Period,
  PutResult,
  RemovedDocument,
  Store,
  StoreStats,
  StoredDocument,
  StoredEvent,
  StoredIndicator,
  StoredMilestone,
} from '../store.js';
import { Db, type Conn, type SqlParam, type SqlRow } from './_db.js';
import { migrate } from './_migrate.js';
import { putDocumentRows } from './_put.js';
import { removeDocumentRows } from './_remove.js';
import { NO_EVIDENCE, eventOf, evidenceOf, indicatorOf, milestoneOf } from '../_rows.js';
import { EVENT_COLUMNS, EVENT_SOURCE_COLUMNS, INDICATOR_COLUMNS, MILESTONE_COLUMNS } from './_rows.js';

/** What `./import-sink.ts` (the importers' bulk path) exports. */
export interface ImportSinkModule {
  createDuckDbImportSink(db: Db, info: ImportBatchInfo): Promise<ImportSink>;
  /** DuckDB's memory ceiling while an import runs, re-clustering included. */
  IMPORT_MEMORY_LIMIT: string;
}

/** Imports smaller than this never trigger a re-clustering. */
export const CLUSTER_MIN_ROWS = 50_000;

/**
 * Rewrite `events` in (source_principal, target_principal, date_start) order, keeping its exact DDL
 * (constraints and indexes) by re-running the statement DuckDB recorded for it. The caller holds the
 * transaction, so a crash leaves the old table.
 */
async function clusterEvents(db: Db): Promise<void> {
  const ddl = await db.one(`SELECT sql FROM duckdb_tables() WHERE schema_name = 'main' AND table_name = 'events'`);
  if (!ddl || typeof ddl['sql'] !== 'string') throw new DyadError('STORE', 'the events table is missing', { place: { file: db.path } });
  await db.run('ALTER TABLE events RENAME TO events_unclustered');
  await db.run(ddl['sql']);
  await db.run('INSERT INTO events SELECT * FROM events_unclustered ORDER BY source_principal, target_principal, date_start, id');
  await db.run('DROP TABLE events_unclustered');
}

/** Options for opening a DuckDB store. */
export interface DuckDbStoreOptions {
  /** Open for queries only: no migrations, no writes, other readers allowed. */
  readOnly?: boolean;
  /**
   * Tuned for many small queries at once (`dyad serve`): each query runs on one thread, side by side on
   * the read pool, instead of each spreading over every core (which, under 50 concurrent requests on two
   * cores, gave a third fewer answers per second); an import still gets every core while it runs.
   */
  serving?: boolean;
}

/**
 * A period as two integers, the year and its quarter or month (0 for a year): fixed SQL, never user text.
 * Grouping by numbers costs a third of grouping by formatted labels; `periodLabel` writes the label.
 */
const PERIOD_PART_SQL: Record<Period, string> = {
  year: '0',
  quarter: 'quarter(date_start)',
  month: 'month(date_start)',
};

/** The label DuckDB's strftime would give: `2015`, `2015-Q3`, `2015-07` (years zero-padded to four digits). */
function periodLabel(by: Period, year: number, part: number): string {
  const y = year < 0 ? String(year) : String(year).padStart(4, '0');
  if (by === 'year') return y;
  return by === 'quarter' ? `${y}-Q${part}` : `${y}-${String(part).padStart(2, '0')}`;
}

/** Builds `WHERE` clauses with numbered parameters. */
class Where {
  readonly clauses: string[] = [];
  readonly params: SqlParam[] = [];
  /** Add a parameter and return its placeholder. */
  p(v: SqlParam): string {
    this.params.push(v);
    return `$${this.params.length}`;
  }
  add(clause: string): void {
    this.clauses.push(clause);
  }
  sql(): string {
    return this.clauses.length ? `WHERE ${this.clauses.join(' AND ')}` : '';
  }
}

/** Whether the document is stored, asked on `on` (the writing connection inside a write, else a reader). */
async function hasDocumentOn(on: Pick<Conn, 'one'>, id: string): Promise<boolean> {
  return (await on.one('SELECT 1 AS x FROM documents WHERE id = $1', [id])) !== undefined;
}

function documentInfoOf(r: SqlRow): DocumentInfo {
  const info: DocumentInfo = { id: String(r['id']), published: r['published'] === null ? null : String(r['published']) };
  if (r['path'] !== null) info.path = String(r['path']);
  if (r['title'] !== null) info.title = String(r['title']);
  if (r['language'] !== null) info.language = String(r['language']);
  const kind = documentKindOf(r['kind']);
  if (kind) info.kind = kind;
  return info;
}

/** The DuckDB `Store`. Open it with `openDuckDbStore`. */
export class DuckDbStore implements Store {
  readonly engine = 'duckdb';

  constructor(
    /** The connection, for engine-specific parts (the importers' bulk sink). */
    readonly db: Db,
    readonly readOnly: boolean,
    /** Opened for serving (one thread per query, see `DuckDbStoreOptions.serving`). */
    readonly serving = false,
  ) {}

  private writable(): void {
    if (this.readOnly) {
      throw new DyadError('STORE', 'the database is open read-only', {
        place: { file: this.db.path },
        hint: 'Open it without read-only to write.',
      });
    }
  }

  async putDocument(doc: StoredDocument, extraction: DocumentExtraction): Promise<PutResult> {
    this.writable();
    return this.db.exclusive(async () => {
      if (await hasDocumentOn(this.db, doc.id)) return { status: 'duplicate', documentId: doc.id };
      try {
        const counts = await this.db.transaction(() => putDocumentRows(this.db, doc, extraction));
        return { status: 'stored', documentId: doc.id, ...counts };
      } catch (cause) {
        if (isDyadError(cause)) throw cause;
        const msg = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
        throw new DyadError('STORE', `the document was not stored (nothing of it was kept): ${msg}`, {
          place: { file: doc.path ?? this.db.path },
          hint: 'This is a bug or a damaged database; run again with DYAD_DEBUG=1 and report what it prints.',
          cause,
        });
      }
    });
  }

  async removeDocument(id: string): Promise<RemovedDocument | null> {
    this.writable();
    return this.db.exclusive(() => this.db.transaction(() => removeDocumentRows(this.db, id)));
  }

  hasDocument(id: string): Promise<boolean> {
    return this.db.read((c) => hasDocumentOn(c, id));
  }

  getDocument(id: string): Promise<StoredDocument | null> {
    return this.db.read(async (c) => {
      const r = await c.one(
        `SELECT id, path, title, published, language, kind, text, strftime(ingested_at, '%Y-%m-%dT%H:%M:%SZ') AS ingested_at
           FROM documents WHERE id = $1`,
        [id],
      );
      return r ? { ...documentInfoOf(r), text: String(r['text']), ingestedAt: String(r['ingested_at']) } : null;
    });
  }

  async listDocuments(limit = 1000, offset = 0): Promise<DocumentInfo[]> {
    checkEventFilter({ limit, offset });
    return this.db.read(async (c) =>
      (
        await c.all(
          `SELECT id, path, title, published, language, kind FROM documents ORDER BY published NULLS LAST, path, id LIMIT $1 OFFSET $2`,
          [limit, offset],
        )
      ).map(documentInfoOf),
    );
  }

  async events(filter: EventFilter): Promise<StoredEvent[]> {
    const f = checkEventFilter(filter);
    const w = new Where();
    // A dyad or an actor is read as directed sides, each an equality on (source, target) that DuckDB's
    // zone maps answer by skipping row groups (events are clustered in that order); one OR over both
    // directions would read the whole table.
    const sides: string[] = [];
    if (f.dyad) {
      const [a, b] = [w.p(f.dyad[0]), w.p(f.dyad[1])];
      sides.push(`source_principal = ${a} AND target_principal = ${b}`);
      if (f.dyad[0] !== f.dyad[1]) sides.push(`source_principal = ${b} AND target_principal = ${a}`);
    }
    if (f.actor) {
      const x = w.p(f.actor);
      if (sides.length) w.add(`(source_principal = ${x} OR target_principal = ${x})`);
      else sides.push(`source_principal = ${x}`, `target_principal = ${x} AND source_principal <> ${x}`);
    }
    // An interval overlaps [from, to] when it ends on or after `from` and starts on or before `to`.
    if (f.from) w.add(`COALESCE(date_end, date_start) >= CAST(${w.p(f.from)} AS DATE)`);
    if (f.to) w.add(`COALESCE(date_start, date_end) <= CAST(${w.p(f.to)} AS DATE)`);
    if (f.root) w.add(`root = ${w.p(f.root)}`);
    if (f.quad) w.add(`quad_class = ${w.p(f.quad)}`);
    if (f.dataset) w.add(`dataset = ${w.p(f.dataset)}`);
    if (f.documentId) w.add(`id IN (SELECT event_id FROM event_mentions WHERE document_id = ${w.p(f.documentId)})`);
    const limit = w.p(f.limit ?? 1000);
    const offset = w.p(f.offset ?? 0);
    const rest = w.clauses;
    const from = sides.length
      ? `(${sides.map((side) => `SELECT ${EVENT_SOURCE_COLUMNS} FROM events WHERE ${[side, ...rest].join(' AND ')}`).join(' UNION ALL ')}) events`
      : `events ${w.sql()}`;
    return this.db.read(async (c) =>
      (
        await c.all(
          `SELECT ${EVENT_COLUMNS} FROM ${from}
            ORDER BY events.date_start NULLS LAST, events.date_end NULLS LAST, id LIMIT ${limit} OFFSET ${offset}`,
          w.params,
        )
      ).map(eventOf),
    );
  }

  async dyadSeries(query: DyadSeriesQuery): Promise<DyadSeriesRow[]> {
    const q = checkSeriesQuery(query);
    const w = new Where();
    const a = w.p(q.a);
    const b = w.p(q.b);
    const extra: string[] = ['date_start IS NOT NULL'];
    if (q.from) extra.push(`date_start >= CAST(${w.p(q.from)} AS DATE)`);
    if (q.to) extra.push(`date_start <= CAST(${w.p(q.to)} AS DATE)`);
    if (q.dataset) extra.push(`dataset = ${w.p(q.dataset)}`);
    // Finer than a year, an event counts only in a period that holds its whole interval (see DyadSeriesRow).
    if (q.by !== 'year') extra.push(`date_trunc('${q.by}', date_start) = date_trunc('${q.by}', date_end)`);
    const cond = extra.join(' AND ');
    const part = PERIOD_PART_SQL[q.by];
    const side = (dir: string, s: string, t: string) =>
      `SELECT '${dir}' AS direction, year(date_start) AS y, ${part} AS p, mentions, quad_class, goldstein
         FROM events WHERE source_principal = ${s} AND target_principal = ${t} AND ${cond}`;
    // A domestic dyad (a = b) has one direction; reading it twice would count each event twice.
    const parts = q.a === q.b ? [side('a->b', a, b)] : [side('a->b', a, b), side('b->a', b, a)];
    const sql = `SELECT y, p, direction, count(*) AS events, sum(mentions) AS mentions,
        count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2,
        count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4,
        sum(goldstein) AS goldstein_sum
      FROM (${parts.join(' UNION ALL ')}) GROUP BY y, p, direction`;
    return this.db.read(async (c) => {
      const rows = await c.all(sql, w.params);
      return buildSeries(rows.map((r) => seriesAggregateOf(r, periodLabel(q.by, Number(r['y']), Number(r['p'])))));
    });
  }

  async milestones(filter: MilestoneFilter): Promise<StoredMilestone[]> {
    const f = checkMilestoneFilter(filter);
    const w = new Where();
    if (f.actor) w.add(`actor = ${w.p(f.actor)}`);
    if (f.org) w.add(`org = ${w.p(f.org)}`);
    if (f.at) w.add(`(date_start IS NULL OR date_start <= CAST(${w.p(f.at)} AS DATE))`);
    return this.db.read(async (c) =>
      (
        await c.all(
          `SELECT ${MILESTONE_COLUMNS} FROM milestones ${w.sql()} ORDER BY milestones.date_start NULLS LAST, org, instrument, status, id`,
          w.params,
        )
      ).map(milestoneOf),
    );
  }

  async indicators(subject?: string): Promise<StoredIndicator[]> {
    const w = new Where();
    if (subject !== undefined) w.add(`subject = ${w.p(subject.trim().toUpperCase())}`);
    return this.db.read(async (c) =>
      (
        await c.all(
          `SELECT ${INDICATOR_COLUMNS} FROM indicators ${w.sql()} ORDER BY subject, indicators.date_start NULLS LAST, metric, id`,
          w.params,
        )
      ).map(indicatorOf),
    );
  }

  evidence(eventId: string): Promise<EvidenceRecord | null> {
    return this.db.read(async (c) => {
      const r = await c.one(`SELECT ${EVENT_COLUMNS} FROM events WHERE id = $1`, [eventId]);
      if (!r) return null;
      const mentions = await c.all(
        `SELECT m.event_id, m.document_id, m.evidence_start, m.evidence_end, m.evidence_text, m.evidence_page, m.rule,
                d.id, d.path, d.title, d.published, d.language, d.kind
           FROM event_mentions m JOIN documents d ON d.id = m.document_id
          WHERE m.event_id = $1 ORDER BY d.published NULLS LAST, d.path, m.evidence_start`,
        [eventId],
      );
      return {
        event: eventOf(r),
        mentions: mentions.map((m) => ({
          eventId,
          documentId: String(m['document_id']),
          evidence: evidenceOf(m) ?? NO_EVIDENCE,
          rule: m['rule'] === null ? '' : String(m['rule']),
          document: documentInfoOf(m),
        })),
      };
    });
  }

  principals(): Promise<{ principal: string; events: number }[]> {
    return this.db.read(async (c) =>
      (
        await c.all(
          `SELECT principal, count(*) AS events FROM (
             SELECT source_principal AS principal FROM events
             UNION ALL SELECT target_principal FROM events WHERE target_principal <> source_principal)
           GROUP BY principal ORDER BY events DESC, principal`,
        )
      ).map((r) => ({ principal: String(r['principal']), events: Number(r['events']) })),
    );
  }

  stats(): Promise<StoreStats> {
    return this.db.read(async (c) => {
      const r = await c.one(
        `SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM events) AS events,
                (SELECT COALESCE(sum(mentions), 0) FROM events) AS mentions,
                (SELECT count(*) FROM milestones) AS milestones, (SELECT count(*) FROM indicators) AS indicators,
                (SELECT count(*) FROM quarantine) AS quarantined`,
      );
      return {
        documents: Number(r?.['documents'] ?? 0),
        events: Number(r?.['events'] ?? 0),
        mentions: Number(r?.['mentions'] ?? 0),
        milestones: Number(r?.['milestones'] ?? 0),
        indicators: Number(r?.['indicators'] ?? 0),
        quarantined: Number(r?.['quarantined'] ?? 0),
      };
    });
  }

  async optimize(): Promise<void> {
    this.writable();
    await this.db.exclusive(() => this.cluster(null));
  }

  /**
   * Re-cluster `events`, under `memoryLimit` when given (the sort then spills to disk instead of growing).
   * The caller holds the writing connection.
   */
  private async cluster(memoryLimit: string | null): Promise<void> {
    const prev = memoryLimit === null ? undefined : await this.db.one(`SELECT current_setting('memory_limit') AS m`);
    if (memoryLimit !== null) await this.db.run(`SET memory_limit = '${memoryLimit.replace(/'/g, "''")}'`);
    try {
      await this.db.transaction(() => clusterEvents(this.db));
      await this.db.run('CHECKPOINT');
    } finally {
      if (prev) await this.db.run(`SET memory_limit = '${String(prev['m']).replace(/'/g, "''")}'`);
    }
  }

  async beginImport(info: ImportBatchInfo): Promise<ImportSink> {
    this.writable();
    // The bulk path is the importers' (./import-sink.ts), loaded only when importing so that
    // queries never pay for it.
    const mod: ImportSinkModule = await import('./import-sink.js');
    // The import holds the writing connection from its first row to its commit, so a document stored
    // meanwhile (by the API, or a command sent through `dyad serve`) waits instead of landing inside it.
    const held = await this.db.hold();
    // A store opened for serving runs each query on one thread; the import gets every core meanwhile.
    if (this.serving) await this.db.run(`SET threads = ${availableParallelism()}`);
    const release = () => {
      if (this.serving) void this.db.run('SET threads = 1').catch(() => undefined).finally(held);
      else held();
    };
    let sink: ImportSink;
    let before: number;
    try {
      sink = await mod.createDuckDbImportSink(this.db, info);
      before = Number((await this.db.one('SELECT count(*) AS n FROM events'))?.['n'] ?? 0);
    } catch (err) {
      release();
      throw err;
    }
    // Imports arrive in file order, which scatters each dyad over every row group; re-cluster when a
    // batch has grown the table by a quarter or more, so the cost stays proportional to what came in.
    // Into an empty table the sink's insert is already in clustering order, so nothing is rewritten.
    // The rewrite runs under the import's memory ceiling, as the rest of the import does.
    // The sink object itself is kept (its bulk CSV path is found by its own methods); only finish and
    // abort are wrapped.
    const finish = sink.finish.bind(sink);
    const abort = sink.abort.bind(sink);
    sink.finish = async () => {
      try {
        const summary = await finish();
        if (before > 0 && summary.inserted >= CLUSTER_MIN_ROWS && summary.inserted * 4 >= before) await this.cluster(mod.IMPORT_MEMORY_LIMIT);
        return summary;
      } catch (err) {
        await abort().catch(() => undefined);
        throw err;
      } finally {
        release();
      }
    };
    sink.abort = async () => {
      try {
        await abort();
      } finally {
        release();
      }
    };
    return sink;
  }

  /**
   * A number that changes whenever anything is written through this store, so an answer computed at one
   * value may be served again while it holds. Only this process can write while it holds the file.
   */
  generation(): number {
    return this.db.generation;
  }

  close(): Promise<void> {
    return this.db.exclusive(async () => this.db.close());
  }
}

/**
 * Open (creating if needed) the DuckDB store at `path`, migrating it to the current schema.
 * @example const store = await openDuckDbStore('./dyad.duckdb');
 */
export async function openDuckDbStore(path: string, options: DuckDbStoreOptions = {}): Promise<DuckDbStore> {
  const db = await Db.open(path, { readOnly: options.readOnly ?? false, ...(options.serving ? { threads: 1 } : {}) });
  try {
    await migrate(db, options.readOnly ?? false);
  } catch (err) {
    db.close();
    throw err;
  }
  return new DuckDbStore(db, options.readOnly ?? false, options.serving ?? false);
}
