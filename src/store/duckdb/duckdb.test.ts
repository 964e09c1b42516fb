import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extraction } from '../../core/model.js';
import { isDyadError } from '../../core/errors.js';
import { openStore } from '../open.js';
import { openDuckDbStore, LATEST_SCHEMA_VERSION } from './index.js';
import { Db } from './_db.js';
import { MIGRATIONS, SCHEMA_VERSION_TABLE } from './_migrations.js';
import { tableColumnNames } from './_append.js';
import { EVENT_COLUMNS, MENTION_COLUMNS } from './_put.js';
import { QUARANTINE_COLUMNS } from './import-sink.js';

function tmp(): { dir: string; db: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-duck-'));
  return { dir, db: join(dir, 't.duckdb'), done: () => rmSync(dir, { recursive: true, force: true }) };
}

const empty = (id: string): Extraction => ({ document: { id, published: null }, events: [], milestones: [], indicators: [], warnings: [] });
const doc = (id: string) => ({ id, published: null, text: `text ${id}`, ingestedAt: '2026-01-01T00:00:00Z' });

test('migrations run once on open and are recorded in schema_version', async () => {
  const t = tmp();
  try {
    for (let i = 0; i < 2; i++) {
      const s = await openDuckDbStore(t.db);
      const rows = await s.db.all('SELECT version FROM schema_version ORDER BY version');
      assert.deepEqual(rows.map((r) => r['version']), MIGRATIONS.map((m) => m.version).sort((a, b) => a - b));
      assert.equal(rows.at(-1)?.['version'], LATEST_SCHEMA_VERSION);
      await s.close();
    }
  } finally {
    t.done();
  }
});

test('a database newer than this code is refused, not damaged', async () => {
  const t = tmp();
  try {
    const s = await openDuckDbStore(t.db);
    await s.db.run('INSERT INTO schema_version VALUES ($1, $2, current_timestamp)', [LATEST_SCHEMA_VERSION + 1, 'from the future']);
    await s.close();
    await assert.rejects(openDuckDbStore(t.db), (e) => isDyadError(e) && e.code === 'STORE' && /newer/.test(e.message));
  } finally {
    t.done();
  }
});

test('a read-only store answers queries and refuses writes', async () => {
  const t = tmp();
  try {
    const w = await openStore(t.db);
    await w.putDocument(doc('a'), empty('a'));
    await w.close();
    const r = await openStore(t.db, { readOnly: true });
    assert.equal((await r.stats()).documents, 1);
    await assert.rejects(r.putDocument(doc('b'), empty('b')), (e) => isDyadError(e) && e.code === 'STORE');
    await r.close();
  } finally {
    t.done();
  }
});

test('concurrent writers on one store are serialised: every document stored once, none lost', async () => {
  const t = tmp();
  try {
    const s = await openStore(t.db);
    const ids = Array.from({ length: 25 }, (_, i) => `d${i}`);
    const results = await Promise.all([...ids, ...ids].map((id) => s.putDocument(doc(id), empty(id))));
    assert.equal(results.filter((r) => r.status === 'stored').length, 25);
    assert.equal(results.filter((r) => r.status === 'duplicate').length, 25);
    assert.equal((await s.stats()).documents, 25);
    await s.close();
  } finally {
    t.done();
  }
});

test('a failed document leaves nothing behind', async () => {
  const t = tmp();
  try {
    const s = await openStore(t.db);
    const bad: Extraction = {
      ...empty('x'),
      indicators: [
        { id: 'i', subject: 'SRB', metric: 'm', value: 1, unit: '%', qualifier: null, date: null, evidence: { start: 0, end: 1, text: 't' }, rule: 'r' },
        // A value the column cannot hold fails the insert after the document row went in.
        { id: 'j', subject: 'SRB', metric: 'm', value: Number.NaN, unit: null as unknown as string, qualifier: null, date: null, evidence: { start: 0, end: 1, text: 't' }, rule: 'r' },
      ],
    };
    await assert.rejects(s.putDocument(doc('x'), bad), (e) => isDyadError(e) && e.code === 'STORE' && /not stored/.test(e.message));
    assert.deepEqual(await s.stats(), { documents: 0, events: 0, mentions: 0, milestones: 0, indicators: 0, quarantined: 0 });
    assert.equal((await s.putDocument(doc('y'), empty('y'))).status, 'stored');
    await s.close();
  } finally {
    t.done();
  }
});

test('a URL of an unknown engine is a clear BAD_ARGUMENT', async () => {
  await assert.rejects(openStore('mysql://x/y'), (e) => isDyadError(e) && e.code === 'BAD_ARGUMENT' && e.place?.field === '--db');
});

