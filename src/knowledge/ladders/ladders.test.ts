import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DyadError } from '../../core/errors.js';
import type { Instrument, MilestoneStatus } from '../../core/model.js';
import { ladderPosition, loadLadders, type LadderMilestone } from './ladders.js';

/** A made-up history: [day or interval start/end, org, instrument, status]. */
function history(actor: string, rows: [string, string, Instrument, MilestoneStatus][]): LadderMilestone[] {
  return rows.map(([d, org, instrument, status]) => {
    const [start, end] = d.includes('/') ? d.split('/') : [d, d];
    return { actor, org, instrument, status, date: { start: start ?? null, end: end ?? null, precision: 'day' } };
  });
}

const nato = loadLadders().get('NATO');
const eu = loadLadders().get('EU');
const csto = loadLadders().get('CSTO');

// A state that climbs every NATO rung.
const climber = history('AAA', [
  ['2001-03-01', 'NATO', 'PfP', 'joined'],
  ['2004-05-10', 'NATO', 'IPAP', 'adopted'],
  ['2007-12-01', 'NATO', 'MAP', 'granted'],
  ['2012-12-02', 'NATO', 'membership', 'invited'],
  ['2014-06-05', 'NATO', 'membership', 'joined'],
  ['2010-01-01', 'EU', 'SAA', 'signed'],
]);

test('each NATO rung is held from its milestone to the next', () => {
  assert.equal(ladderPosition(nato, climber, '2000-01-01').rung, 'none');
  assert.equal(ladderPosition(nato, climber, '2001-03-01').rung, 'PfP');
  assert.equal(ladderPosition(nato, climber, '2006-01-01').rung, 'IPAP');
  assert.equal(ladderPosition(nato, climber, '2010-01-01').rung, 'MAP');
  assert.equal(ladderPosition(nato, climber, '2013-01-01').rung, 'invited');
  const end = ladderPosition(nato, climber, '2020-01-01');
  assert.equal(end.rung, 'member');
  assert.equal(end.since, '2014-06-05');
  assert.deepEqual(end.history.map((h) => h.rung), ['PfP', 'IPAP', 'MAP', 'invited', 'member']);
});

test("milestones of another organisation do not move a ladder", () => {
  assert.equal(ladderPosition(eu, climber, '2020-01-01').rung, 'SAA-signed');
  assert.equal(ladderPosition(csto, climber, '2020-01-01').rung, 'none');
});

test('a suspended PfP drops the actor back until it resumes, and a higher rung needs no resumption', () => {
  const paused = history('BBB', [
    ['2006-09-01/2006-12-31', 'NATO', 'PfP', 'joined'],
    ['2008-02-01', 'NATO', 'PfP', 'suspended'],
    ['2009-03-01', 'NATO', 'PfP', 'resumed'],
    ['2011-06-01', 'NATO', 'IPP', 'adopted'],
  ]);
  assert.equal(ladderPosition(nato, paused, '2007-01-01').rung, 'PfP');
  const during = ladderPosition(nato, paused, '2008-06-01');
  assert.equal(during.rung, 'none');
  assert.equal(during.since, '2008-02-01');
  assert.equal(ladderPosition(nato, paused, '2010-01-01').rung, 'PfP');
  assert.equal(ladderPosition(nato, paused, '2012-01-01').rung, 'IPP');

  const unresumed = paused.filter((m) => m.status !== 'resumed');
  assert.equal(ladderPosition(nato, unresumed, '2010-01-01').rung, 'none');
  assert.equal(ladderPosition(nato, unresumed, '2012-01-01').rung, 'IPP');
});

test('side instruments are reported without being rungs', () => {
  const h = history('CCC', [
    ['2006-12-14', 'NATO', 'PfP', 'joined'],
    ['2015-01-15', 'NATO', 'IPAP', 'adopted'],
    ['2015-07-01', 'NATO', 'SOFA', 'ratified'],
  ]);
  const p = ladderPosition(nato, h, '2016-01-01');
  assert.equal(p.rung, 'IPAP');
  assert.deepEqual(p.side, [{ instrument: 'SOFA', status: 'ratified', day: '2015-07-01' }]);
});

