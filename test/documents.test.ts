/**
 * `dyad documents`, `dyad documents rm` and `dyad stats` end to end: the list says when more documents
 * are stored than it shows; removing needs --force when it cannot ask, takes what only the document
 * told, and leaves the rest as it was.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertNoStackTrace, runDyad } from './_run-dyad.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-documents-'));
const db = join(dir, 'docs.duckdb');
test.after(() => rmSync(dir, { recursive: true, force: true }));

interface Listed { id: string; title: string | null; name: string | null; published: string | null; kind: string | null }
interface Stats { documents: number; events: number; mentions: number; milestones: number; indicators: number; quarantined: number }

const stats = (): Stats => (JSON.parse(runDyad(['stats', '--db', db, '--format', 'json']).stdout) as Stats[])[0] as Stats;
const listed = (): Listed[] => JSON.parse(runDyad(['documents', '--db', db, '--format', 'json']).stdout) as Listed[];

test('documents are listed, rm takes one document and what only it told, stats count what is left', () => {
  // Both notes tell the 2 March visit; only the first tells the 5 March criticism.
  writeFileSync(join(dir, 'a.md'), '---\npublished: 2019-03-06\ntitle: First note\n---\nOn 2 March 2019 Greece signed a defence agreement with Cyprus. On 5 March 2019 Turkey criticised Greece.\n');
  writeFileSync(join(dir, 'b.md'), '---\npublished: 2019-03-07\ntitle: Second note\n---\nGreece signed a defence agreement with Cyprus on 2 March 2019.\n');
  const ingest = runDyad(['ingest', join(dir, 'a.md'), join(dir, 'b.md'), '--db', db]);
  assert.equal(ingest.status, 0, ingest.stderr);
  const all = listed();
  assert.deepEqual(all.map((d) => [d.title, d.name, d.published]), [['First note', 'a.md', '2019-03-06'], ['Second note', 'b.md', '2019-03-07']]);
  const first = stats();
  assert.equal(first.documents, 2);
  assert.ok(first.mentions > first.events, 'the retold event is one event with two mentions');

  const page = runDyad(['documents', '--db', db, '--limit', '1']);
  assert.equal(page.status, 0, page.stderr);
  assert.match(page.stdout, /First note/);
  assert.doesNotMatch(page.stdout, /Second note/);
  assert.match(page.stderr, /1 of 2 documents shown.*--offset 1 shows the next/);
  assert.equal(runDyad(['documents', '--db', db]).stderr, '', 'no note when all are shown');

  const id = all[0]?.id ?? '';
  const unasked = runDyad(['documents', 'rm', id, '--db', db]);
  assert.equal(unasked.status, 2);
  assert.match(unasked.stderr, /needs --force/);
  assertNoStackTrace(unasked.stderr);
  assert.deepEqual(stats(), first, 'nothing removed without --force');

  const rm = runDyad(['documents', 'rm', id, '--force', '--db', db]);
  assert.equal(rm.status, 0, rm.stderr);
  assert.match(rm.stdout, new RegExp(`removed ${id}: 1 events only it told, 2 mentions`));
  const left = stats();
  assert.deepEqual(left, { ...first, documents: 1, events: first.events - 1, mentions: first.mentions - 2 });
  assert.deepEqual(listed().map((d) => d.title), ['Second note']);
  const events = JSON.parse(runDyad(['events', '--db', db, '--format', 'json']).stdout) as { mentions: number; documentId: string }[];
  assert.deepEqual(events.map((e) => [e.mentions, e.documentId]), [[1, all[1]?.id]]);

  const missing = runDyad(['documents', 'rm', id, '--force', '--db', db]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /no document/);
  const bad = runDyad(['documents', 'rm', 'abc', '--force', '--db', db]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /not a document id/);
});

test('the list shows the kind of each document, as its layout tells it', () => {
  const kinds = join(dir, 'kinds.duckdb');
  writeFileSync(join(dir, 'release.txt'), 'Ministry of Foreign Affairs | Press release\n\nPublished: 4 May 2021\n\nChile and Peru signed a fisheries agreement in Lima.\n');
  writeFileSync(join(dir, 'wire.txt'), 'LIMA, May 4 (Andes Wire) - Peru recalled its ambassador from Chile.\n');
  const ingest = runDyad(['ingest', join(dir, 'release.txt'), join(dir, 'wire.txt'), '--db', kinds, '--published', '2021-05-04']);
  assert.equal(ingest.status, 0, ingest.stderr);
  const rows = JSON.parse(runDyad(['documents', '--db', kinds, '--format', 'json']).stdout) as Listed[];
  assert.deepEqual(rows.map((d) => [d.name, d.kind]).sort(), [['release.txt', 'press-release'], ['wire.txt', 'news']]);
});
