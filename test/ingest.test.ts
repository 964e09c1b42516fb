/**
 * `dyad ingest` end to end: files, folders and globs of .txt, .md and .html; HTML reduced to text with
 * its date and title; each failure named with a non-zero exit while the rest is stored; re-ingesting
 * adds nothing.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertNoStackTrace, runDyad } from './_run-dyad.js';

test('dyad ingest stores good files, names each bad one, exits 1, and adds nothing the second time', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-cli-'));
  try {
    const notes = join(dir, 'notes');
    mkdirSync(join(notes, 'press'), { recursive: true });
    writeFileSync(join(notes, 'a.md'), '---\npublished: 2012-05-10\ntitle: Tallinn talks\n---\nOn 9 May 2012 Estonia signed an agreement with Finland.\n');
    writeFileSync(join(notes, 'b.txt'), 'On 3 March 2011 the Foreign Minister of Croatia visited Hungary.\n');
    writeFileSync(
      join(notes, 'press', 'c.html'),
      '<html><head><title>Visit</title><meta name="date" content="2014-06-13"></head><body><p>On 12 June 2014 <b>Poland</b> criticised Belarus.</p></body></html>',
    );
    writeFileSync(join(notes, 'empty.txt'), '   \n');
    writeFileSync(join(notes, 'bin.txt'), Buffer.from([0x00, 0x01, 0x02, 0x00, 0xff, 0x00]));
    const db = join(dir, 'i.duckdb');

    const run = runDyad(['ingest', notes, join(dir, 'nothing-here.md'), '--db', db]);
    assertNoStackTrace(run.stderr);
    assert.equal(run.status, 1);
    assert.match(run.stdout, /5 files: 3 stored, 0 already stored, 2 failed/);
    assert.match(run.stderr, /empty\.txt.*INPUT_EMPTY/);
    assert.match(run.stderr, /bin\.txt.*INPUT_BINARY/);
    assert.match(run.stderr, /nothing-here\.md/);

    const events = JSON.parse(runDyad(['events', '--format', 'json', '--db', db]).stdout) as { source: { principal: string }; target: { principal: string }; date: { start: string } | null }[];
    const pairs = events.map((e) => `${e.source.principal}-${e.target.principal} ${e.date?.start ?? ''}`).sort();
    assert.deepEqual(pairs, ['EST-FIN 2012-05-09', 'HRV-HUN 2011-03-03', 'POL-BLR 2014-06-12']);

    const glob = runDyad(['ingest', `${notes}/**/*.{md,html}`, '--db', db]);
    assert.equal(glob.status, 0, glob.stderr);
    assert.match(glob.stdout, /2 files: 0 stored, 2 already stored, 0 failed/);
    const after = JSON.parse(runDyad(['events', '--format', 'json', '--db', db]).stdout) as unknown[];
    assert.equal(after.length, events.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('dyad ingest with nothing to read is a clear failure', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-none-'));
  try {
    const r = runDyad(['ingest', join(dir, 'missing'), '--db', join(dir, 'x.duckdb')]);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /nothing to ingest/);
    assertNoStackTrace(r.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a query on a database that does not exist says how to make one', () => {
  const r = runDyad(['events', '--db', join(tmpdir(), 'dyad-no-such-db.duckdb')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /no database at .*dyad-no-such-db\.duckdb/);
  assert.match(r.stderr, /dyad ingest|dyad demo/);
});
