import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DyadEvent, Milestone, QuadClass } from '../core/model.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { periodOf } from './period.js';
import { cooperationIndex } from '../core/cooperation.js';
import { balance, netCooperation } from './balance.js';
import { timeline } from './timeline.js';
import { unplacedNote } from './trend.js';

test('the cooperation index weighs material acts twice and is 0 with no events', () => {
  assert.equal(cooperationIndex([0, 0, 0, 0]), 0);
  assert.equal(cooperationIndex([3, 0, 0, 0]), 1);
  assert.equal(cooperationIndex([0, 0, 0, 2]), -1);
  assert.equal(cooperationIndex([1, 0, 0, 1]), Math.round((-1 / 3) * 1e6) / 1e6);
  assert.equal(netCooperation([2, 1, 1, 1]), 2 + 2 - 1 - 2);
});

test('periods are labelled by year, quarter and month', () => {
  assert.equal(periodOf('2015-11-20', 'year'), '2015');
  assert.equal(periodOf('2015-11-20', 'quarter'), '2015-Q4');
  assert.equal(periodOf('2015-03-31', 'quarter'), '2015-Q1');
  assert.equal(periodOf('2015-11-20', 'month'), '2015-11');
});

let n = 0;
function ev(s: string, t: string, quadClass: QuadClass, day: string): DyadEvent {
  n++;
  const code = ['040', '070', '120', '190'][quadClass - 1] ?? '040';
  return {
    id: `e${n}`, source: { principal: s, actor: s }, target: { principal: t, actor: t }, code, root: code.slice(0, 2), quadClass,
    goldstein: [1, 7, -4, -10][quadClass - 1] ?? 0, date: { start: day, end: day, precision: 'day' },
    evidence: { start: n, end: n + 1, text: `s${n}` }, rule: 'r', confidence: 1,
  };
}

async function withStore(fn: (store: Store) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-analysis-'));
  const store = await openStore(join(dir, 'a.duckdb'));
  try {
    await fn(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('balance puts two dyads side by side per year and leans by volume and tone', async () => {
  await withStore(async (store) => {
    const events = [
      ev('ABC', 'ORG', 1, '2010-02-01'), ev('ORG', 'ABC', 2, '2010-05-01'), ev('ABC', 'XYZ', 1, '2010-03-01'),
      ev('ABC', 'XYZ', 2, '2011-03-01'), ev('XYZ', 'ABC', 1, '2011-04-01'), ev('ABC', 'ORG', 3, '2011-06-01'),
      ev('ABC', 'ORG', 1, '2012-06-01'), ev('ABC', 'XYZ', 1, '2012-06-02'), ev('ORG', 'ABC', 4, '2013-01-01'),
    ];
    await store.putDocument({ id: 'd', published: null, text: 't', ingestedAt: '2026-01-01T00:00:00Z' }, { document: { id: 'd', published: null }, events, milestones: [], indicators: [], warnings: [] });
    const b = await balance(store, { actor: 'abc', first: 'ORG', second: 'XYZ', by: 'year' });
    assert.deepEqual(b.rows.map((r) => [r.period, r.first.events, r.second.events, r.lean]), [
      ['2010', 2, 1, 'ORG'],
      ['2011', 1, 2, 'XYZ'],
      ['2012', 1, 1, 'even'],
      ['2013', 1, 0, 'away from ORG'],
    ]);
    assert.equal(b.total.first.net, 1 + 2 - 1 + 1 - 2);
    assert.equal(b.total.second.net, 1 + 2 + 1 + 1);
    assert.equal(b.total.lean, 'XYZ');
    assert.deepEqual(b.total.first.quad, [2, 1, 1, 1]);
  });
});

test('a timeline merges dyad events and ladder milestones by date, milestones first on a shared day', async () => {
  await withStore(async (store) => {
    const m: Milestone = { id: 'm1', actor: 'ABC', org: 'ORG', instrument: 'PfP', status: 'joined', date: { start: '2010-05-01', end: '2010-05-01', precision: 'day' }, evidence: { start: 0, end: 1, text: 'joined' }, rule: 'm' };
    const events = [ev('ABC', 'ORG', 1, '2010-05-01'), ev('ORG', 'ABC', 2, '2009-01-01'), ev('ABC', 'XYZ', 1, '2010-01-01')];
    await store.putDocument({ id: 'd', published: null, text: 't', ingestedAt: '2026-01-01T00:00:00Z' }, { document: { id: 'd', published: null }, events, milestones: [m], indicators: [], warnings: [] });
    const items = await timeline(store, { a: 'ABC', b: 'ORG' });
    assert.deepEqual(items.map((i) => [i.date?.start, i.kind]), [['2009-01-01', 'event'], ['2010-05-01', 'milestone'], ['2010-05-01', 'event']]);
    assert.equal((await timeline(store, { a: 'ABC', b: 'ORG', from: '2010-01-01' })).length, 2);
  });
});

test('ladder standing reads stored milestones through the ladders, with the evidence of each step', async () => {
  const { ladderStandings } = await import('./ladder.js');
  await withStore(async (store) => {
    const mk = (id: string, instrument: Milestone['instrument'], status: Milestone['status'], day: string): Milestone => ({
      id, actor: 'GEO', org: 'NATO', instrument, status, date: { start: day, end: day, precision: 'day' }, evidence: { start: 0, end: 3, text: `${instrument} ${status}` }, rule: 'm',
    });
    const milestones = [mk('a', 'PfP', 'joined', '1994-03-23'), mk('b', 'IPAP', 'adopted', '2004-10-29')];
    await store.putDocument({ id: 'g', published: null, text: 't', ingestedAt: '2026-01-01T00:00:00Z' }, { document: { id: 'g', published: null }, events: [], milestones, indicators: [], warnings: [] });
    const [before] = await ladderStandings(store, { actor: 'geo', org: 'NATO', at: '2000-01-01' });
    assert.equal(before?.rung, 'PfP');
    assert.equal(before?.since, '1994-03-23');
    const [after] = await ladderStandings(store, { actor: 'GEO', org: 'nato', at: '2010-01-01' });
    assert.equal(after?.rung, 'IPAP');
    assert.ok((after?.level ?? 0) > (before?.level ?? 0));
    assert.deepEqual(after?.history.map((h) => h.evidence?.text), ['PfP joined', 'IPAP adopted']);
    const all = await ladderStandings(store, { actor: 'GEO', at: '2010-01-01' });
    assert.deepEqual(all.map((s) => [s.org, s.rung]).find(([o]) => o === 'EU'), ['EU', 'none']);
  });
});

test('the note of a finer trend says how many events it could not place, and nothing by year or when none', () => {
  assert.equal(unplacedNote(0, 'quarter'), null);
  assert.equal(unplacedNote(3, 'year'), null);
  assert.match(unplacedNote(1, 'quarter') ?? '', /^1 event is dated less precisely than a quarter .* counts it\.$/);
  assert.match(unplacedNote(1234, 'month') ?? '', /^1,234 events are dated less precisely than a month .* counts them\.$/);
});
