/**
 * The DuckDB store's schema, as an ordered list of numbered migrations. `openDuckDbStore` runs the ones
 * the file has not seen, each inside one transaction, and records it in `schema_version`. Never edit a
 * migration that has shipped: add the next number. The ClickHouse engine mirrors these tables and
 * columns (same names, same meaning) so both answer the same queries with the same values.
 *
 * Conventions every writer follows (the extractor's ingest, the importers' sink):
 * - `events.id`: the extractor's event id for `dataset = 'dyad'`; `<dataset>:<row key>` for imports.
 * - `events.root` is the first two digits of `code`; `quad_class` 1..4; dates are inclusive DATE
 *   intervals, both NULL for an undated event; `mentions` counts the tellings (documents, or the
 *   dataset's own mention count).
 * - `event_mentions` holds one row per sentence that tells a `dyad` event, the first one included.
 * - `evidence_page` is the page of a paged document (PDF) the evidence starts on, NULL otherwise.
 */

/** One step of the schema. */
export interface Migration {
  version: number;
  name: string;
  statements: string[];
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'documents, events, mentions, milestones, indicators, actors, import batches, quarantine',
    statements: [
      `CREATE TABLE documents (
        id          VARCHAR PRIMARY KEY,
        path        VARCHAR,
        title       VARCHAR,
        published   VARCHAR,
        language    VARCHAR,
        text        VARCHAR NOT NULL,
        ingested_at TIMESTAMP NOT NULL
      )`,
      `CREATE TABLE events (
        id               VARCHAR PRIMARY KEY,
        dataset          VARCHAR NOT NULL,
        dataset_row_id   VARCHAR,
        source_principal VARCHAR NOT NULL,
        source_actor     VARCHAR,
        source_actor_id  VARCHAR,
        target_principal VARCHAR NOT NULL,
        target_actor     VARCHAR,
        target_actor_id  VARCHAR,
        code             VARCHAR NOT NULL,
        root             VARCHAR NOT NULL,
        quad_class       TINYINT NOT NULL,
        goldstein        DOUBLE NOT NULL,
        date_start       DATE,
        date_end         DATE,
        date_precision   VARCHAR,
        document_id      VARCHAR,
        evidence_start   INTEGER,
        evidence_end     INTEGER,
        evidence_text    VARCHAR,
        rule             VARCHAR,
        confidence       DOUBLE,
        mentions         INTEGER NOT NULL DEFAULT 1,
        source_url       VARCHAR,
        batch_id         VARCHAR,
        UNIQUE (dataset, dataset_row_id)
      )`,
      `CREATE TABLE event_mentions (
        event_id       VARCHAR NOT NULL,
        document_id    VARCHAR NOT NULL,
        evidence_start INTEGER NOT NULL,
        evidence_end   INTEGER NOT NULL,
        evidence_text  VARCHAR NOT NULL,
        rule           VARCHAR
      )`,
      `CREATE TABLE milestones (
        id             VARCHAR PRIMARY KEY,
        actor          VARCHAR NOT NULL,
        org            VARCHAR NOT NULL,
        instrument     VARCHAR NOT NULL,
        status         VARCHAR NOT NULL,
        date_start     DATE,
        date_end       DATE,
        date_precision VARCHAR,
        document_id    VARCHAR,
        evidence_start INTEGER,
        evidence_end   INTEGER,
        evidence_text  VARCHAR,
        rule           VARCHAR,
        mentions       INTEGER NOT NULL DEFAULT 1
      )`,
      `CREATE TABLE indicators (
        id             VARCHAR PRIMARY KEY,
        subject        VARCHAR NOT NULL,
        metric         VARCHAR NOT NULL,
        value          DOUBLE NOT NULL,
        unit           VARCHAR NOT NULL,
        qualifier      VARCHAR,
        date_start     DATE,
        date_end       DATE,
        date_precision VARCHAR,
        document_id    VARCHAR,
        evidence_start INTEGER,
        evidence_end   INTEGER,
        evidence_text  VARCHAR,
        rule           VARCHAR
      )`,
      `CREATE TABLE actors (
        id        VARCHAR PRIMARY KEY,
        kind      VARCHAR,
        name      VARCHAR,
        principal VARCHAR
      )`,
      `CREATE TABLE import_batches (
        id          VARCHAR PRIMARY KEY,
        file        VARCHAR NOT NULL,
        dataset     VARCHAR NOT NULL,
        started_at  TIMESTAMP NOT NULL,
        finished_at TIMESTAMP,
        inserted    BIGINT NOT NULL DEFAULT 0,
        duplicates  BIGINT NOT NULL DEFAULT 0,
        quarantined BIGINT NOT NULL DEFAULT 0
      )`,
      `CREATE TABLE quarantine (
        batch_id VARCHAR NOT NULL,
        file     VARCHAR NOT NULL,
        line     BIGINT NOT NULL,
        reason   VARCHAR NOT NULL,
        raw      VARCHAR
      )`,
    ],
  },
  {
    // The two unique indexes of `events` are ART indexes DuckDB keeps in memory, growing with the table:
    // a 5-million-row import peaked above 4 GB in them. Uniqueness is kept by the writers instead
    // (`putDocument` never repeats an event id; imports skip stored (dataset, dataset_row_id) keys and a
    // key repeated in a file keeps its first line). DuckDB cannot drop a constraint with ALTER, so the
    // table is rebuilt: same columns, same order, same defaults.
    version: 2,
    name: 'events without unique indexes (writers keep ids and dataset row keys unique)',
    statements: [
      'ALTER TABLE events RENAME TO events_v1',
      `CREATE TABLE events (
        id               VARCHAR NOT NULL,
        dataset          VARCHAR NOT NULL,
        dataset_row_id   VARCHAR,
        source_principal VARCHAR NOT NULL,
        source_actor     VARCHAR,
        source_actor_id  VARCHAR,
        target_principal VARCHAR NOT NULL,
        target_actor     VARCHAR,
        target_actor_id  VARCHAR,
        code             VARCHAR NOT NULL,
        root             VARCHAR NOT NULL,
        quad_class       TINYINT NOT NULL,
        goldstein        DOUBLE NOT NULL,
        date_start       DATE,
        date_end         DATE,
        date_precision   VARCHAR,
        document_id      VARCHAR,
        evidence_start   INTEGER,
        evidence_end     INTEGER,
        evidence_text    VARCHAR,
        rule             VARCHAR,
        confidence       DOUBLE,
        mentions         INTEGER NOT NULL DEFAULT 1,
        source_url       VARCHAR,
        batch_id         VARCHAR
      )`,
      'INSERT INTO events SELECT * FROM events_v1',
      'DROP TABLE events_v1',
    ],
  },
  {
    // A quote from a PDF names its page (1-based) in the report's notes, the API and exports; NULL for
    // a document without pages and for imported rows. Added last, so appenders put it after batch_id.
    version: 3,
    name: 'evidence pages for events, mentions, milestones and indicators',
    statements: ['events', 'event_mentions', 'milestones', 'indicators'].map((t) => `ALTER TABLE ${t} ADD COLUMN evidence_page INTEGER`),
  },
  {
    // What kind of document it is (news, press-release, chronology, brief): a report dates its undated
    // acts on its narrative day, a brief does not. NULL for documents stored before kinds were told apart.
    version: 4,
    name: 'documents.kind',
    statements: ['ALTER TABLE documents ADD COLUMN kind VARCHAR'],
  },
  {
    // The sector of each side (police, rebels, legislature…), which a principal does not carry. NULL
    // for imported rows and for events stored before sectors were kept.
    version: 5,
    name: 'events: the sector of each side (police, rebels, legislature…)',
    statements: ['ALTER TABLE events ADD COLUMN source_sector VARCHAR', 'ALTER TABLE events ADD COLUMN target_sector VARCHAR'],
  },
];

/** The table that records which migrations ran; created before any migration. */
export const SCHEMA_VERSION_TABLE = `CREATE TABLE IF NOT EXISTS schema_version (
  version    INTEGER PRIMARY KEY,
  name       VARCHAR NOT NULL,
  applied_at TIMESTAMP NOT NULL
)`;

/** The newest schema this code knows. */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((m, x) => Math.max(m, x.version), 0);
