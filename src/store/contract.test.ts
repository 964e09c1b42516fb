/**
 * The Store contract: every engine stores, deduplicates and answers the same queries with the same
 * values. Engines are listed in ENGINES; `DYAD_STORE_ENGINES=duckdb,clickhouse` narrows the run.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentKind, DyadEvent, Extraction, Indicator, Milestone, QuadClass } from '../core/model.js';
import { isDyadError } from '../core/errors.js';
import { dyadTrend } from '../analysis/trend.js';
import type { DyadSeriesRow, Store, StoredDocument } from './store.js';
import { openStore } from './open.js';
import { clickHouseContractEngines } from './clickhouse/testing.js';

interface Engine {
  name: string;
  /** A fresh, empty store. */
  open(dir: string): Promise<Store>;
}

const ENGINES: Engine[] = [
  { name: 'duckdb', open: (dir) => openStore(join(dir, 'contract.duckdb')) },
  // ClickHouse on one server and on the two-shard cluster; listed only when DYAD_CLICKHOUSE_URL names servers.
  ...clickHouseContractEngines(),
];

const wanted = (process.env['DYAD_STORE_ENGINES'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
const engines = ENGINES.filter((e) => wanted.length === 0 || wanted.includes(e.name));

const QUAD_GOLDSTEIN: Record<string, [QuadClass, number]> = {
  '03': [1, 4], '04': [1, 1], '05': [1, 3.5], '06': [2, 6], '07': [2, 7], '11': [3, -2], '12': [3, -4], '19': [4, -10],
};

let seq = 0;
function ev(docId: string, s: string, t: string, code: string, start: string | null, end: string | null = start): DyadEvent {
  const root = code.slice(0, 2);
  const [quadClass, goldstein] = QUAD_GOLDSTEIN[root] ?? [1, 0];
  seq++;
  return {
    id: `${docId}:e${seq}`,
    source: { principal: s, actor: s },
    target: { principal: t, actor: t },
    code,
    root,
    quadClass,
    goldstein,
    date: start === null && end === null ? null : { start, end, precision: start === end ? 'day' : 'month' },
    evidence: { start: seq * 10, end: seq * 10 + 5, text: `sentence ${seq}` },
    rule: 'test-rule',
    confidence: 0.9,
  };
}

function doc(id: string, published: string | null, x: Partial<Extraction> = {}, kind?: DocumentKind): [StoredDocument, Extraction] {
  const text = `Document ${id}. ${'x'.repeat(100)}`;
  return [
    { id, path: `${id}.md`, title: `Title ${id}`, published, text, ingestedAt: '2026-01-01T00:00:00Z', ...(kind ? { kind } : {}) },
    { document: { id, published }, events: x.events ?? [], milestones: x.milestones ?? [], indicators: x.indicators ?? [], warnings: [] },
  ];
}

function milestone(id: string, actor: string, org: string, instrument: Milestone['instrument'], status: Milestone['status'], start: string, end = start): Milestone {
  return { id, actor, org, instrument, status, date: { start, end, precision: 'day' }, evidence: { start: 0, end: 4, text: 'text' }, rule: 'm-rule' };
}

function indicator(id: string, subject: string, value: number): Indicator {
  return { id, subject, metric: 'support for membership', value, unit: '%', qualifier: 'circa', date: { start: '2015-01-01', end: '2015-12-31', precision: 'year' }, evidence: { start: 1, end: 9, text: 'ten percent' }, rule: 'i-rule' };
}

for (const engine of engines) {
  describe(`Store contract: ${engine.name}`, () => {
    let dir: string;
    let store: Store;
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'dyad-contract-'));
      store = await engine.open(dir);
      // d1: SRB and NATO cooperate in 2015; RUS and SRB in 2015 and 2016.
      await store.putDocument(...doc('d1', '2015-12-01', {
        events: [
          ev('d1', 'SRB', 'NATO', '057', '2015-01-15', '2015-01-31'),
          ev('d1', 'NATO', 'SRB', '070', '2015-06-10'),
          ev('d1', 'SRB', 'NATO', '120', '2015-07-01'),
          ev('d1', 'SRB', 'RUS', '040', '2015-03-01'),
          ev('d1', 'RUS', 'SRB', '190', '2016-02-01'),
          ev('d1', 'SRB', 'NATO', '040', null),
        ],
        milestones: [milestone('m1', 'SRB', 'NATO', 'PfP', 'joined', '2006-12-14'), milestone('m2', 'SRB', 'NATO', 'IPAP', 'adopted', '2015-01-15')],
        indicators: [indicator('i1', 'SRB', 10)],
      }, 'news'));
    });
    after(async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    });

    test('a stored document comes back with its text and info', async () => {
      const d = await store.getDocument('d1');
      assert.equal(d?.title, 'Title d1');
      assert.equal(d?.published, '2015-12-01');
      assert.match(d?.text ?? '', /^Document d1\./);
      assert.equal(await store.hasDocument('d1'), true);
      assert.equal(await store.hasDocument('nope'), false);
    });

    test('a document keeps its kind in its info, its listing and its evidence; one stored without a kind has none', async () => {
      assert.equal((await store.getDocument('d1'))?.kind, 'news');
      const listed = await store.listDocuments(100, 0);
      assert.equal(listed.find((d) => d.id === 'd1')?.kind, 'news');
      const [first] = await store.events({ dyad: ['SRB', 'NATO'], limit: 1 });
      const evidence = first ? await store.evidence(first.id) : null;
      assert.equal(evidence?.mentions[0]?.document.kind, 'news');
      await store.putDocument(...doc('d5', '2014-01-01', {}));
      const bare = await store.getDocument('d5');
      assert.equal(bare?.title, 'Title d5');
      assert.equal('kind' in (bare ?? {}), false);
      const relisted = (await store.listDocuments(100, 0)).find((d) => d.id === 'd5');
      assert.equal(relisted?.published, '2014-01-01');
      assert.equal(relisted && 'kind' in relisted, false);
    });

    test('storing the same document again adds nothing', async () => {
      const before = await store.stats();
      const r = await store.putDocument(...doc('d1', '2015-12-01', { events: [ev('d1', 'SRB', 'NATO', '057', '2015-01-15')] }));
      assert.equal(r.status, 'duplicate');
      assert.deepEqual(await store.stats(), before);
    });

    test('events filter by dyad in either direction, by root and quad class, by dates that overlap', async () => {
      const dyad = await store.events({ dyad: ['srb', 'NATO'] });
      assert.equal(dyad.length, 4);
      assert.deepEqual(dyad.map((e) => e.date?.start ?? null), ['2015-01-15', '2015-06-10', '2015-07-01', null]);
      assert.equal((await store.events({ dyad: ['SRB', 'NATO'], root: '12' })).length, 1);
      assert.equal((await store.events({ actor: 'RUS', quad: 4 })).length, 1);
      // The January interval overlaps a range starting on its last day; undated events are left out.
      const jan = await store.events({ dyad: ['SRB', 'NATO'], from: '2015-01-31', to: '2015-02-28' });
      assert.deepEqual(jan.map((e) => e.code), ['057']);
      assert.equal((await store.events({ limit: 2 })).length, 2);
    });

    test("each side's sector is stored and read back; a side without one has none", async () => {
      const e = ev('d-sector', 'KEN', 'SOM', '190', '2011-10-16');
      e.source.sector = 'military';
      e.target.sector = 'rebels';
      await store.putDocument(...doc('d-sector', '2011-10-17', { events: [e] }));
      const [got] = await store.events({ dyad: ['KEN', 'SOM'] });
      assert.equal(got?.source.sector, 'military');
      assert.equal(got?.target.sector, 'rebels');
      assert.equal((await store.evidence(got!.id))?.event.target.sector, 'rebels');
      const plain = await store.events({ dyad: ['SRB', 'RUS'] });
      assert.ok(plain.length > 0 && plain.every((x) => x.source.sector === undefined && x.target.sector === undefined));
      await store.removeDocument('d-sector');
    });

    test('a bad filter is a BAD_ARGUMENT naming its field', async () => {
      await assert.rejects(store.events({ from: '2015-13-01' }), (e) => isDyadError(e) && e.code === 'BAD_ARGUMENT' && e.place?.field === 'from');
      await assert.rejects(store.events({ root: '5' }), (e) => isDyadError(e) && e.place?.field === 'root');
      await assert.rejects(store.dyadSeries({ a: 'SRB', b: "NATO' OR 1=1", by: 'year' }), (e) => isDyadError(e) && e.code === 'BAD_ARGUMENT');
    });

    test('a dyad series counts quad classes, Goldstein and cooperation per period and direction', async () => {
      const rows = await store.dyadSeries({ a: 'SRB', b: 'NATO', by: 'year' });
      assert.deepEqual(rows.map((r) => [r.period, r.direction, r.events]), [['2015', 'both', 3], ['2015', 'a->b', 2], ['2015', 'b->a', 1]]);
      const both = rows[0];
      assert.deepEqual(both?.quad, [1, 1, 1, 0]);
      assert.equal(both?.goldsteinSum, 3.5 + 7 - 4);
      assert.equal(both?.goldsteinMean, Math.round(((3.5 + 7 - 4) / 3) * 1e6) / 1e6);
      // (1 + 2·1 − 1) / (1 + 2 + 1)
      assert.equal(both?.cooperation, 0.5);
      const months = await store.dyadSeries({ a: 'SRB', b: 'NATO', by: 'month' });
      assert.deepEqual([...new Set(months.map((r) => r.period))], ['2015-01', '2015-06', '2015-07']);
      const quarters = await store.dyadSeries({ a: 'NATO', b: 'SRB', by: 'quarter' });
      assert.deepEqual(quarters.filter((r) => r.direction === 'a->b').map((r) => r.period), ['2015-Q2']);
    });

    test('an event told again by another document is one event with two mentions', async () => {
      const before = await store.stats();
      const again = ev('d2', 'SRB', 'NATO', '051', '2015-01-20');
      const later = ev('d2', 'SRB', 'NATO', '051', '2015-03-20');
      const reversed = ev('d2', 'RUS', 'SRB', '043', '2015-03-01'); // 04 is symmetric: matches SRB→RUS 040
      const undated = ev('d2', 'SRB', 'NATO', '040', null);
      const r = await store.putDocument(...doc('d2', '2016-01-01', { events: [again, later, reversed, undated] }));
      assert.deepEqual(r, { status: 'stored', documentId: 'd2', events: 2, mentions: 2 });
      const after = await store.stats();
      assert.equal(after.events, before.events + 2);
      assert.equal(after.mentions, before.mentions + 4);
      const jan = (await store.events({ dyad: ['SRB', 'NATO'], from: '2015-01-01', to: '2015-01-31' }))[0];
      assert.equal(jan?.mentions, 2);
      const proof = await store.evidence(jan?.id ?? '');
      assert.deepEqual(proof?.mentions.map((m) => m.documentId), ['d1', 'd2']);
      assert.equal(proof?.mentions[1]?.evidence.text, again.evidence.text);
      assert.equal(proof?.mentions[1]?.document.title, 'Title d2');
    });

    test('a conflictual act in the other direction is not merged with a cooperative one', async () => {
      const before = await store.stats();
      await store.putDocument(...doc('d3', null, { events: [ev('d3', 'NATO', 'SRB', '120', '2015-07-01')] }));
      assert.equal((await store.stats()).events, before.events + 1);
    });

    test('milestones filter by actor, organisation and date; told twice they stay one', async () => {
      await store.putDocument(...doc('d4', null, { milestones: [milestone('m3', 'SRB', 'NATO', 'PfP', 'joined', '2006-12-01', '2006-12-31')] }));
      const all = await store.milestones({ actor: 'SRB', org: 'NATO' });
      assert.deepEqual(all.map((m) => [m.instrument, m.date?.start]), [['PfP', '2006-12-14'], ['IPAP', '2015-01-15']]);
      assert.deepEqual((await store.milestones({ actor: 'SRB', at: '2010-01-01' })).map((m) => m.instrument), ['PfP']);
      assert.equal(all[0]?.documentId, 'd1');
    });

    test('indicators come back by subject with their evidence', async () => {
      const ind = await store.indicators('srb');
      assert.equal(ind.length, 1);
      assert.equal(ind[0]?.value, 10);
      assert.equal(ind[0]?.qualifier, 'circa');
      assert.equal(ind[0]?.evidence.text, 'ten percent');
      assert.deepEqual(await store.indicators('RUS'), []);
    });

    test('principals are counted over both sides', async () => {
      const p = await store.principals();
      const srb = p.find((x) => x.principal === 'SRB');
      const total = (await store.events({ actor: 'SRB', limit: 1000 })).length;
      assert.equal(srb?.events, total);
    });

    test('an evidence request for an unknown event is null', async () => {
      assert.equal(await store.evidence('no-such-event'), null);
    });

    test('a document given in pieces is stored as the same document given whole', async () => {
      const whole = doc('p1', '2014-05-01', {
        events: [ev('p1', 'GRC', 'TUR', '120', '2014-04-02'), ev('p1', 'TUR', 'GRC', '190', '2014-04-03'), ev('p1', 'GRC', 'TUR', '121', '2014-04-02')],
        indicators: [indicator('ip1', 'GRC', 12)],
      });
      const [info, x] = whole;
      const pieces = [
        { ...x, events: x.events.slice(0, 1), indicators: [] },
        { ...x, events: x.events.slice(1), indicators: x.indicators },
      ];
      const r = await store.putDocument(info, (async function* () {
        yield* pieces;
      })());
      // The third event retells the first (same pair, root 12, same day): a mention across pieces.
      assert.deepEqual(r, { status: 'stored', documentId: 'p1', events: 2, mentions: 1 });
      const told = await store.events({ dyad: ['GRC', 'TUR'] });
      assert.deepEqual(told.map((e) => [e.code, e.mentions]), [['120', 2], ['190', 1]]);
      assert.equal((await store.indicators('GRC')).length, 1);
    });

    test('removing a document takes what only it told and nothing else', async () => {
      // r1 tells an event and a milestone; r2 tells the same event again and one of its own.
      await store.putDocument(...doc('r1', '2013-01-01', {
        events: [ev('r1', 'ALB', 'MKD', '057', '2013-02-01'), ev('r1', 'ALB', 'KOS', '040', '2013-03-01')],
        milestones: [milestone('mr1', 'ALB', 'NATO', 'MAP', 'joined', '2013-04-01')],
        indicators: [indicator('ir1', 'ALB', 40)],
      }));
      await store.putDocument(...doc('r2', '2013-06-01', { events: [ev('r2', 'ALB', 'MKD', '051', '2013-02-01'), ev('r2', 'MKD', 'GRC', '120', '2013-05-01')] }));
      const shared = (await store.events({ dyad: ['ALB', 'MKD'] }))[0];
      assert.equal(shared?.mentions, 2);
      assert.equal(shared?.documentId, 'r1');
      const before = await store.stats();
      const others = await store.events({ dyad: ['SRB', 'NATO'] });
      const removed = await store.removeDocument('r1');
      assert.deepEqual(removed, { documentId: 'r1', events: 1, mentions: 2, milestones: 1, indicators: 1 });
      assert.equal(await store.hasDocument('r1'), false);
      assert.equal(await store.getDocument('r1'), null);
      // The event r2 tells too stays, one mention fewer, its evidence now r2's sentence.
      const kept = await store.events({ dyad: ['ALB', 'MKD'] });
      assert.equal(kept.length, 1);
      assert.equal(kept[0]?.id, shared?.id);
      assert.equal(kept[0]?.mentions, 1);
      assert.equal(kept[0]?.documentId, 'r2');
      assert.deepEqual((await store.evidence(shared?.id ?? ''))?.mentions.map((m) => m.documentId), ['r2']);
      assert.deepEqual(await store.events({ dyad: ['ALB', 'KOS'] }), []);
      assert.deepEqual(await store.milestones({ actor: 'ALB' }), []);
      assert.deepEqual(await store.indicators('ALB'), []);
      assert.deepEqual(await store.stats(), { ...before, documents: before.documents - 1, events: before.events - 1, mentions: before.mentions - 2, milestones: before.milestones - 1, indicators: before.indicators - 1 });
      // Everything else is as it was; removing it again finds nothing.
      assert.equal((await store.events({ dyad: ['MKD', 'GRC'] })).length, 1);
      assert.deepEqual(await store.events({ dyad: ['SRB', 'NATO'] }), others);
      assert.equal(await store.removeDocument('r1'), null);
      // Stored again, it is whole again.
      const again = await store.putDocument(...doc('r1', '2013-01-01', { events: [ev('r1', 'ALB', 'KOS', '040', '2013-03-01')] }));
      assert.equal(again.status, 'stored');
      assert.equal((await store.events({ dyad: ['ALB', 'KOS'] })).length, 1);
    });

    test('evidence from a paged document keeps its page; a telling without pages has none', async () => {
      const onPage = <T extends { evidence: { start: number; end: number; text: string } }>(x: T, page: number): T => ({ ...x, evidence: { ...x.evidence, page } });
      const first = onPage(ev('g1', 'EST', 'LVA', '057', '2012-02-01'), 3);
      await store.putDocument(...doc('g1', '2012-06-01', {
        events: [first],
        milestones: [onPage(milestone('mg1', 'EST', 'EU', 'SAA', 'signed', '2012-03-01'), 4)],
        indicators: [onPage(indicator('ig1', 'EST', 55), 5)],
      }));
      // A plain-text document tells the same event again: its mention has no page.
      await store.putDocument(...doc('g2', '2012-07-01', { events: [ev('g2', 'EST', 'LVA', '051', '2012-02-01')] }));
      const told = await store.events({ dyad: ['EST', 'LVA'] });
      assert.equal(told.length, 1);
      assert.equal(told[0]?.evidence?.page, 3);
      const proof = await store.evidence(told[0]?.id ?? '');
      assert.deepEqual(proof?.mentions.map((m) => [m.documentId, m.evidence.page]), [['g1', 3], ['g2', undefined]]);
      assert.equal((await store.milestones({ actor: 'EST' }))[0]?.evidence.page, 4);
      assert.equal((await store.indicators('EST'))[0]?.evidence.page, 5);
      assert.equal((await store.indicators('SRB'))[0]?.evidence.page, undefined);
      // Its first telling removed, the event's evidence is the one left, without a page.
      await store.removeDocument('g1');
      const kept = await store.events({ dyad: ['EST', 'LVA'] });
      assert.equal(kept[0]?.documentId, 'g2');
      assert.equal(kept[0]?.evidence?.page, undefined);
    });

    test('by quarter or month an event counts only where its whole interval lies; by year where it starts', async () => {
      const year = ev('dq', 'MNE', 'EU', '057', '2018-01-01', '2018-12-31');
      year.date = { start: '2018-01-01', end: '2018-12-31', precision: 'year' };
      const summer = ev('dq', 'MNE', 'EU', '120', '2018-06-01', '2018-08-31');
      summer.date = { start: '2018-06-01', end: '2018-08-31', precision: 'season' };
      const day = ev('dq', 'EU', 'MNE', '070', '2018-05-10');
      assert.equal((await store.putDocument(...doc('dq', '2019-01-01', { events: [year, summer, day] }))).status, 'stored');
      const periods = (rows: DyadSeriesRow[]) => rows.filter((r) => r.direction === 'both').map((r) => [r.period, r.events]);
      assert.deepEqual(periods(await store.dyadSeries({ a: 'MNE', b: 'EU', by: 'year' })), [['2018', 3]]);
      assert.deepEqual(periods(await store.dyadSeries({ a: 'MNE', b: 'EU', by: 'quarter' })), [['2018-Q2', 1]], 'not the year in Q1, nor the summer in Q2');
      assert.deepEqual(periods(await store.dyadSeries({ a: 'MNE', b: 'EU', by: 'month' })), [['2018-05', 1]]);
      assert.equal((await dyadTrend(store, { a: 'MNE', b: 'EU', by: 'quarter' })).unplaced, 2);
      assert.equal((await dyadTrend(store, { a: 'MNE', b: 'EU', by: 'month', from: '2018-05-01' })).unplaced, 1, 'the period applies to both counts: the summer only');
      assert.equal((await dyadTrend(store, { a: 'MNE', b: 'EU', by: 'year' })).unplaced, 0);
    });
  });
}
