/**
 * The ClickHouse engine of the `Store`, over HTTP with @clickhouse/client, for ClickHouse 18.16 and
 * later. One server, or a cluster: local tables on every shard and Distributed tables over them on the
 * node that is queried. Values reach SQL only through the checked literal renderers of `_sql.ts`
 * (18.16 takes no bound parameters). Tables are ReplacingMergeTrees read with FINAL (see _schema.ts).
 */
import { documentKindOf, type DocumentInfo } from '../../core/model.js';
import { wholeExtraction } from '../_pieces.js';
import { DyadError } from '../../core/errors.js';
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
import { ChConn, type ChRow, type QueryMeta } from './_conn.js';
import { ensureSchema } from './_migrate.js';
import { putDocumentRows } from './_put.js';
import { removeDocumentRows } from './_remove.js';
import { EVENT_COLUMNS, INDICATOR_COLUMNS, MILESTONE_COLUMNS, chEventOf, chEvidenceOf, chIndicatorOf, chMilestoneOf } from './_rows.js';
import { day, int, str } from './_sql.js';
import { createClickHouseImportSink } from './import-sink.js';

/**
 * The sorting key and version of `events`. 18.16 fails a FINAL read through a Distributed table that
 * sorts or limits without them ("Cannot find column … in source stream"), so every such read selects them.
 */
const FINAL_KEYS = 'source_principal, target_principal, date_start, id, version';

/** Where a period's label comes from; fixed SQL over the ISO day text, never user text. */
/** The period label of a date column (`date_start` or `date_end`); OrZero, since ClickHouse reads an empty date of a row the WHERE drops. */
const periodSql = (by: Period, column: string): string => ({
  year: `substring(${column}, 1, 4)`,
  quarter: `concat(substring(${column}, 1, 4), '-Q', toString(intDiv(toUInt8OrZero(substring(${column}, 6, 2)) - 1, 3) + 1))`,
  month: `substring(${column}, 1, 7)`,
})[by];

const ifSet = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function documentInfoOf(r: ChRow): DocumentInfo {
  const info: DocumentInfo = { id: String(r['id']), published: ifSet(r['published']) };
  const path = ifSet(r['path']);
  const title = ifSet(r['title']);
  const language = ifSet(r['language']);
  if (path !== null) info.path = path;
  if (title !== null) info.title = title;
  if (language !== null) info.language = language;
  const kind = documentKindOf(r['kind']);
  if (kind) info.kind = kind;
  return info;
}

/** A result that came from some shards only carries this mark; see `isPartial`. */
const PARTIAL = Symbol.for('dyad.partial');

/** Whether a result (array of rows, record) of a ClickHouse store came from only some of its shards. */
export function isPartial(result: unknown): boolean {
  return typeof result === 'object' && result !== null && (result as Record<symbol, unknown>)[PARTIAL] === true;
}

/** Options of the ClickHouse store beyond its URL. */
export interface ClickHouseStoreOptions {
  /** Queries only: no tables are created, writes are refused. */
  readOnly?: boolean;
  /** Accept answers from the shards that are up (also `partial=1` in the URL). */
  allowPartial?: boolean;
}

