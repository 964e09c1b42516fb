/**
 * `dyad demo` end to end: the examples added to a database, then the analyst's first page — the
 * Serbia–NATO timeline with the 2005–2017 milestones of the seed brief (taken from its gold file in
 * ../shared, never copied here), the ladders, the balance and the indicators — and the query commands
 * answering from the database it built; run again, it keeps what a user added.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gdeltLine } from '../src/importers/_fixtures.js';
import { sharedFile } from '../src/testing/shared.js';
import { assertNoStackTrace, runDyad } from './_run-dyad.js';

interface GoldMilestone { actor: string; org: string; instrument: string; status: string; date: string | null }
interface GoldEvent { source: string; target: string; code: string; date: string | null }

const dir = mkdtempSync(join(tmpdir(), 'dyad-demo-'));
const db = join(dir, 'demo.duckdb');
const first = runDyad(['demo', '--db', db]);
const section = (title: RegExp): string => {
  const parts = first.stdout.split(/\n== /);
  return parts.find((p) => title.test(p.split('\n')[0] ?? '')) ?? '';
};

test.after(() => rmSync(dir, { recursive: true, force: true }));

test('the demo builds its database and prints the timeline, ladders, balance and indicators', () => {
  assert.equal(first.status, 0, first.stderr);
  assertNoStackTrace(first.stderr);
  assert.match(first.stdout, /ingest: \d+ files: \d+ stored, 0 already stored, 0 failed/);
  for (const title of [/^SRB–NATO timeline/, /^SRB's ladders/, /^SRB between NATO and RUS/, /^Indicators/]) {
    assert.ok(section(title).split('\n').length > 3, `section ${title} has content`);
  }
  assert.match(section(/^SRB's ladders/), /SRB on the NATO ladder at \d{4}-\d{2}-\d{2}: .*\(IPAP/);
});

test('the timeline shows the 2005–2017 Serbia–NATO milestones and events of the seed brief', (t) => {
  const goldFile = sharedFile(t, 'gold', 'serbia-nato-brief.gold.json');
  if (!goldFile) return;
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as { milestones: GoldMilestone[]; events: GoldEvent[] };
  const year = (d: string | null) => (d ? /(\d{4})/.exec(d)?.[1] ?? null : null);
  const inSpan = (y: string | null) => y !== null && y >= '2005' && y <= '2017';
  const timelineLines = section(/^SRB–NATO timeline/).split('\n');
  const milestones = gold.milestones.filter((m) => m.actor === 'SRB' && m.org === 'NATO' && inSpan(year(m.date)));
  assert.ok(milestones.length >= 4);
  for (const m of milestones) {
    const line = timelineLines.find((l) => l.startsWith(year(m.date) ?? '?') && l.includes(`★ SRB NATO ${m.instrument} ${m.status}`));
    assert.ok(line, `timeline shows ${m.instrument} ${m.status} in ${year(m.date)}`);
  }
  const years = new Set(gold.events.filter((e) => [e.source, e.target].sort().join() === 'NATO,SRB' && inSpan(year(e.date))).map((e) => year(e.date)));
  for (const y of years) {
    assert.ok(timelineLines.some((l) => l.startsWith(y ?? '?') && /(SRB→NATO|NATO→SRB) \d{3}/.test(l)), `timeline has a Serbia–NATO event in ${y}`);
  }
});

test('the query commands answer from the database the demo built', () => {
  const events = runDyad(['events', '--dyad', 'SRB:NATO', '--from', '2015-01-01', '--to', '2015-12-31', '--format', 'json', '--db', db]);
  assert.equal(events.status, 0, events.stderr);
  const list = JSON.parse(events.stdout) as { id: string; date: { start: string } | null; mentions: number }[];
  assert.ok(list.length > 0);
  assert.ok(list.every((e) => e.date && e.date.start <= '2015-12-31'));
  const ev = runDyad(['evidence', list[0]?.id ?? '', '--format', 'json', '--db', db]);
  assert.equal(ev.status, 0, ev.stderr);
  const rec = JSON.parse(ev.stdout) as { mentions: { evidence: { start: number; end: number; text: string }; document: { path: string } }[] };
  const m = rec.mentions[0];
  assert.ok(m);
  // The evidence offsets point at the sentence in the file as read.
  assert.equal(readFileSync(m.document.path, 'utf8').slice(m.evidence.start, m.evidence.end), m.evidence.text);
  const series = runDyad(['dyad', 'SRB', 'NATO', '--by', 'year', '--format', 'csv', '--db', db]);
  assert.equal(series.status, 0, series.stderr);
  assert.match(series.stdout.split('\n')[0] ?? '', /^period,direction,events,mentions,q1,q2,q3,q4,goldstein_sum,goldstein_mean,cooperation$/);
  assert.match(series.stdout, /\n2015,SRB<->NATO,\d+/);
  const ladder = runDyad(['ladder', 'SRB', '--org', 'NATO', '--at', '2010-01-01', '--format', 'json', '--db', db]);
  assert.equal(ladder.status, 0, ladder.stderr);
  assert.equal((JSON.parse(ladder.stdout) as { rung: string }[])[0]?.rung, 'IPP');
  const bad = runDyad(['events', '--from', '2015-02-30', '--db', db]);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /from.*not a date|not a date.*from/);
  assertNoStackTrace(bad.stderr);
});

test('running the demo again keeps a user\'s document and imported rows, and adds nothing twice', () => {
  // What a user adds after the first run: a note of their own and a file of GDELT rows.
  const note = join(dir, 'my-note.md');
  writeFileSync(note, '---\npublished: 2021-05-04\ntitle: My note\n---\nOn 3 May 2021 Hungary criticised Austria over the border talks.\n');
  const gdelt = join(dir, 'rows.export.CSV');
  writeFileSync(gdelt, `${[gdeltLine({ id: '901', day: '20210503', source: ['HUNGOV', 'HUN'], target: ['AUTGOV', 'AUT'] }), gdeltLine({ id: '902', day: '20210504', source: ['AUTGOV', 'AUT'], target: ['HUNGOV', 'HUN'], code: '120', quad: '3' })].join('\n')}\n`);
  assert.equal(runDyad(['ingest', note, '--db', db]).status, 0);
  const imported = runDyad(['import', gdelt, '--db', db, '--format', 'gdelt']);
  assert.equal(imported.status, 0, imported.stderr);
  const stats = () => JSON.parse(runDyad(['stats', '--db', db, '--format', 'json']).stdout) as [{ documents: number; events: number; mentions: number }];
  const before = stats()[0];

  // `npm start` runs `dyad demo` before it serves: that is what must keep them.
  const again = runDyad(['demo', '--db', db]);
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stdout, /ingest: \d+ files: 0 stored, \d+ already stored, 0 failed/);
  assert.match(again.stdout, /nothing stored was changed/);
  assert.deepEqual(stats()[0], before);
  const docs = JSON.parse(runDyad(['documents', '--db', db, '--limit', '1000', '--format', 'json']).stdout) as { title: string | null }[];
  assert.ok(docs.some((d) => d.title === 'My note'), 'the user\'s note is still listed');
  const rows = JSON.parse(runDyad(['events', '--dataset', 'gdelt', '--db', db, '--format', 'json']).stdout) as unknown[];
  assert.equal(rows.length, 2, 'the imported rows are still there');
  // The report is the first run's, with the user's data counted in.
  const report = (s: string) => s.slice(s.indexOf('\n== '), s.indexOf('\n== In the database'));
  assert.equal(report(again.stdout), report(first.stdout));
});
