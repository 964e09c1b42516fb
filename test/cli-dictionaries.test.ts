/**
 * `--verbs`, `--actors`, `--agents` on `dyad extract`: a user's dictionaries in the PETRARCH formats
 * code what the team's rules and the bundled dictionaries do not; a malformed line is named and the
 * rest used; `--ontology plover` writes PLOVER records.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { assertNoStackTrace, runDyad } from './_run-dyad.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-dicts-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const doc = join(dir, 'doc.txt');
writeFileSync(doc, 'Valdoria snubbed an official invitation from Croatia on Monday.\n');
const verbs = join(dir, 'mine.verbs');
writeFileSync(verbs, '---  SNUB  [---]  ---\nSNUB {SNUBS SNUBBED SNUBBING}\n- * {OFFICIAL INVITATION} (FROM +)   [125]\n- * (WITH   [120]\n');
const actors = join(dir, 'mine.actors');
writeFileSync(actors, 'VALDORIA [SRB]\n+VALDORIAN\n');

test("a user's verbs and actors code a sentence; the rule names the file and line; a bad line is a warning", () => {
  const r = runDyad(['extract', doc, '--published', '2020-05-04', '--verbs', verbs, '--actors', actors, '--format', 'json']);
  assertNoStackTrace(r.stderr);
  assert.equal(r.status, 0, r.stderr);
  const x = JSON.parse(r.stdout) as { events: { source: { principal: string }; target: { principal: string }; code: string; rule: string }[] };
  assert.deepEqual(
    x.events.map((e) => [e.source.principal, e.target.principal, e.code, e.rule]),
    [['SRB', 'HRV', '125', 'dictionary:mine.verbs:3']],
  );
  assert.match(r.stderr, /mine\.verbs:4: a '\(' is never closed \[DATA_PARSE\]/);
});

test('without the user files the sentence gives nothing', () => {
  const r = runDyad(['extract', doc, '--published', '2020-05-04', '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual((JSON.parse(r.stdout) as { events: unknown[] }).events, []);
});

test('--ontology plover writes PLOVER records; it needs a JSON format; a missing dictionary is an error', () => {
  const r = runDyad(['extract', doc, '--published', '2020-05-04', '--verbs', verbs, '--actors', actors, '--ontology', 'plover', '--format', 'ndjson']);
  assert.equal(r.status, 0, r.stderr);
  const ev = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l['kind'] === 'event');
  assert.deepEqual([ev?.['event'], ev?.['mode'], ev?.['context'], ev?.['date']], [['REJECT'], ['meet'], ['diplomatic'], '2020-05-04']);
  assert.deepEqual(ev?.['recipient'], [{ code: 'HRV', actor_text: 'Croatia', identifier_id: 'HRV' }]);
  const table = runDyad(['extract', doc, '--ontology', 'plover']);
  assert.equal(table.status, 2);
  assert.match(table.stderr, /--ontology: PLOVER records are JSON \[BAD_ARGUMENT\]/);
  const missing = runDyad(['extract', doc, '--verbs', join(dir, 'nowhere.verbs')]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /nowhere\.verbs: cannot read the verbs dictionary \[INPUT_NOT_FOUND\]/);
  assertNoStackTrace(missing.stderr);
});