/** The ClickHouse `Store`. Open it with `openClickHouseStore`. */
export class ClickHouseStore implements Store {
  readonly engine = 'clickhouse';
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    /** The connection, for engine-specific parts (the import sink, the benchmark). */
    readonly conn: ChConn,
    readonly readOnly: boolean,
  ) {}

  /** What the last query met: whether shards were missing from its answer, and which. */
  get lastQuery(): QueryMeta {
    return this.conn.meta;
  }

  /** One writer at a time per store: a document's matching must see the one written before it. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Mark `result` partial when the query that made it was. */
  private mark<T extends object>(result: T): T {
    if (this.conn.meta.partial) Object.defineProperty(result, PARTIAL, { value: true, enumerable: false });
    return result;
  }

  private writable(): void {
    if (this.readOnly) {
      throw new DyadError('STORE', 'the database is open read-only', { place: { file: this.conn.where }, hint: 'Open it without read-only to write.' });
    }
  }

  async putDocument(doc: StoredDocument, extraction: DocumentExtraction): Promise<PutResult> {
    this.writable();
    return this.exclusive(async () => {
      if (await this.hasDocument(doc.id)) return { status: 'duplicate', documentId: doc.id };
      try {
        // ClickHouse writes a document in a few batched inserts, the `documents` row last, so its pieces are
        // gathered first: memory follows the document here (DuckDB's writer takes one piece at a time).
        const counts = await putDocumentRows(this.conn, doc, await wholeExtraction(extraction));
        return { status: 'stored', documentId: doc.id, ...counts };
      } catch (cause) {
        const msg = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
        throw new DyadError(cause instanceof DyadError && cause.code === 'STORE_SHARD_DOWN' ? 'STORE_SHARD_DOWN' : 'STORE', `the document was not stored: ${msg}`, {
          place: { file: doc.path ?? this.conn.where },
          hint: 'Nothing marks it stored: ingest it again once the store answers, and the rows already written are reused, not doubled.',
          cause,
        });
      }
    });
  }

  async removeDocument(id: string): Promise<RemovedDocument | null> {
    this.writable();
    return this.exclusive(() => removeDocumentRows(this.conn, id));
  }

  async hasDocument(id: string): Promise<boolean> {
    return Number((await this.conn.one(`SELECT count() AS n FROM documents WHERE id = ${str(id)}`))?.['n'] ?? 0) > 0;
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const r = await this.conn.one(
      `SELECT id, path, title, published, language, kind, text, toString(ingested_at) AS ingested_at FROM documents FINAL WHERE id = ${str(id)}`,
    );
    return r ? { ...documentInfoOf(r), text: String(r['text']), ingestedAt: `${String(r['ingested_at']).replace(' ', 'T')}Z` } : null;
  }

  async listDocuments(limit = 1000, offset = 0): Promise<DocumentInfo[]> {
    checkEventFilter({ limit, offset });
    const rows = await this.conn.all(
      `SELECT id, path, title, published, language, kind FROM documents FINAL ORDER BY published, path, id LIMIT ${int(limit)} OFFSET ${int(offset)}`,
    );
    return this.mark(rows.map(documentInfoOf));
  }

  async events(filter: EventFilter): Promise<StoredEvent[]> {
    const f = checkEventFilter(filter);
    const w: string[] = [];
    if (f.dyad) {
      const [a, b] = [str(f.dyad[0]), str(f.dyad[1])];
      w.push(`((source_principal = ${a} AND target_principal = ${b}) OR (source_principal = ${b} AND target_principal = ${a}))`);
    }
    if (f.actor) w.push(`(source_principal = ${str(f.actor)} OR target_principal = ${str(f.actor)})`);
    // Overlap with [from, to] as DuckDB reads it: a missing day is NULL there, so it never passes a bound.
    if (f.from) w.push(`(if(date_end != '', date_end, date_start) >= ${day(f.from)})`);
    if (f.to) w.push(`(if(date_start != '', date_start, date_end) != '' AND if(date_start != '', date_start, date_end) <= ${day(f.to)})`);
    if (f.root) w.push(`root = ${str(f.root)}`);
    if (f.quad) w.push(`quad_class = ${int(f.quad)}`);
    if (f.dataset) w.push(`dataset = ${str(f.dataset)}`);
    if (f.documentId) w.push(`id GLOBAL IN (SELECT event_id FROM event_mentions WHERE document_id = ${str(f.documentId)})`);
    const rows = await this.conn.all(
      `SELECT ${EVENT_COLUMNS}, version FROM events FINAL ${w.length ? `WHERE ${w.join(' AND ')}` : ''}
        ORDER BY date_start = '', date_start, date_end = '', date_end, id LIMIT ${int(f.limit ?? 1000)} OFFSET ${int(f.offset ?? 0)}`,
    );
    return this.mark(rows.map(chEventOf));
  }

  async dyadSeries(query: DyadSeriesQuery): Promise<DyadSeriesRow[]> {
    const q = checkSeriesQuery(query);
    const cond = [`date_start != ''`];
    if (q.from) cond.push(`date_start >= ${day(q.from)}`);
    if (q.to) cond.push(`date_start <= ${day(q.to)}`);
    if (q.dataset) cond.push(`dataset = ${str(q.dataset)}`);
    const period = periodSql(q.by, 'date_start');
    // Finer than a year, an event counts only in a period that holds its whole interval (see DyadSeriesRow).
    if (q.by !== 'year') cond.push(`date_end != '' AND ${period} = ${periodSql(q.by, 'date_end')}`);
    const side = (dir: string, s: string, t: string) =>
      `SELECT '${dir}' AS direction, ${period} AS period, mentions, quad_class, goldstein, ${FINAL_KEYS}
         FROM events FINAL WHERE source_principal = ${str(s)} AND target_principal = ${str(t)} AND ${cond.join(' AND ')}`;
    // A domestic dyad (a = b) has one direction; reading it twice would count each event twice.
    const parts = q.a === q.b ? [side('a->b', q.a, q.b)] : [side('a->b', q.a, q.b), side('b->a', q.b, q.a)];
    const rows = await this.conn.all(
      `SELECT period, direction, count() AS events, sum(mentions) AS mentions, countIf(quad_class = 1) AS q1,
          countIf(quad_class = 2) AS q2, countIf(quad_class = 3) AS q3, countIf(quad_class = 4) AS q4,
          sum(goldstein) AS goldstein_sum
        FROM (${parts.join(' UNION ALL ')}) GROUP BY period, direction`,
    );
    return this.mark(buildSeries(rows.map((r) => seriesAggregateOf(r, String(r['period'])))));
  }

  async milestones(filter: MilestoneFilter): Promise<StoredMilestone[]> {
    const f = checkMilestoneFilter(filter);
    const w: string[] = [];
    if (f.actor) w.push(`actor = ${str(f.actor)}`);
    if (f.org) w.push(`org = ${str(f.org)}`);
    if (f.at) w.push(`(date_start = '' OR date_start <= ${day(f.at)})`);
    const rows = await this.conn.all(
      `SELECT ${MILESTONE_COLUMNS}, version FROM milestones FINAL ${w.length ? `WHERE ${w.join(' AND ')}` : ''}
        ORDER BY date_start = '', date_start, org, instrument, status, id`,
    );
    return this.mark(rows.map(chMilestoneOf));
  }

  async indicators(subject?: string): Promise<StoredIndicator[]> {
    const where = subject !== undefined ? `WHERE subject = ${str(subject.trim().toUpperCase())}` : '';
    const rows = await this.conn.all(
      `SELECT ${INDICATOR_COLUMNS} FROM indicators FINAL ${where} ORDER BY subject, date_start = '', date_start, metric, id`,
    );
    return this.mark(rows.map(chIndicatorOf));
  }

  async evidence(eventId: string): Promise<EvidenceRecord | null> {
    const r = await this.conn.one(`SELECT ${EVENT_COLUMNS}, version FROM events FINAL WHERE id = ${str(eventId)}`);
    if (!r) return null;
    const missing = new Set(this.conn.meta.unavailableShards);
    const mentions = await this.conn.all(
      `SELECT event_id, document_id, seq, evidence_start, evidence_end, evidence_text, evidence_page, rule FROM event_mentions FINAL WHERE event_id = ${str(eventId)}`,
    );
    for (const x of this.conn.meta.unavailableShards) missing.add(x);
    const docIds = [...new Set(mentions.map((m) => String(m['document_id'])))];
    const docs = docIds.length
      ? await this.conn.all(`SELECT id, path, title, published, language, kind FROM documents FINAL WHERE id IN (${docIds.map(str).join(', ')})`)
      : [];
    for (const x of this.conn.meta.unavailableShards) missing.add(x);
    const byId = new Map(docs.map((d) => [String(d['id']), documentInfoOf(d)]));
    // DuckDB's order: published, then path (missing last), then where the sentence starts.
    const key = (x: string | null | undefined): [number, string] => (x === null || x === undefined ? [1, ''] : [0, x]);
    const cmp = (a: [number, string], b: [number, string]): number => a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
    const joined = mentions
      .filter((m) => byId.has(String(m['document_id'])))
      .map((m) => ({
        eventId,
        documentId: String(m['document_id']),
        evidence: chEvidenceOf(m),
        rule: m['rule'] === null ? '' : String(m['rule']),
        document: byId.get(String(m['document_id'])) as DocumentInfo,
      }))
      .sort((a, b) => cmp(key(a.document.published), key(b.document.published)) || cmp(key(a.document.path), key(b.document.path)) || a.evidence.start - b.evidence.start);
    const out: EvidenceRecord = { event: chEventOf(r), mentions: joined };
    this.conn.meta = { partial: missing.size > 0, unavailableShards: [...missing] };
    return this.mark(out);
  }

  async principals(): Promise<{ principal: string; events: number }[]> {
    const rows = await this.conn.all(
      `SELECT principal, count() AS events FROM (
         SELECT source_principal AS principal, target_principal AS other, date_start, id, version FROM events FINAL
         UNION ALL SELECT target_principal AS principal, source_principal AS other, date_start, id, version FROM events FINAL WHERE target_principal != source_principal)
       GROUP BY principal ORDER BY events DESC, principal`,
    );
    return this.mark(rows.map((r) => ({ principal: String(r['principal']), events: Number(r['events']) })));
  }

  async stats(): Promise<StoreStats> {
    const r = await this.conn.one(
      `SELECT (SELECT count() FROM documents FINAL) AS documents, (SELECT count() FROM events FINAL) AS events,
              (SELECT sum(mentions) FROM events FINAL) AS mentions, (SELECT count() FROM milestones FINAL) AS milestones,
              (SELECT count() FROM indicators FINAL) AS indicators, (SELECT count() FROM quarantine FINAL) AS quarantined`,
    );
    const n = (k: string): number => Number(r?.[k] ?? 0);
    return this.mark({
      documents: n('documents'),
      events: n('events'),
      mentions: n('mentions'),
      milestones: n('milestones'),
      indicators: n('indicators'),
      quarantined: n('quarantined'),
    });
  }

  /**
   * Merge each table's parts (OPTIMIZE … FINAL, shard by shard): rows written again collapse for good,
   * so FINAL reads have less to merge. Answers are the same before and after.
   */
  async optimize(): Promise<void> {
    this.writable();
    await this.exclusive(async () => {
      const { cluster } = this.conn.target;
      const clients = cluster ? this.conn.shardClients : [this.conn.node];
      for (const client of clients) {
        for (const table of ['events', 'event_mentions', 'milestones', 'documents']) {
          await this.conn.run(`OPTIMIZE TABLE ${table}${cluster ? '_local' : ''} FINAL`, client);
        }
      }
    });
  }

  async beginImport(info: ImportBatchInfo): Promise<ImportSink> {
    this.writable();
    return createClickHouseImportSink(this.conn, info);
  }

  close(): Promise<void> {
    return this.exclusive(() => this.conn.close());
  }
}

/**
 * Open the ClickHouse store a `clickhouse://` URL names, creating its database and tables if needed.
 * @example const store = await openClickHouseStore('clickhouse://127.0.0.1:8124/dyad?cluster=dyad&shards=127.0.0.1:8124,127.0.0.1:8125');
 */
export async function openClickHouseStore(url: string, options: ClickHouseStoreOptions = {}): Promise<ClickHouseStore> {
  const { parseClickHouseUrl } = await import('./_conn.js');
  const target = parseClickHouseUrl(url);
  if (options.allowPartial) target.allowPartial = true;
  const conn = new ChConn(target);
  try {
    await ensureSchema(conn, options.readOnly ?? false);
  } catch (err) {
    await conn.close();
    throw err;
  }
  return new ClickHouseStore(conn, options.readOnly ?? false);
}
