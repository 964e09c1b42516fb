/**
 * A period filter applies to milestones and indicators as it does to events: what shares a day with the
 * period comes back, undated items only when no period is asked for; the ladder gives each step and side
 * instrument its stated date and its sentence.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../src/server/index.js';
import { docId, fixtureStore, type Fixture } from './server-fixture.js';

let fx: Fixture;
let app: FastifyInstance;

before(async () => {
  fx = await fixtureStore();
  app = await buildServer({ store: fx.store, token: 'periods-token-4b1e', webRoot: null });
});
after(async () => {
  await app.close();
  await fx.close();
});

async function items(url: string): Promise<{ id: string; date: { start: string | null } | null }[]> {
  const res = await app.inject({ method: 'GET', url });
  assert.equal(res.statusCode, 200, res.body);
  return (res.json() as { items: { id: string; date: { start: string | null } | null }[] }).items;
}

test('milestones within a period: the 2015 step, not the 2006 one', async () => {
  assert.equal((await items('/api/milestones?actor=SRB&org=NATO')).length, 2);
  const in2015 = await items('/api/milestones?actor=SRB&org=NATO&from=2015-01-01&to=2015-12-31');
  assert.deepEqual(in2015.map((m) => m.id), ['fx-m1']);
  const to2010 = await items('/api/milestones?actor=SRB&to=2010-01-01');
  assert.deepEqual(to2010.map((m) => m.id), ['fx-m2']);
  // A month-precise step shares days with a period that starts inside its month.
  assert.deepEqual((await items('/api/milestones?actor=SRB&from=2015-01-20&to=2015-02-10')).map((m) => m.id), ['fx-m1']);
});

test('indicators within a period leave out the undated figure; without a period it is listed', async () => {
  assert.equal((await items('/api/indicators')).length, 1);
  assert.equal((await items('/api/indicators?from=2015-01-01&to=2015-12-31')).length, 0);
});

test('a period filter on milestones and indicators refuses a start after its end and a day that does not exist', async () => {
  for (const url of ['/api/milestones?from=2016-01-01&to=2015-01-01', '/api/indicators?from=2015-02-30']) {
    const res = await app.inject({ method: 'GET', url });
    assert.equal(res.statusCode, 400, url);
    assert.equal(typeof (res.json() as { error?: { code?: unknown } }).error?.code, 'string', 'in the error shape of the API');
  }
});

test('ladder steps carry their stated date and sentence', async () => {
  const res = await app.inject({ method: 'GET', url: '/api/ladders/SRB?org=NATO&at=2016-01-01' });
  assert.equal(res.statusCode, 200, res.body);
  const [nato] = (res.json() as { ladders: { history: { day: string; date: { precision: string } | null; evidence: unknown }[] }[] }).ladders;
  assert.ok(nato);
  assert.deepEqual(nato.history.map((h) => [h.day, h.date?.precision]), [['2006-12-01', 'month'], ['2015-01-01', 'month']]);
  assert.ok(nato.history.every((h) => h.evidence !== null));
});

test('the series by quarter leaves out an event known only to its year, and says how many it left out', async () => {
  const text = 'In 2009 Serbia and NATO held talks.';
  const id = docId(text);
  await fx.store.putDocument({ id, title: 'Year note', published: '2010-01-01', text, ingestedAt: '2026-01-01T00:00:00.000Z' }, {
    document: { id, published: '2010-01-01' },
    events: [{
      id: `${id}:e1`, source: { principal: 'SRB', actor: 'SRB' }, target: { principal: 'NATO', actor: 'NATO' }, code: '036', root: '03',
      quadClass: 1, goldstein: 4, date: { start: '2009-01-01', end: '2009-12-31', precision: 'year' },
      evidence: { start: 0, end: text.length, text }, rule: 'year-note', confidence: 0.7,
    }],
    milestones: [], indicators: [], warnings: [],
  });
  const series = async (by: string) => {
    const res = await app.inject({ method: 'GET', url: `/api/dyads/SRB/NATO/series?by=${by}` });
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { rows: { period: string }[]; unplaced: number };
  };
  const quarters = await series('quarter');
  assert.equal(quarters.unplaced, 1);
  assert.ok(!quarters.rows.some((r) => r.period.startsWith('2009')), 'not drawn in 2009-Q1');
  const years = await series('year');
  assert.equal(years.unplaced, 0);
  assert.ok(years.rows.some((r) => r.period === '2009'));
});
