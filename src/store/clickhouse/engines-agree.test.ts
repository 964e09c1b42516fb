/**
 * Same data in, same results out: a seeded mix of documents (events told again, symmetric roots,
 * open and undated intervals, milestones and indicators told twice, text with quotes, backslashes,
 * tabs and newlines) and an imported dataset file (twice, with repeated keys) goes into DuckDB, one
 * ClickHouse server and the two-shard cluster, and every query's answer is compared value by value
 * (on ClickHouse, again after `optimize` has merged the parts).
 * Runs when DYAD_CLICKHOUSE_URL names servers (always under CI).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DateInterval, DyadEvent, Extraction, Indicator, Milestone, QuadClass } from '../../core/model.js';
import type { ImportedEvent } from '../import-sink.js';
import { openStore } from '../open.js';
import type { Store, StoredDocument } from '../store.js';
import { NO_SERVERS, openTestClickHouseStore, testServers } from './testing.js';

/** A small deterministic generator (mulberry32), so every engine gets the same data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PRINCIPALS = ['SRB', 'NATO', 'RUS', 'EU', 'XKX', 'USA'];
const CODES: [string, QuadClass, number][] = [
  ['030', 1, 4], ['040', 1, 1], ['043', 1, 2.8], ['051', 1, 3.4], ['057', 1, 8], ['061', 2, 6.4], ['070', 2, 7],
  ['112', 3, -2], ['120', 3, -4], ['138', 3, -7], ['190', 4, -10], ['173', 4, -5],
];

function data(seed: number): { docs: [StoredDocument, Extraction][]; imported: ImportedEvent[] } {
  const r = rng(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const dayOf = (n: number) => new Date(Date.UTC(2014, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);
  const interval = (): DateInterval | null => {
    const x = r();
    if (x < 0.1) return null;
    const s = Math.floor(r() * 1000);
    if (x < 0.15) return { start: null, end: dayOf(s), precision: 'open' };
    if (x < 0.2) return { start: dayOf(s), end: null, precision: 'open' };
    const w = x < 0.6 ? 0 : Math.floor(r() * 60);
    return { start: dayOf(s), end: dayOf(s + w), precision: w === 0 ? 'day' : 'month' };
  };
  const odd = ["l'Alliance", 'back\\slash', 'tab\there', 'line\nbreak', 'Vučić — «quote»', '"double"'];
  const docs: [StoredDocument, Extraction][] = [];
  for (let d = 0; d < 40; d++) {
    const id = `doc${d}`;
    const published = r() < 0.2 ? null : dayOf(Math.floor(r() * 1100));
    const events: DyadEvent[] = [];
    for (let i = 0, n = Math.floor(r() * 9); i < n; i++) {
      const [code, quadClass, goldstein] = pick(CODES);
      const s = pick(PRINCIPALS);
      let t = pick(PRINCIPALS);
      if (t === s && r() < 0.8) t = s === 'SRB' ? 'NATO' : 'SRB';
      events.push({
        id: `${id}:e${i}`,
        source: { principal: s, actor: `${s} ${pick(odd)}`, ...(r() < 0.3 ? { actorId: `actor-${s.toLowerCase()}` } : {}) },
        target: { principal: t, actor: t },
        code, root: code.slice(0, 2), quadClass, goldstein,
        date: interval(),
        evidence: { start: i * 40, end: i * 40 + 30, text: `sentence ${i} ${pick(odd)}` },
        rule: pick(['verb-sign', 'verb-visit', 'noun-adoption']),
        confidence: Math.round(r() * 100) / 100,
      });
    }
    const milestones: Milestone[] = [];
    if (r() < 0.4) {
      const start = dayOf(Math.floor(r() * 50));
      milestones.push({
        id: r() < 0.3 ? 'm-shared' : `${id}:m0`, actor: pick(['SRB', 'XKX']), org: pick(['NATO', 'EU']), instrument: pick(['PfP', 'IPAP', 'SAA']),
        status: pick(['signed', 'joined', 'adopted']), date: { start, end: start, precision: 'day' },
        evidence: { start: 1, end: 5, text: pick(odd) }, rule: 'm-rule',
      });
    }
    const indicators: Indicator[] = [];
    if (r() < 0.3) {
      indicators.push({
        id: r() < 0.3 ? 'i-shared' : `${id}:i0`, subject: pick(['SRB', 'RUS']), metric: 'support for membership', value: Math.round(r() * 1000) / 10,
        unit: '%', qualifier: pick(['over', 'circa', null] as const), date: r() < 0.5 ? null : { start: '2015-01-01', end: '2015-12-31', precision: 'year' },
        evidence: { start: 2, end: 8, text: pick(odd) }, rule: 'i-rule',
      });
    }
    const text = `Document ${d}. ${pick(odd)} ${'x'.repeat(Math.floor(r() * 200))}`;
    docs.push([
      { id, path: r() < 0.1 ? undefined : `notes/${id}.md`, title: `Title ${pick(odd)}`, published, language: 'en', text, ingestedAt: '2026-01-02T03:04:05Z' } as StoredDocument,
      { document: { id, published }, events, milestones, indicators, warnings: [] },
    ]);
  }
  const imported: ImportedEvent[] = [];
  for (let i = 0; i < 1500; i++) {
    const key = String(1000 + (i % 1400)); // the last 100 rows repeat earlier keys with the same values
    const rr = rng(Number(key));
    const [code, quadClass, goldstein] = CODES[Math.floor(rr() * CODES.length)] as [string, QuadClass, number];
    const s = PRINCIPALS[Math.floor(rr() * PRINCIPALS.length)] as string;
    const t = PRINCIPALS[Math.floor(rr() * PRINCIPALS.length)] as string;
    const day = dayOf(Math.floor(rr() * 1100));
    imported.push({
      dataset: 'gdelt', rowKey: key, source: { principal: s, actor: `${s}GOV` }, target: { principal: t, actor: t }, code, root: code.slice(0, 2),
      quadClass, goldstein, date: { start: day, end: day, precision: 'day' }, mentions: 1 + Math.floor(rr() * 9),
      sourceUrl: rr() < 0.5 ? null : `https://example.org/${key}?q='x'`, line: i + 1,
    });
  }
  return { docs, imported };
}

async function load(store: Store, seed: number): Promise<unknown[]> {
  const { docs, imported } = data(seed);
  const results: unknown[] = [];
  for (const [d, x] of docs) results.push(await store.putDocument(d, x));
  results.push(await store.putDocument(...(docs[3] as [StoredDocument, Extraction])));
  for (const round of [1, 2]) {
    const sink = await store.beginImport({ batchId: `batch-${round}`, file: 'events.csv', dataset: 'gdelt' });
    for (let i = 0; i < imported.length; i += 400) await sink.add(imported.slice(i, i + 400));
    await sink.quarantine([{ file: 'events.csv', line: 9999, reason: 'too few columns', raw: "a\tb'c" }]);
    results.push(await sink.finish());
  }
  return results;
}

/** Every query the interfaces use, over the loaded data. */
async function answers(store: Store): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  out['stats'] = await store.stats();
  out['principals'] = await store.principals();
  out['documents'] = await store.listDocuments(1000, 0);
  out['documentsPage'] = await store.listDocuments(7, 5);
  out['doc7'] = await store.getDocument('doc7');
  out['all'] = await store.events({ limit: 100_000 });
  out['dyadSrbNato'] = await store.events({ dyad: ['SRB', 'NATO'], limit: 100_000 });
  out['rus2015'] = await store.events({ actor: 'RUS', from: '2015-01-01', to: '2015-06-30' });
  out['toOnly'] = await store.events({ to: '2014-03-01' });
  out['fromOnly'] = await store.events({ from: '2016-09-01', dataset: 'dyad' });
  out['root05quad1'] = await store.events({ root: '05', quad: 1, limit: 50, offset: 3 });
  out['byDoc'] = await store.events({ documentId: 'doc5' });
  for (const [a, b] of [['SRB', 'NATO'], ['RUS', 'SRB'], ['EU', 'XKX'], ['SRB', 'SRB']] as const) {
    for (const by of ['month', 'quarter', 'year'] as const) out[`series ${a} ${b} ${by}`] = await store.dyadSeries({ a, b, by });
  }
  out['seriesWindow'] = await store.dyadSeries({ a: 'NATO', b: 'SRB', by: 'month', from: '2014-06-01', to: '2015-06-30', dataset: 'dyad' });
  out['milestones'] = await store.milestones({});
  out['milestonesAt'] = await store.milestones({ actor: 'SRB', at: '2014-01-20' });
  out['indicators'] = await store.indicators();
  out['indicatorsSrb'] = await store.indicators('SRB');
  const dyadEvents = (out['all'] as { id: string; dataset: string; mentions: number }[]).filter((e) => e.dataset === 'dyad');
  const told = dyadEvents.filter((e) => e.mentions > 1).slice(0, 10);
  out['evidence'] = await Promise.all([...told, ...dyadEvents.slice(0, 5)].map((e) => store.evidence(e.id)));
  out['toldAgain'] = told.length;
  return out;
}

