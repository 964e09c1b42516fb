/**
 * The ClickHouse store's tables: the DuckDB schema's tables and columns (src/store/duckdb/_migrations.ts),
 * in forms ClickHouse 18.16 runs. Differences, and why:
 * - Days are `String` 'YYYY-MM-DD', '' for none: ClickHouse's `Date` starts in 1970 and cannot be in a
 *   sorting key when Nullable; ISO text sorts and compares as days do, and every year fits.
 * - Every table is a ReplacingMergeTree keyed by its identity, read with FINAL: ClickHouse has no
 *   UNIQUE or UPDATE, so a row told again (an event's mention count) is written again with a higher
 *   `version`, and a row written twice (a retried document, two racing imports) collapses to one.
 * - `events` is sorted by (source_principal, target_principal, date_start, id), so a dyad's series reads
 *   only its own ranges.
 * On a cluster each table is `<name>_local` on every shard plus a Distributed `<name>` over them,
 * sharded by the row's id (an event's rewrites land on the shard that holds it).
 */

/** One logical table: its columns, engine tail and sharding key. */
export interface TableSpec {
  name: string;
  columns: string;
  /** `ReplacingMergeTree(version) ORDER BY …`. */
  engine: string;
  /**
   * Columns added after the table was first made (name, type, the column it follows), each in `columns`
   * too and at the same place, since rows go in by position: a database made before gets them with
   * ALTER (DuckDB's migration 5 for `events`' sectors).
   */
  added?: readonly (readonly [string, string, string])[];
  shardBy: string;
}

export const TABLES: readonly TableSpec[] = [
  {
    name: 'documents',
    columns: `id String, path Nullable(String), title Nullable(String), published Nullable(String),
      language Nullable(String), text String, ingested_at DateTime`,
    engine: 'ReplacingMergeTree ORDER BY id',
    shardBy: 'cityHash64(id)',
  },
  {
    name: 'events',
    columns: `id String, dataset String, dataset_row_id Nullable(String), source_principal String,
      source_actor Nullable(String), source_actor_id Nullable(String), target_principal String,
      target_actor Nullable(String), target_actor_id Nullable(String), code String, root String, quad_class Int8,
      goldstein Float64, date_start String, date_end String, date_precision Nullable(String),
      document_id Nullable(String), evidence_start Nullable(Int32), evidence_end Nullable(Int32),
      evidence_text Nullable(String), rule Nullable(String), confidence Nullable(Float64), mentions Int32,
      source_url Nullable(String), batch_id Nullable(String), source_sector Nullable(String),
      target_sector Nullable(String), version UInt32`,
    added: [['source_sector', 'Nullable(String)', 'batch_id'], ['target_sector', 'Nullable(String)', 'source_sector']],
    engine: 'ReplacingMergeTree(version) ORDER BY (source_principal, target_principal, date_start, id)',
    shardBy: 'cityHash64(id)',
  },
  {
    // `seq` is the event's place in its document's extraction: two tellings in one sentence stay two.
    name: 'event_mentions',
    columns: `event_id String, document_id String, seq UInt32, evidence_start Int32, evidence_end Int32,
      evidence_text String, rule Nullable(String)`,
    engine: 'ReplacingMergeTree ORDER BY (event_id, document_id, seq)',
    shardBy: 'cityHash64(event_id)',
  },
  {
    name: 'milestones',
    columns: `id String, actor String, org String, instrument String, status String, date_start String,
      date_end String, date_precision Nullable(String), document_id Nullable(String), evidence_start Nullable(Int32),
      evidence_end Nullable(Int32), evidence_text Nullable(String), rule Nullable(String), mentions Int32,
      version UInt32`,
    engine: 'ReplacingMergeTree(version) ORDER BY id',
    shardBy: 'cityHash64(id)',
  },
  {
    name: 'indicators',
    columns: `id String, subject String, metric String, value Float64, unit String, qualifier Nullable(String),
      date_start String, date_end String, date_precision Nullable(String), document_id Nullable(String),
      evidence_start Nullable(Int32), evidence_end Nullable(Int32), evidence_text Nullable(String),
      rule Nullable(String)`,
    engine: 'ReplacingMergeTree ORDER BY id',
    shardBy: 'cityHash64(id)',
  },
  {
    name: 'actors',
    columns: `id String, kind Nullable(String), name Nullable(String), principal Nullable(String)`,
    engine: 'ReplacingMergeTree ORDER BY id',
    shardBy: 'cityHash64(id)',
  },
  {
    name: 'import_batches',
    columns: `id String, file String, dataset String, started_at DateTime, finished_at Nullable(DateTime),
      inserted UInt64, duplicates UInt64, quarantined UInt64, version UInt32`,
    engine: 'ReplacingMergeTree(version) ORDER BY id',
    shardBy: 'cityHash64(id)',
  },
  {
    name: 'quarantine',
    columns: `batch_id String, file String, line UInt64, reason String, raw Nullable(String)`,
    engine: 'ReplacingMergeTree ORDER BY (batch_id, line)',
    shardBy: 'cityHash64(batch_id)',
  },
];

/** Columns of an import's staging table (one row a dataset row; `line` keeps the file's first telling). */
export const STAGE_COLUMNS = `id String, dataset_row_id String, source_principal String, source_actor Nullable(String),
  source_actor_id Nullable(String), target_principal String, target_actor Nullable(String),
  target_actor_id Nullable(String), code String, root String, quad_class Int8, goldstein Float64,
  date_start String, date_end String, date_precision Nullable(String), mentions Int32,
  source_url Nullable(String), line UInt64`;

/** The schema this code writes; a database holding a newer one is refused. */
export const CLICKHOUSE_SCHEMA_VERSION = 1;

/** Records the schema version, on the node that is queried. */
export const SCHEMA_VERSION_DDL = `CREATE TABLE IF NOT EXISTS schema_version (version UInt32, name String,
  applied_at DateTime) ENGINE = ReplacingMergeTree ORDER BY version`;