test('optimize lays events out by dyad and date, keeps the table definition, and changes no answer', async () => {
  const t = tmp();
  try {
    const s = await openDuckDbStore(t.db);
    const pairs = [['NATO', 'SRB'], ['AUT', 'HUN'], ['SRB', 'NATO'], ['AUT', 'HUN'], ['BEL', 'NLD']] as const;
    const events = pairs.map(([a, b], i) => ({
      id: `e${i}`, source: { principal: a, actor: a }, target: { principal: b, actor: b }, code: '120', root: '12', quadClass: 3 as const, goldstein: -4,
      date: { start: `201${9 - i}-01-01`, end: `201${9 - i}-01-01`, precision: 'day' as const }, evidence: { start: i, end: i + 1, text: 'x' }, rule: 'r', confidence: 1,
    }));
    await s.putDocument(doc('a'), { ...empty('a'), events });
    const before = [await s.events({}), await s.dyadSeries({ a: 'SRB', b: 'NATO', by: 'year' }), await s.stats()];
    await s.optimize();
    assert.deepEqual([await s.events({}), await s.dyadSeries({ a: 'SRB', b: 'NATO', by: 'year' }), await s.stats()], before);
    const layout = await s.db.all('SELECT source_principal || target_principal || CAST(date_start AS VARCHAR) AS k FROM events ORDER BY rowid');
    const keys = layout.map((r) => String(r['k']));
    assert.deepEqual(keys, [...keys].sort());
    await assert.rejects(s.db.run(`INSERT INTO events (id, dataset, source_principal, target_principal, code, root, quad_class, goldstein) VALUES ('e9', 'dyad', NULL, 'Y', '010', '01', 1, 0)`), /NOT NULL/i);
    await s.close();
  } finally {
    t.done();
  }
});

/** A database as the migrations up to `version` left it, open for the test to add its old rows. */
async function databaseAt(file: string, version: number): Promise<Db> {
  const db = await Db.open(file);
  await db.run(SCHEMA_VERSION_TABLE);
  for (const m of MIGRATIONS.filter((x) => x.version <= version)) {
    for (const sql of m.statements) await db.run(sql);
    await db.run(`INSERT INTO schema_version VALUES ($1, $2, current_timestamp)`, [m.version, m.name]);
  }
  return db;
}

test('migration 2 keeps every event and its columns and leaves events without unique indexes', async () => {
  const t = tmp();
  try {
    const v1 = await databaseAt(t.db, 1);
    await v1.run(`INSERT INTO events (id, dataset, dataset_row_id, source_principal, target_principal, code, root, quad_class, goldstein, date_start, mentions)
      VALUES ('g:1', 'g', '1', 'SRB', 'NATO', '120', '12', 3, -4, DATE '2019-03-24', 7), ('g:2', 'g', '2', 'AUT', 'HUN', '040', '04', 1, 1, NULL, 1)`);
    const columnsBefore = await v1.all(`SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_name = 'events' ORDER BY ordinal_position`);
    v1.close();
    const s = await openDuckDbStore(t.db);
    // Every column kept as it was; later migrations only add columns after them.
    const columnsAfter = await s.db.all(`SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns WHERE table_name = 'events' ORDER BY ordinal_position`);
    assert.deepEqual(columnsAfter.slice(0, columnsBefore.length), columnsBefore);
    const rows = await s.db.all(`SELECT id, dataset_row_id, mentions, CAST(date_start AS VARCHAR) AS d FROM events ORDER BY id`);
    assert.deepEqual(rows.map((r) => [r['id'], r['dataset_row_id'], r['mentions'], r['d']]), [['g:1', '1', 7, '2019-03-24'], ['g:2', '2', 1, null]]);
    const unique = await s.db.all(`SELECT constraint_type FROM duckdb_constraints() WHERE table_name = 'events' AND constraint_type IN ('PRIMARY KEY', 'UNIQUE')`);
    assert.equal(unique.length, 0);
    await s.close();
  } finally {
    t.done();
  }
});

test('migration 3 gives stored evidence an empty page, and a paged document stored after it keeps its pages', async () => {
  const t = tmp();
  try {
    const v2 = await databaseAt(t.db, 2);
    await v2.run(`INSERT INTO events (id, dataset, source_principal, target_principal, code, root, quad_class, goldstein, document_id, evidence_start, evidence_end, evidence_text, mentions)
      VALUES ('old', 'dyad', 'EST', 'LVA', '057', '05', 1, 3.5, 'x', 0, 4, 'told', 1)`);
    v2.close();
    const s = await openDuckDbStore(t.db);
    const old = await s.events({ dyad: ['EST', 'LVA'] });
    assert.deepEqual(old.map((e) => [e.id, e.evidence?.text, e.evidence?.page]), [['old', 'told', undefined]]);
    const e = {
      id: 'paged', source: { principal: 'FIN', actor: 'FIN' }, target: { principal: 'SWE', actor: 'SWE' }, code: '057', root: '05', quadClass: 1 as const, goldstein: 3.5,
      date: null, evidence: { start: 0, end: 4, text: 'text', page: 2 }, rule: 'r', confidence: 1,
    };
    await s.putDocument(doc('p'), { ...empty('p'), events: [e] });
    assert.equal((await s.events({ dyad: ['FIN', 'SWE'] }))[0]?.evidence?.page, 2);
    assert.equal((await s.evidence('paged'))?.mentions[0]?.evidence.page, 2);
    await s.close();
  } finally {
    t.done();
  }
});