test('DuckDB, one ClickHouse server and the two-shard cluster give the same answers to every query', async (t) => {
  if (!testServers()) {
    if (process.env['CI'] === 'true') assert.fail(NO_SERVERS);
    t.skip(NO_SERVERS);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'dyad-agree-'));
  const engines: [string, () => Promise<Store>][] = [
    ['duckdb', () => openStore(join(dir, 'agree.duckdb'))],
    ['clickhouse', () => openTestClickHouseStore('single')],
    ['clickhouse-cluster', () => openTestClickHouseStore('cluster')],
  ];
  const got: Record<string, { loaded: unknown[]; answers: Record<string, unknown> }> = {};
  try {
    await Promise.all(
      engines.map(async ([name, open]) => {
        const store = await open();
        try {
          got[name] = { loaded: await load(store, 42), answers: await answers(store) };
          if (name !== 'duckdb') {
            // Merging parts changes how rows lie, never what a query answers.
            await store.optimize?.();
            got[`${name} optimized`] = { loaded: [], answers: await answers(store) };
          }
        } finally {
          await store.close();
        }
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const duck = got['duckdb'];
  assert.ok(duck);
  // The data exercises what it should: events told again, and the second import adding nothing.
  assert.ok((duck.answers['toldAgain'] as number) > 0, 'some events are told by several documents');
  assert.deepEqual(duck.loaded.slice(-2), [
    { inserted: 1400, duplicates: 100, quarantined: 1 },
    { inserted: 0, duplicates: 1500, quarantined: 1 },
  ]);
  for (const name of ['clickhouse', 'clickhouse-cluster']) {
    const other = got[name];
    assert.ok(other);
    assert.deepEqual(other.loaded, duck.loaded, `${name}: what putDocument and the imports reported`);
    for (const key of Object.keys(duck.answers)) assert.deepEqual(other.answers[key], duck.answers[key], `${name}: ${key}`);
    const optimized = got[`${name} optimized`];
    for (const key of Object.keys(duck.answers)) assert.deepEqual(optimized?.answers[key], duck.answers[key], `${name} after optimize: ${key}`);
  }
});
