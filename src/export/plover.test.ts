import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { DyadEvent } from '../core/model.js';
import { loadCameo } from '../knowledge/cameo/index.js';
import { sharedFile } from '../testing/shared.js';
import { loadPloverTable, ploverOf, ploverRecord } from './index.js';

const event: DyadEvent = {
  id: 'e1',
  source: { principal: 'SRB', actor: 'Serbia', actorId: 'SRB' },
  target: { principal: 'HRV', actor: 'Croatia' },
  code: '0841',
  root: '08',
  quadClass: 2,
  goldstein: 7,
  date: { start: '2020-05-01', end: '2020-05-31', precision: 'month' },
  evidence: { start: 4, end: 40, text: 'Serbia released two Croatian fishermen' },
  rule: 'release',
  confidence: 0.9,
};

test("an event becomes a PLOVER record in PLOVER's field names", () => {
  assert.deepEqual(ploverRecord(event), {
    id: 'e1',
    date: '2020-05-01',
    enddate: '2020-05-31',
    source: [{ code: 'SRB', actor_text: 'Serbia', identifier_id: 'SRB' }],
    recipient: [{ code: 'HRV', actor_text: 'Croatia' }],
    event: ['RETREAT'],
    mode: ['release'],
    context: ['legal'],
    quad_code: 2,
    event_scale: 7,
    event_text: ['Serbia released two Croatian fishermen'],
    text_info: { start: 4, end: 40 },
    cite_info: { codebook: 'PLOVER 0.8 (CAMEO2PLOVER-2021)' },
    coder: 'dyad release',
    cameo_code: '0841',
  });
});

test('statements and appeals (CAMEO 01, 02) have no PLOVER event; YIELD splits into CONCEDE and RETREAT', () => {
  assert.equal(ploverRecord({ ...event, code: '010', root: '01' }), null);
  assert.equal(ploverOf('0214'), null);
  assert.equal(ploverOf('081')?.event, 'CONCEDE');
  assert.equal(ploverOf('087')?.event, 'RETREAT');
});

test('every CAMEO code of 03–20 in the codebook has a PLOVER event', () => {
  for (const c of loadCameo().all()) {
    if (c.code.length < 3 || c.root === '01' || c.root === '02') continue;
    assert.ok(ploverOf(c.code), c.code);
  }
});

test("the table agrees with PLOVER's CAMEO2PLOVER-2021", (t) => {
  const f = sharedFile(t, 'peer', 'plover', 'CAMEO2PLOVER-2021.txt');
  if (!f) return;
  const table = loadPloverTable();
  let n = 0;
  for (const line of readFileSync(f, 'utf8').split('\n')) {
    const m = /^(\d{3,4}):\s*([^#]*)/.exec(line);
    if (!m) continue;
    const [ev = '', mode = '', ...rest] = (m[2] ?? '').split(',').map((x) => x.trim());
    const context = rest.join(',').split(';').map((x) => x.trim()).filter((x) => x !== '');
    assert.deepEqual(table.get(m[1] ?? ''), { event: ev, mode: mode || null, context }, m[1]);
    n++;
  }
  assert.ok(n > 250);
});
