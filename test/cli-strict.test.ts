/**
 * The command line, strict in and honest out: unknown options and stray words are errors that name
 * them; countries and organisations by name; an unknown name is an error with the closest ones; dates
 * that do not exist are refused; a list at its limit says more rows exist; help piped is plain text.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fixtureStore, type Fixture } from './server-fixture.js';
import { assertNoStackTrace, fixture, runDyad } from './_run-dyad.js';

let fx: Fixture;
let db: string;

before(async () => {
  fx = await fixtureStore();
  await fx.store.close();
  db = join(fx.dir, 'test.duckdb');
});
after(async () => {
  await fx.close().catch(() => undefined);
});

test('an unknown option is an error naming it, with the closest option, and nothing is listed', () => {
  const r = runDyad(['events', '--dayd', 'SRB:NATO', '--db', db]);
  assert.equal(r.status, 2, r.stderr);
  assertNoStackTrace(r.stderr);
  assert.match(r.stderr, /unknown option '--dayd' for dyad events/);
  assert.match(r.stderr, /Did you mean --dyad\?/);
  assert.equal(r.stdout, '');
});

test('a long option written with one dash is refused, not read as something else', () => {
  const r = runDyad(['events', '-store', join(fx.dir, 'other.duckdb')]);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /unknown option '-store'.*\n.*--store/);
});

test('a stray argument is an error naming it', () => {
  const r = runDyad(['dyad', 'SRB', 'NATO', 'RUS', '--db', db]);
  assert.equal(r.status, 2, r.stderr);
  assert.match(r.stderr, /unexpected argument 'RUS': dyad dyad takes 2 arguments/);
});

test('countries and organisations by name mean their codes', () => {
  const byCode = runDyad(['dyad', 'SRB', 'NATO', '--db', db, '--format', 'csv']);
  assert.equal(byCode.status, 0, byCode.stderr);
  assert.match(byCode.stdout, /SRB<->NATO/);
  const byName = runDyad(['dyad', 'Serbia', 'North Atlantic Treaty Organization', '--db', db, '--format', 'csv']);
  assert.equal(byName.status, 0, byName.stderr);
  assert.equal(byName.stdout, byCode.stdout);
  const events = runDyad(['events', '--dyad', 'Serbia:Russian Federation', '--db', db, '--format', 'json']);
  assert.equal(events.status, 0, events.stderr);
  assert.equal((JSON.parse(events.stdout) as unknown[]).length, 3);
});

test('an unknown name is an error with the closest names, not an empty answer', () => {
  const ladder = runDyad(['ladder', 'XXX', '--db', db]);
  assert.equal(ladder.status, 1, ladder.stderr);
  assertNoStackTrace(ladder.stderr);
  assert.match(ladder.stderr, /'XXX' is not a country or organisation Dyad knows \[UNKNOWN_ACTOR\]/);
  assert.match(ladder.stderr, /Closest: .*\(XKX\)/);
  assert.doesNotMatch(ladder.stdout, /No formal relationship/);
  const dyad = runDyad(['dyad', 'Serbai', 'NATO', '--db', db]);
  assert.equal(dyad.status, 1);
  assert.match(dyad.stderr, /'Serbai'.*\n.*Serbia \(SRB\)/);
});

test('dates that do not exist are refused with the reason, by every command', () => {
  const from = runDyad(['events', '--from', '2015-02-30', '--db', db]);
  assert.equal(from.status, 2, from.stderr);
  assert.match(from.stderr, /'2015-02-30' is not a date: February 2015 has 28 days/);
  const ingest = runDyad(['ingest', fixture('extract', 'finland-nato.txt'), '--published', '0000-01-01', '--db', join(fx.dir, 'ingest.duckdb')]);
  assert.equal(ingest.status, 2, ingest.stderr);
  assert.match(ingest.stderr, /'0000-01-01' is not a date: years run from 1000 to 9999/);
  const extract = runDyad(['extract', fixture('extract', 'finland-nato.txt'), '--published', '2015-02-30']);
  assert.equal(extract.status, 2, extract.stderr);
  assert.match(extract.stderr, /February 2015 has 28 days/);
});

test('a list at its limit says that more rows exist and how to see them', () => {
  const r = runDyad(['events', '--limit', '2', '--db', db, '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal((JSON.parse(r.stdout) as unknown[]).length, 2, 'stdout holds only the rows');
  assert.match(r.stderr, /2 events shown \(from 1\); more exist: add --offset 2/);
  const rest = runDyad(['events', '--limit', '2', '--offset', '4', '--db', db]);
  assert.equal(rest.status, 0, rest.stderr);
  assert.equal(rest.stderr, '', 'the last page says nothing more');
});

test('help piped to a file has no colour codes', () => {
  for (const args of [['--help'], ['events', '--help']]) {
    const r = runDyad(args);
    assert.equal(r.status, 0);
    assert.match(r.stdout, /USAGE/);
    assert.doesNotMatch(r.stdout, /\u001b\[/, `colour codes in: ${args.join(' ')}`);
  }
});

test("a subcommand's help is its own: documents rm --help shows rm's arguments under its full name", () => {
  const r = runDyad(['documents', 'rm', '--help']);
  assert.equal(r.status, 0);
  assert.match(r.stdout, /USAGE dyad documents rm /);
  assert.match(r.stdout, /--force/);
  assert.match(r.stdout, /--store, --db/, 'a long alias is written with two dashes, as it must be typed');
  assert.doesNotMatch(r.stdout, /--limit/, "the parent's options are not shown");
  const parent = runDyad(['documents', '--help']);
  assert.match(parent.stdout, /USAGE dyad documents /);
  assert.match(parent.stdout, /--limit/);
});
