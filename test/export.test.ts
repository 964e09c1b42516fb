/**
 * `dyad export`: GDELT 2.0 rows that re-import to the same events (the round trip), CSV and NDJSON with
 * one row per event, filters applied.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import type { DyadEvent } from '../src/core/model.js';
import { exportEvents, stableEventNumber } from '../src/export/index.js';
import { gdeltLine } from '../src/importers/_fixtures.js';
import { importFile } from '../src/importers/index.js';
import { openDuckDbStore, type DuckDbStore } from '../src/store/duckdb/index.js';
import { sharedFile } from '../src/testing/shared.js';
import { assertNoStackTrace, runDyad } from './_run-dyad.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-export-'));
const stores: DuckDbStore[] = [];
after(async () => {
  for (const s of stores) await s.close();
});
async function store(name: string): Promise<DuckDbStore> {
  const s = await openDuckDbStore(join(dir, name));
  stores.push(s);
  return s;
}

const EVENT_SQL = `SELECT id, dataset, dataset_row_id, source_principal, source_actor, target_principal, target_actor,
  code, root, quad_class, goldstein, strftime(date_start, '%Y-%m-%d') AS d0, strftime(date_end, '%Y-%m-%d') AS d1,
  date_precision, mentions, source_url FROM events ORDER BY id`;

async function exportTo(s: DuckDbStore, file: string, format: 'gdelt' | 'csv' | 'ndjson', filter = {}): Promise<number> {
  const parts: string[] = [];
  const r = await exportEvents(s, filter, format, (c) => {
    parts.push(c);
  });
  writeFileSync(file, parts.join(''));
  return r.written;
}

test('a GDELT 2.0 export of the real sample re-imports to the same events', async (t) => {
  const f = sharedFile(t, 'peer', 'samples', 'gdelt2.20191024143000.export.CSV');
  if (!f) return;
  const a = await store('a.duckdb');
  await importFile(a, f);
  const out = join(dir, 'round.CSV');
  assert.equal(await exportTo(a, out, 'gdelt'), 2111);
  const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
  assert.ok(lines.every((l) => l.split('\t').length === 61));
  const b = await store('b.duckdb');
  const r = await importFile(b, out);
  assert.deepEqual([r.format, r.inserted, r.quarantined], ['gdelt', 2111, 0]);
  assert.deepEqual(await b.db.all(EVENT_SQL), await a.db.all(EVENT_SQL));
});

test('time-bounded and IGO actors keep their principals through the round trip', async () => {
  const f = join(dir, 'actors.CSV');
  writeFileSync(f, `${[
    gdeltLine({ id: '1', day: '19900601', source: ['YUGGOV', 'YUG', ''], target: ['IGOWSTNAT', 'WST', 'NAT'] }),
    gdeltLine({ id: '2', day: '19990324', source: ['YUGGOV', 'YUG', ''], target: ['IGOEUREEC', 'EUR', 'EEC'] }),
    gdeltLine({ id: '3', day: '20050101', source: ['SCGMNE', '', ''], target: ['AFR', 'AFR', ''] }),
    gdeltLine({ id: '4', day: '20150101', source: ['GOV', '', ''], target: ['', '', ''] }),
  ].join('\n')}\n`);
  const a = await store('c.duckdb');
  await importFile(a, f);
  const principals = await a.db.all(`SELECT dataset_row_id AS k, source_principal AS s, target_principal AS t FROM events ORDER BY k`);
  assert.deepEqual(principals.map((p) => [p['k'], p['s'], p['t']]), [['1', 'YUG', 'NATO'], ['2', 'SRB', 'EU'], ['3', 'MNE', 'AFR'], ['4', '', '']]);
  const out = join(dir, 'actors-out.CSV');
  await exportTo(a, out, 'gdelt');
  const b = await store('d.duckdb');
  await importFile(b, out, { path: 'rows' });
  assert.deepEqual(await b.db.all(EVENT_SQL), await a.db.all(EVENT_SQL));
});

test('CSV and NDJSON: one row per event, filtered by dyad and dates', async (t) => {
  const f = sharedFile(t, 'peer', 'samples', 'icews.events.2018.sample.tab');
  if (!f) return;
  const s = await store('e.duckdb');
  await importFile(s, f);
  const all = join(dir, 'all.ndjson');
  assert.equal(await exportTo(s, all, 'ndjson'), 3705);
  const objs = readFileSync(all, 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
  assert.equal(objs.length, 3705);
  assert.ok(objs.every((o) => o['dataset'] === 'icews' && typeof o['code'] === 'string'));
  const expected = objs.filter((o) => o['date_start'] === '2018-06-02' && [o['source_principal'], o['target_principal']].includes('USA')).length;
  assert.ok(expected > 0);
  const csv = join(dir, 'usa.csv');
  const written = await exportTo(s, csv, 'csv', { actor: 'USA', from: '2018-06-02', to: '2018-06-02' });
  assert.equal(written, expected);
  const lines = readFileSync(csv, 'utf8').trimEnd().split('\n');
  assert.equal(lines.length, expected + 1);
  assert.match(lines[0] ?? '', /^id,dataset,dataset_row_id,date_start/);
});

test('dyad export writes to --out and says how many; a bad --format is a usage error', (t) => {
  const f = sharedFile(t, 'peer', 'samples', 'gdelt2.20191024143000.export.CSV');
  if (!f) return;
  const db = join(dir, 'cli.duckdb');
  assert.equal(runDyad(['import', f, '--db', db]).status, 0);
  const out = join(dir, 'cli.CSV');
  const r = runDyad(['export', '--db', db, '--format', 'gdelt', '--dataset', 'gdelt', '--out', out]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /exported 2111 events/);
  assert.equal(readFileSync(out, 'utf8').trimEnd().split('\n').length, 2111);
  const bad = runDyad(['export', '--db', db, '--format', 'xml']);
  assert.equal(bad.status, 2);
  assertNoStackTrace(bad.stderr);
});

test('dyad export takes its period as a year, month or day, as dyad report does', (t) => {
  const f = sharedFile(t, 'peer', 'samples', 'gdelt2.20191024143000.export.CSV');
  if (!f) return;
  const db = join(dir, 'period.duckdb');
  assert.equal(runDyad(['import', f, '--db', db]).status, 0);
  const month = runDyad(['export', '--db', db, '--dataset', 'gdelt', '--from', '2019-10', '--to', '2019-10']);
  const days = runDyad(['export', '--db', db, '--dataset', 'gdelt', '--from', '2019-10-01', '--to', '2019-10-31']);
  assert.equal(month.status, 0, month.stderr);
  assert.match(month.stderr, /exported [1-9]\d* events/);
  assert.equal(month.stdout, days.stdout);
  const backwards = runDyad(['export', '--db', db, '--from', '2020', '--to', '2019']);
  assert.equal(backwards.status, 2);
  assert.match(backwards.stderr, /--from/);
  assertNoStackTrace(backwards.stderr);
});

test("events from Dyad's own extractor export as GDELT rows that import with their principals, code and day", async () => {
  const a = await store('f.duckdb');
  const event = (id: string, s: string, t: string, code: string, day: string | null, goldstein: number): DyadEvent => ({
    id, source: { principal: s, actor: `the ${s} side` }, target: { principal: t, actor: t }, code, root: code.slice(0, 2),
    quadClass: code.startsWith('05') ? 1 : 2, goldstein, date: day ? { start: day, end: day, precision: 'day' } : null,
    evidence: { start: 0, end: 8, text: 'Document' }, rule: 'test', confidence: 1,
  });
  const events = [event('doc1:e1', 'SRB', 'NATO', '057', '2015-01-15', 8), event('doc1:e2', 'RUS', 'SRB', '061', '2016-03-01', 6.4), event('doc1:e3', 'SRB', 'EU', '057', null, 8)];
  const text = 'Document one, about Serbia and NATO.';
  await a.putDocument(
    { id: 'doc1', path: 'doc1.md', title: 'One', published: '2016-04-01', text, ingestedAt: '2026-01-01T00:00:00Z' },
    { document: { id: 'doc1', published: '2016-04-01' }, events, milestones: [], indicators: [], warnings: [] },
  );
  const out = join(dir, 'dyad.CSV');
  const parts: string[] = [];
  const r = await exportEvents(a, { dataset: 'dyad' }, 'gdelt', (c) => {
    parts.push(c);
  });
  assert.deepEqual(r, { written: 2, skipped: 1 });
  writeFileSync(out, parts.join(''));
  const b = await store('g.duckdb');
  const imported = await importFile(b, out);
  assert.deepEqual([imported.inserted, imported.quarantined], [2, 0]);
  const got = await b.db.all(`SELECT dataset_row_id AS k, source_principal AS s, target_principal AS t, code, goldstein AS g,
    strftime(date_start, '%Y-%m-%d') AS d FROM events ORDER BY d`);
  assert.deepEqual(got, [
    { k: stableEventNumber('doc1:e1'), s: 'SRB', t: 'NATO', code: '057', g: 8, d: '2015-01-15' },
    { k: stableEventNumber('doc1:e2'), s: 'RUS', t: 'SRB', code: '061', g: 6.4, d: '2016-03-01' },
  ]);
});

test('stored events export as PLOVER records, one a line; a statement (CAMEO 01) has none', async () => {
  const a = await store('h.duckdb');
  const event = (id: string, code: string, goldstein: number): DyadEvent => ({
    id, source: { principal: 'SRB', actor: 'Serbia' }, target: { principal: 'NATO', actor: 'the Alliance' }, code, root: code.slice(0, 2),
    quadClass: 1, goldstein, date: { start: '2015-01-15', end: '2015-01-15', precision: 'day' },
    evidence: { start: 0, end: 8, text: 'Document' }, rule: 'test', confidence: 1,
  });
  const text = 'Document two, about Serbia and NATO.';
  await a.putDocument(
    { id: 'doc2', path: 'doc2.md', title: 'Two', published: '2016-04-01', text, ingestedAt: '2026-01-01T00:00:00Z' },
    { document: { id: 'doc2', published: '2016-04-01' }, events: [event('doc2:e1', '057', 8), event('doc2:e2', '010', 0)], milestones: [], indicators: [], warnings: [] },
  );
  const parts: string[] = [];
  const r = await exportEvents(a, { dataset: 'dyad' }, 'plover', (c) => {
    parts.push(c);
  });
  assert.deepEqual(r, { written: 1, skipped: 1 });
  const rec = JSON.parse(parts.join('').trim()) as Record<string, unknown>;
  assert.deepEqual([rec['event'], rec['date'], rec['source'], rec['recipient'], rec['cameo_code']], [
    ['SUPPORT'], '2015-01-15', [{ code: 'SRB', actor_text: 'Serbia' }], [{ code: 'NATO', actor_text: 'the Alliance' }], '057',
  ]);
});