test('EU: from association through candidacy to negotiations, with an undated milestone counted apart', () => {
  const h = history('DDD', [
    ['2008-04-29', 'EU', 'SAA', 'signed'],
    ['2009-12-22', 'EU', 'membership', 'applied'],
    ['2012-03-01', 'EU', 'candidacy', 'granted'],
    ['2014-01-21', 'EU', 'accession-negotiations', 'opened'],
  ]);
  h.push({ actor: 'DDD', org: 'EU', instrument: 'membership', status: 'joined', date: null });
  assert.equal(ladderPosition(eu, h, '2011-01-01').rung, 'applied');
  const p = ladderPosition(eu, h, '2020-01-01');
  assert.equal(p.rung, 'negotiating');
  assert.equal(p.undated, 1);
});

test('CSTO: a member that freezes its membership falls to the rung below, one that leaves for good', () => {
  const frozen = history('EEE', [
    ['1994-04-20', 'CSTO', 'membership', 'joined'],
    ['2024-02-22', 'CSTO', 'membership', 'suspended'],
  ]);
  assert.equal(ladderPosition(csto, frozen, '2020-01-01').rung, 'member');
  assert.equal(ladderPosition(csto, frozen, '2024-06-01').rung, 'none');
  const left = history('FFF', [
    ['2000-01-01', 'CSTO', 'observer', 'granted'],
    ['2003-01-01', 'CSTO', 'membership', 'joined'],
    ['2012-06-28', 'CSTO', 'membership', 'left'],
  ]);
  assert.equal(ladderPosition(csto, left, '2013-01-01').rung, 'observer');
});

test('OECD: a request, accession discussions, an invitation and an accession agreement before membership', () => {
  const oecd = loadLadders().get('OECD');
  const h = history('GGG', [
    ['2009-03-01', 'OECD', 'membership', 'applied'],
    ['2013-05-15', 'OECD', 'accession-negotiations', 'opened'],
    ['2017-05-03', 'OECD', 'membership', 'invited'],
    ['2017-05-30', 'OECD', 'membership', 'signed'],
    ['2017-09-20', 'OECD', 'membership', 'ratified'],
    ['2018-02-09', 'OECD', 'membership', 'joined'],
  ]);
  assert.equal(ladderPosition(oecd, h, '2015-01-01').rung, 'discussing');
  assert.equal(ladderPosition(oecd, h, '2017-06-01').rung, 'signed');
  assert.equal(ladderPosition(oecd, h, '2019-01-01').rung, 'member');
  assert.deepEqual(loadLadders().get('OECD').decided, ['opened', 'invited']);
});

test('ASEAN, the African Union, the Council of Europe and Mercosur have ladders; a suspended AU member falls back', () => {
  for (const org of ['ASEAN', 'AU', 'COE', 'MERCOSUR']) assert.equal(loadLadders().get(org).rungs.at(-1)?.id.startsWith('member'), true, org);
  const au = loadLadders().get('AU');
  const h = history('HHH', [
    ['1963-05-25', 'AU', 'membership', 'joined'],
    ['2021-09-10', 'AU', 'membership', 'suspended'],
  ]);
  assert.equal(ladderPosition(au, h, '2020-01-01').rung, 'member');
  assert.equal(ladderPosition(au, h, '2022-01-01').rung, 'none');
});

test('milestones of two actors, or a day that is not a day, are refused', () => {
  const two = [...climber, ...history('ZZZ', [['2001-01-01', 'NATO', 'PfP', 'joined']])];
  assert.throws(() => ladderPosition(nato, two, '2020-01-01'), (e: unknown) => e instanceof DyadError && e.code === 'BAD_ARGUMENT');
  assert.throws(() => ladderPosition(nato, climber, '2020'), (e: unknown) => e instanceof DyadError && e.code === 'BAD_ARGUMENT');
});

test('an organisation without a ladder is NOT_FOUND; a ladder file with an unknown instrument is refused', () => {
  assert.throws(() => loadLadders().get('SCO'), (e: unknown) => e instanceof DyadError && e.code === 'NOT_FOUND');
  const dir = mkdtempSync(join(tmpdir(), 'dyad-ladders-'));
  const file = join(dir, 'ladders.yaml');
  writeFileSync(file, 'ladders:\n  - org: NATO\n    name: x\n    rungs:\n      - { id: none, name: n }\n      - id: PfP\n        name: p\n        on: [{ instrument: PFP, status: [joined] }]\n');
  assert.throws(
    () => loadLadders(file),
    (e: unknown) => e instanceof DyadError && e.code === 'DATA_SCHEMA' && e.place?.line === 8,
  );
});
