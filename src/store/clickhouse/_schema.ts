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
  /** Column definitions, `name Type, …`: the one source of the table's column names (see `tableColumns`). */
  columns: string;
  /** `ReplacingMergeTree(version) ORDER BY …`. */
  engine: string;
  shardBy: string;
}

export const TABLES: readonly TableSpec[] = [
  {
    name: 'documents',
    columns: `id String, path Nullable(String), title Nullable(String), published Nullable(String),
      language Nullable(String), text String, ingested_at DateTime, kind Nullable(String)`,
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
      source_url Nullable(String), batch_id Nullable(String), version UInt32, evidence_page Nullable(Int32),
      source_sector Nullable(String), target_sector Nullable(String)`,
    engine: 'ReplacingMergeTree(version) ORDER BY (source_principal, target_principal, date_start, id)',
    shardBy: 'cityHash64(id)',
  },
  {
    // `seq` is the event's place in its document's extraction: two tellings in one sentence stay two.
    name: 'event_mentions',
    columns: `event_id String, document_id String, seq UInt32, evidence_start Int32, evidence_end Int32,
      evidence_text String, rule Nullable(String), evidence_page Nullable(Int32)`,
    engine: 'ReplacingMergeTree ORDER BY (event_id, document_id, seq)',
    shardBy: 'cityHash64(event_id)',
  },
  {
    name: 'milestones',
    columns: `id String, actor String, org String, instrument String, status String, date_start String,
      date_end String, date_precision Nullable(String), document_id Nullable(String), evidence_start Nullable(Int32),
      evidence_end Nullable(Int32), evidence_text Nullable(String), rule Nullable(String), mentions Int32,
      version UInt32, evidence_page Nullable(Int32)`,
    engine: 'ReplacingMergeTree(version) ORDER BY id',
    shardBy: 'cityHash64(id)',
  },
  {
    name: 'indicators',
    columns: `id String, subject String, metric String, value Float64, unit String, qualifier Nullable(String),
      date_start String, date_end String, date_precision Nullable(String), document_id Nullable(String),
      evidence_start Nullable(Int32), evidence_end Nullable(Int32), evidence_text Nullable(String),
      rule Nullable(String), evidence_page Nullable(Int32)`,
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

/**
 * The column names of `name Type, …` definitions, in order (a type's own parentheses may hold commas).
 * Every insert names its columns from these, so a table's physical column order does not matter.
 */
export function columnNames(definitions: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i <= definitions.length; i++) {
    const c = definitions[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    else if ((c === ',' && depth === 0) || c === undefined) {
      const name = definitions.slice(start, i).trim().split(/\s+/)[0];
      if (name) names.push(name);
      start = i + 1;
    }
  }
  return names;
}

/** The table of that name. */
export function tableSpec(name: string): TableSpec {
  const t = TABLES.find((x) => x.name === name);
  if (!t) throw new Error(`no ClickHouse table '${name}' in TABLES`);
  return t;
}

/** The column names of a table of `TABLES`, in its definition's order. */
export const tableColumns = (name: string): string[] => columnNames(tableSpec(name).columns);

/**
 * Columns added after the first schema, numbered as the DuckDB migrations that add them. `TABLES` holds
 * them already (with the same types); an older database gets them by ALTER TABLE when opened for
 * writing, at the end of the table. Inserts name their columns, so where they sit does not matter.
 */
export const COLUMN_MIGRATIONS: readonly { version: number; name: string; columns: readonly { table: string; column: string; type: string }[] }[] = [
  {
    version: 3,
    name: 'evidence pages for events, mentions, milestones and indicators',
    columns: ['events', 'event_mentions', 'milestones', 'indicators'].map((table) => ({ table, column: 'evidence_page', type: 'Nullable(Int32)' })),
  },
  { version: 4, name: 'the kind of each document', columns: [{ table: 'documents', column: 'kind', type: 'Nullable(String)' }] },
  {
    version: 5,
    name: 'events: the sector of each side (police, rebels, legislature…)',
    columns: ['source_sector', 'target_sector'].map((column) => ({ table: 'events', column, type: 'Nullable(String)' })),
  },
];

/** The schema this code writes; a database holding a newer one is refused. */
export const CLICKHOUSE_SCHEMA_VERSION = COLUMN_MIGRATIONS.reduce((m, x) => Math.max(m, x.version), 1);

/** Records the schema version, on the node that is queried. */
export const SCHEMA_VERSION_DDL = `CREATE TABLE IF NOT EXISTS schema_version (version UInt32, name String,
  applied_at DateTime) ENGINE = ReplacingMergeTree ORDER BY version`;
