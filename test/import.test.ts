/**
 * `dyad import` end to end on a DuckDB store: the real samples through both paths (DuckDB's CSV reader
 * and the JS row parser) give the same events; a second import adds nothing; bad rows land in the
 * quarantine table with file, line and reason, the same on both paths, whether the file is plain, gzip
 * or zip; the CLI prints a summary and exits 0, or 1 when a file cannot be read.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { gdeltLine } from '../src/importers/_fixtures.js';
import { importFile, type ImportPath } from '../src/importers/index.js';
import { openDuckDbStore, type DuckDbStore } from '../src/store/duckdb/index.js';
import { sharedFile } from '../src/testing/shared.js';
import { assertNoStackTrace, runDyad } from './_run-dyad.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-import-'));
const stores: DuckDbStore[] = [];
after(async () => {
  for (const s of stores) await s.close();
});

let n = 0;
async function freshStore(): Promise<DuckDbStore> {
  const s = await openDuckDbStore(join(dir, `s${++n}.duckdb`));
  stores.push(s);
  return s;
}

type Row = Record<string, string | number | boolean | null>;
async function rows(store: DuckDbStore, sql: string): Promise<Row[]> {
  return store.db.all(sql);
}

const EVENT_SQL = `SELECT id, dataset, dataset_row_id, source_principal, source_actor, source_actor_id, target_principal,
  target_actor, target_actor_id, code, root, quad_class, goldstein, strftime(date_start, '%Y-%m-%d') AS day_start,
  strftime(date_end, '%Y-%m-%d') AS day_end, date_precision, mentions, source_url FROM events ORDER BY id`;

const SAMPLES: [string, number][] = [
  ['gdelt2.20191024143000.export.CSV', 2111],
  ['gdelt1.events.sample.csv', 710],
  ['icews.events.2018.sample.tab', 3705],
];

for (const [name, count] of SAMPLES) {
  test(`${name}: ${count} events by either path, the same rows, and nothing more on a second import`, async (t) => {
    const f = sharedFile(t, 'peer', 'samples', name);
    if (!f) return;
    const results: Row[][] = [];
    for (const path of ['bulk', 'rows'] as ImportPath[]) {
      const store = await freshStore();
      const first = await importFile(store, f, { path });
      assert.equal(first.rows, count);
      assert.equal(first.inserted, count);
      assert.equal(first.quarantined, 0);
      const again = await importFile(store, f, { path });
      assert.deepEqual([again.inserted, again.duplicates], [0, count]);
      const stored = await rows(store, EVENT_SQL);
      assert.equal(stored.length, count);
      const batches = await rows(store, `SELECT inserted, duplicates, quarantined FROM import_batches ORDER BY started_at`);
      assert.deepEqual(batches.map((b) => [b['inserted'], b['duplicates']]), [[count, 0], [0, count]]);
      results.push(stored);
    }
    assert.deepEqual(results[0], results[1]);
  });
}

test('a GDELT row is stored with the values of its line', async (t) => {
  const f = sharedFile(t, 'peer', 'samples', 'gdelt2.20191024143000.export.CSV');
  if (!f) return;
  const store = await freshStore();
  await importFile(store, f);
  const r = await rows(store, `${EVENT_SQL.replace('ORDER BY id', '')} WHERE dataset_row_id = '881990833'`);
  assert.equal(r.length, 1);
  assert.deepEqual(
    { ...r[0], source_url: String(r[0]?.['source_url']).slice(0, 17) },
    {
      id: 'gdelt:881990833', dataset: 'gdelt', dataset_row_id: '881990833', source_principal: '', source_actor: '',
      source_actor_id: null, target_principal: 'EU', target_actor: 'IGOEUREEC', target_actor_id: null, code: '040',
      root: '04', quad_class: 1, goldstein: 1, day_start: '2018-10-24', day_end: '2018-10-24', date_precision: 'day',
      mentions: 10, source_url: 'https://belsat.eu',
    },
  );
});

/** A GDELT 2.0 file with one bad row of each kind between good ones. */
function badGdelt(): string[] {
  return [
    gdeltLine({ id: '1' }),
    gdeltLine({ id: '2' }).split('\t').slice(0, 40).join('\t'),
    gdeltLine({ id: '3', day: '20150231' }),
    gdeltLine({ id: '4' }),
    `${gdeltLine({ id: '5' })}\textra`,
    gdeltLine({ id: '6', code: '999' }),
    gdeltLine({ id: '1' }),
    gdeltLine({ id: '7', source: ['YUGGOV', 'YUG', ''], day: '19990324' }),
    gdeltLine({ id: 'x8' }),
    gdeltLine({ id: '9', quad: '', goldstein: '' }),
  ];
}

const PACKINGS: [string, (text: string) => Buffer][] = [
  ['plain', (s) => Buffer.from(s)],
  ['gzip', (s) => gzipSync(Buffer.from(s))],
  ['zip', (s) => Buffer.from(zipSync({ 'events.CSV': strToU8(s) }))],
];

