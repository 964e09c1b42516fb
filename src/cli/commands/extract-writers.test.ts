import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DyadEvent, Indicator, Milestone } from '../../core/model.js';
import { createWriter } from './_extract-writers.js';

const evidence = { start: 0, end: 12, text: 'Text, "quoted".' };
const event: DyadEvent = {
  id: 'e1', source: { principal: 'FIN', actor: 'Finland' }, target: { principal: 'NATO', actor: 'NATO' }, code: '057', root: '05',
  quadClass: 2, goldstein: 8, date: { start: '2023-04-04', end: '2023-04-04', precision: 'day' }, evidence, rule: 'join', confidence: 0.9,
};
const milestone: Milestone = { id: 'm1', actor: 'FIN', org: 'NATO', instrument: 'membership', status: 'joined', date: null, evidence, rule: 'join' };
const indicator: Indicator = { id: 'i1', subject: 'FIN', metric: 'support', value: 45, unit: '%', qualifier: 'circa', date: null, evidence, rule: 'pct' };

function capture(format: 'json' | 'ndjson' | 'csv' | 'table', many: boolean, docs: number, withItems: boolean): string {
  let out = '';
  const w = createWriter(format, many, (s) => (out += s));
  for (let d = 0; d < docs; d++) {
    w.document({ path: `doc${d}.txt`, published: null, id: 'x' });
    if (withItems) {
      w.events([event]);
      w.events([event]);
      w.indicators([indicator]);
    }
    w.endDocument(withItems ? [milestone] : [], []);
  }
  w.close();
  return out;
}

test('streamed JSON parses for one document, several, none, and documents without items', () => {
  const one = JSON.parse(capture('json', false, 1, true)) as { events: unknown[]; milestones: unknown[]; indicators: unknown[] };
  assert.deepEqual([one.events.length, one.milestones.length, one.indicators.length], [2, 1, 1]);
  assert.deepEqual(one.events[0], event);
  assert.equal((JSON.parse(capture('json', true, 3, true)) as unknown[]).length, 3);
  assert.deepEqual(JSON.parse(capture('json', true, 0, true)), []);
  const empty = JSON.parse(capture('json', false, 1, false)) as { events: unknown[] };
  assert.deepEqual(empty.events, []);
  assert.equal(capture('json', false, 0, false), '');
});

test('ndjson lines carry kind and document; csv quotes evidence with commas and quotes', () => {
  const lines = capture('ndjson', false, 1, true).trim().split('\n').map((l) => JSON.parse(l) as { kind: string; document: string });
  assert.deepEqual(lines.map((l) => l.kind), ['document', 'event', 'event', 'indicator', 'milestone']);
  assert.ok(lines.every((l) => l.document === 'doc0.txt'));
  const csv = capture('csv', false, 1, true).trim().split('\n');
  assert.equal(csv.length, 1 + 4);
  // The last column, evidence_page, is empty for a document without pages.
  assert.ok(csv[1]?.endsWith(',"Text, ""quoted"".",'), csv[1]);
});

test('the table names the CAMEO code and lists milestones and indicators', () => {
  const t = capture('table', false, 1, true);
  assert.match(t, /FIN \(Finland\) → NATO/);
  assert.match(t, /057 +Sign formal agreement|057 +\S/);
  assert.match(t, /membership +joined/);
  assert.match(t, /FIN +support +circa +45 +%/);
});