test('migration 4 gives documents a kind: those stored before keep their rows with none, new ones keep theirs', async () => {
  const t = tmp();
  try {
    const v2 = await databaseAt(t.db, 2);
    await v2.run(`INSERT INTO documents (id, path, title, published, language, text, ingested_at) VALUES ('old', 'old.md', 'Old', '2010', 'en', 'old text', TIMESTAMP '2020-01-01 00:00:00')`);
    v2.close();
    const s = await openDuckDbStore(t.db);
    const old = await s.getDocument('old');
    assert.equal(old?.title, 'Old');
    assert.equal(old && 'kind' in old, false);
    await s.putDocument({ ...doc('new'), kind: 'press-release' }, empty('new'));
    assert.equal((await s.getDocument('new'))?.kind, 'press-release');
    await s.close();
  } finally {
    t.done();
  }
});

test('migration 5 gives each event side a sector, none for the events stored before it', async () => {
  const t = tmp();
  try {
    const old = await databaseAt(t.db, 4);
    await old.run(`INSERT INTO events (id, dataset, dataset_row_id, source_principal, target_principal, code, root, quad_class, goldstein, mentions)
      VALUES ('g:1', 'g', '1', 'PER', 'BOL', '120', '12', 3, -4, 1)`);
    old.close();
    const s = await openDuckDbStore(t.db);
    const [before] = await s.events({ dyad: ['PER', 'BOL'] });
    assert.equal(before?.source.sector, undefined);
    const e = {
      id: 'sectored', source: { principal: 'PER', actor: 'Peruvian police', sector: 'police' }, target: { principal: 'BOL', actor: 'Bolivia' },
      code: '173', root: '17', quadClass: 4 as const, goldstein: -5, date: null, evidence: { start: 0, end: 1, text: 'x' }, rule: 'r', confidence: 1,
    };
    await s.putDocument(doc('p'), { ...empty('p'), events: [e] });
    const got = (await s.events({ dyad: ['PER', 'BOL'] })).find((x) => x.id === 'sectored');
    assert.deepEqual([got?.source.sector, got?.target.sector], ['police', undefined]);
    await s.close();
  } finally {
    t.done();
  }
});

test('an event id repeated within one document is stored once, the repeat counted as a mention', async () => {
  const t = tmp();
  try {
    const s = await openDuckDbStore(t.db);
    // Undated, so only the id can tell that the two are one event.
    const e = {
      id: 'same', source: { principal: 'SRB', actor: 'SRB' }, target: { principal: 'NATO', actor: 'NATO' }, code: '120', root: '12', quadClass: 3 as const, goldstein: -4,
      date: null, evidence: { start: 0, end: 1, text: 'x' }, rule: 'r', confidence: 1,
    };
    const r = await s.putDocument(doc('a'), { ...empty('a'), events: [e, { ...e, rule: 'r2' }] });
    assert.deepEqual(r, { status: 'stored', documentId: 'a', events: 1, mentions: 1 });
    const rows = await s.db.all(`SELECT id, mentions FROM events`);
    assert.deepEqual(rows.map((x) => [x['id'], x['mentions']]), [['same', 2]]);
    assert.equal((await s.db.all(`SELECT 1 FROM event_mentions WHERE event_id = 'same'`)).length, 2);
    await s.close();
  } finally {
    t.done();
  }
});

test('the appenders fill the columns the migrations make, in the order they make them', async () => {
  const t = tmp();
  try {
    const s = await openDuckDbStore(t.db);
    const appended: [string, readonly (readonly [string, unknown])[]][] = [['events', EVENT_COLUMNS], ['event_mentions', MENTION_COLUMNS], ['quarantine', QUARANTINE_COLUMNS]];
    for (const [table, columns] of appended) {
      assert.deepEqual(columns.map(([c]) => c), await tableColumnNames(s.db, table), table);
    }
    await s.close();
  } finally {
    t.done();
  }
});

test('a table whose columns were put in another order by hand is refused with a STORE error, and the document is not stored', async () => {
  const t = tmp();
  try {
    const s = await openDuckDbStore(t.db);
    await s.db.run(`CREATE TABLE m2 AS SELECT event_id, document_id, evidence_page, evidence_start, evidence_end, evidence_text, rule FROM event_mentions`);
    await s.db.run('DROP TABLE event_mentions');
    await s.db.run('ALTER TABLE m2 RENAME TO event_mentions');
    const e = {
      id: 'paged', source: { principal: 'CHL', actor: 'Chile' }, target: { principal: 'ARG', actor: 'Argentina' }, code: '040', root: '04',
      quadClass: 1 as const, goldstein: 1, date: null, evidence: { start: 0, end: 1, text: 'x', page: 2 }, rule: 'r', confidence: 1,
    };
    await assert.rejects(s.putDocument(doc('q'), { ...empty('q'), events: [e] }), (err) => isDyadError(err) && err.code === 'STORE' && /event_mentions/.test(err.message) && !!err.hint);
    assert.equal(await s.hasDocument('q'), false);
    assert.deepEqual(await s.events({ dyad: ['CHL', 'ARG'] }), []);
    await s.close();
  } finally {
    t.done();
  }
});
