/**
 * `dyad export`: GDELT 2.0 rows that re-import to the same events (the round trip), CSV and NDJSON with
 * one row per event, filters applied.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { exportEvents } from '../src/export/index.js';
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