for (const [packing, pack] of PACKINGS) {
  test(`${packing}: bad rows go to quarantine with file, line and reason, the same by either path`, async () => {
    const f = join(dir, `bad-${packing}.CSV${packing === 'gzip' ? '.gz' : packing === 'zip' ? '.zip' : ''}`);
    writeFileSync(f, pack(`${badGdelt().join('\n')}\n`));
    const seen: Row[][] = [];
    for (const path of ['bulk', 'rows'] as ImportPath[]) {
      const store = await freshStore();
      const r = await importFile(store, f, { path });
      assert.equal(r.rows, 10);
      assert.equal(r.quarantined, 5);
      // Row 1 appears twice in the file: stored once.
      assert.deepEqual([r.inserted, r.duplicates], [4, 1]);
      const q = await rows(store, `SELECT file, line, reason, raw FROM quarantine ORDER BY line`);
      assert.deepEqual(q.map((x) => [x['line'], String(x['reason']).split(':')[0]]), [
        [2, 'wrong column count'],
        [3, 'date does not parse'],
        [5, 'wrong column count'],
        [6, 'unknown CAMEO event code'],
        [9, 'GLOBALEVENTID is not a number'],
      ]);
      assert.ok(q.every((x) => x['file'] === f && String(x['raw']).includes('\t')));
      const ev = await rows(store, `SELECT dataset_row_id AS k, source_principal AS p, quad_class AS q FROM events ORDER BY k`);
      assert.deepEqual(ev.map((e) => [e['k'], e['p']]), [['1', 'SRB'], ['4', 'SRB'], ['7', 'SRB'], ['9', 'SRB']]);
      seen.push(q);
      const again = await importFile(store, f, { path });
      assert.deepEqual([again.inserted, again.quarantined], [0, 5]);
      const held = await rows(store, `SELECT count(*) AS n FROM quarantine`);
      assert.equal(Number(held[0]?.['n']), 5, 'importing the file again does not double its quarantine');
    }
    assert.deepEqual(seen[0], seen[1]);
  });
}

test('dyad import: a summary per file, the unreadable file named, exit 1; the readable one still imported', (t) => {
  const f = sharedFile(t, 'peer', 'samples', 'gdelt2.20191024143000.export.CSV');
  if (!f) return;
  const db = join(dir, 'cli.duckdb');
  const missing = join(dir, 'no-such.CSV');
  const r = runDyad(['import', missing, f, '--db', db, '--summary', 'json']);
  assert.equal(r.status, 1, r.stderr);
  assertNoStackTrace(r.stderr);
  assert.match(r.stderr, /no-such\.CSV.*\[INPUT_NOT_FOUND\]/);
  const out = JSON.parse(r.stdout) as { file: string; inserted: number; format: string }[];
  assert.deepEqual(out.map((o) => [o.file, o.format, o.inserted]), [[missing, '', 0], [f, 'gdelt', 2111]]);
  const again = runDyad(['import', f, '--db', db, '--summary', 'json', '--format', 'gdelt']);
  assert.equal(again.status, 0, again.stderr);
  assert.equal((JSON.parse(again.stdout) as { duplicates: number }[])[0]?.duplicates, 2111);
  const wrong = runDyad(['import', f, '--db', db, '--format', 'polecat']);
  assert.equal(wrong.status, 2);
});

test('bulk path: with no line rejected by the reader, a bad value is still quarantined at its own line', async () => {
  const f = join(dir, 'dates.CSV');
  writeFileSync(f, `${[gdeltLine({ id: '1' }), gdeltLine({ id: '2' }), gdeltLine({ id: '3', day: '20151301' }), gdeltLine({ id: '4' })].join('\n')}\n`);
  const store = await freshStore();
  const r = await importFile(store, f, { path: 'bulk' });
  assert.deepEqual([r.path, r.inserted, r.quarantined], ['bulk', 3, 1]);
  const q = await rows(store, `SELECT line, reason FROM quarantine`);
  assert.deepEqual(q, [{ line: 3, reason: "date does not parse: '20151301'" }]);
});

/** A GDELT file of `n` rows, each with its own source URL, so a torn last row would show. */
function urlRows(n: number): string {
  return `${Array.from({ length: n }, (_, i) => gdeltLine({ id: String(5000 + i), url: `https://www.example.org/news/${i}` })).join('\n')}\n`;
}

for (const path of ['bulk', 'rows'] as ImportPath[]) {
  test(`${path} path: a gzip file cut short is reported, nothing of it stored, and the whole file imported later is whole`, async () => {
    const whole = gzipSync(Buffer.from(urlRows(400)));
    const store = await freshStore();
    for (const cut of [8, 40, Math.floor(whole.length / 3)]) {
      const f = join(dir, `cut-${path}-${cut}.CSV.gz`);
      writeFileSync(f, whole.subarray(0, whole.length - cut));
      await assert.rejects(importFile(store, f, { path }), (err: Error & { code?: string }) =>
        err.code === 'IMPORT_FORMAT' && /cut short|damaged/.test(err.message));
      const stored = await rows(store, `SELECT count(*) AS n FROM events`);
      assert.equal(Number(stored[0]?.['n']), 0, `cut ${cut}: nothing stored`);
    }
    const f = join(dir, `whole-${path}.CSV.gz`);
    writeFileSync(f, whole);
    const r = await importFile(store, f, { path });
    assert.equal(r.inserted, 400);
    const last = await rows(store, `SELECT source_url AS u FROM events WHERE dataset_row_id = '5399'`);
    assert.equal(last[0]?.['u'], 'https://www.example.org/news/399');
  });
}

test('dyad import of a gzip file cut short names it and exits 1; the whole file then imports', () => {
  const whole = gzipSync(Buffer.from(urlRows(50)));
  const f = join(dir, 'cli-cut.CSV.gz');
  writeFileSync(f, whole.subarray(0, whole.length - 20));
  const db = join(dir, 'cli-cut.duckdb');
  const r = runDyad(['import', f, '--db', db]);
  assert.equal(r.status, 1, r.stderr);
  assertNoStackTrace(r.stderr);
  assert.match(r.stderr, /cli-cut\.CSV\.gz.*cut short.*\[IMPORT_FORMAT\]/s);
  writeFileSync(f, whole);
  const again = runDyad(['import', f, '--db', db, '--summary', 'json']);
  assert.equal(again.status, 0, again.stderr);
  assert.equal((JSON.parse(again.stdout) as { inserted: number }[])[0]?.inserted, 50);
});
