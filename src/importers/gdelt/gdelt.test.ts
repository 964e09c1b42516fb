import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadCameo } from '../../knowledge/cameo/index.js';
import { sharedFile } from '../../testing/shared.js';
import { gdelt1Line, gdeltLine } from '../_fixtures.js';
import { parseFile } from '../_parse-file.js';
import { CameoActorResolver, gdelt1Importer, gdeltImporter } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-gdelt-'));
function file(name: string, lines: string[]): string {
  const p = join(dir, name);
  writeFileSync(p, `${lines.join('\n')}\n`);
  return p;
}

test('the GDELT 2.0 sample imports whole, with GDELT own quad classes, codes as strings and row ids', async (t) => {
  const f = sharedFile(t, 'peer', 'samples', 'gdelt2.20191024143000.export.CSV');
  if (!f) return;
  const { events, quarantined } = await parseFile(gdeltImporter, f);
  assert.equal(events.length, 2111);
  assert.equal(quarantined.length, 0);
  const quads = [1, 2, 3, 4].map((q) => events.filter((e) => e.quadClass === q).length);
  assert.deepEqual(quads, [1222, 281, 271, 337]);
  assert.equal(new Set(events.map((e) => e.rowKey)).size, 2111);
  const eu = events.find((e) => e.rowKey === '881990833');
  assert.ok(eu);
  assert.equal(eu.line, 2);
  assert.equal(eu.code, '040');
  assert.equal(eu.root, '04');
  assert.deepEqual(eu.target, { principal: 'EU', actor: 'IGOEUREEC' });
  assert.equal(eu.source.principal, '');
  assert.equal(eu.goldstein, 1);
  assert.equal(eu.mentions, 10);
  assert.deepEqual(eu.date, { start: '2018-10-24', end: '2018-10-24', precision: 'day' });
  assert.match(eu.sourceUrl ?? '', /^https:\/\/belsat\.eu\//);
  // 174 rows have no Actor1: no principal, no actor.
  assert.equal(events.filter((e) => e.source.actor === '').length, 174);
  assert.ok(events.every((e) => e.source.actor !== '' || e.source.principal === ''));
  // Every code keeps its leading zero.
  assert.ok(events.every((e) => /^\d{3,4}$/.test(e.code) && e.code.startsWith(e.root)));
});

test('the GDELT 1.0 sample takes both its 58-column rows and its 57-column back-file rows', async (t) => {
  const f = sharedFile(t, 'peer', 'samples', 'gdelt1.events.sample.csv');
  if (!f) return;
  const { events, quarantined } = await parseFile(gdelt1Importer, f);
  assert.equal(events.length, 710);
  assert.equal(quarantined.length, 0);
  const back = events.filter((e) => e.sourceUrl === null);
  assert.equal(back.length, 201);
  assert.ok(back.every((e) => e.date.start?.startsWith('1982')));
  assert.ok(events.every((e) => e.dataset === 'gdelt1'));
});

test('each kind of bad row is quarantined with its line and reason, and the rest imports', async () => {
  const f = file('bad.tsv', [
    gdeltLine({ id: '1' }),
    gdeltLine({ id: '2' }).split('\t').slice(0, 40).join('\t'),
    `${gdeltLine({ id: '3' })}\textra`,
    gdeltLine({ id: '4', day: '20150231' }),
    gdeltLine({ id: '5', day: '2015011' }),
    gdeltLine({ id: '6', code: '999' }),
    gdeltLine({ id: 'x7' }),
    gdeltLine({ id: '8', quad: '7' }),
    gdeltLine({ id: '9', goldstein: 'high' }),
    gdeltLine({ id: '10', mentions: '2.5' }),
    gdeltLine({ id: '11', code: '0874', quad: '', goldstein: '' }),
  ]);
  const { events, quarantined } = await parseFile(gdeltImporter, f);
  assert.deepEqual(events.map((e) => e.rowKey), ['1', '11']);
  assert.deepEqual(
    quarantined.map((q) => [q.line, q.reason.split(':')[0]]),
    [
      [2, 'wrong column count'],
      [3, 'wrong column count'],
      [4, 'date does not parse'],
      [5, 'date does not parse'],
      [6, 'unknown CAMEO event code'],
      [7, 'GLOBALEVENTID is not a number'],
      [8, 'quad class is not 1-4'],
      [9, 'Goldstein value is not a number'],
      [10, 'mention count is not a number'],
    ],
  );
  assert.ok(quarantined.every((q) => q.file === f && q.raw.length > 0));
  assert.match(quarantined[0]?.reason ?? '', /40, expected 61/);
  // Empty quad class and Goldstein fall back on the CAMEO table.
  const filled = events[1];
  assert.equal(filled?.quadClass, loadCameo().quadClass('0874'));
  assert.equal(filled?.goldstein, loadCameo().goldstein('0874'));
});

test('principals: country codes, IGO codes, known groups, and time-bounded Yugoslav codes by the event date', () => {
  const r = new CameoActorResolver();
  assert.equal(r.principalAt('SRBGOV', 'SRB', '', '2015-01-01'), 'SRB');
  assert.equal(r.principalAt('IGOWSTNAT', 'WST', 'NAT', '2015-01-01'), 'NATO');
  assert.equal(r.principalAt('IGOEUREEC', 'EUR', 'EEC', '2015-01-01'), 'EU');
  assert.equal(r.principalAt('IGOUNODEVWBK', '', 'UNO', '2015-01-01'), 'UN');
  assert.equal(r.principalAt('ROMGOV', 'ROM', '', '2015-01-01'), 'ROU');
  assert.equal(r.principalAt('KSVGOV', 'KSV', '', '2015-01-01'), 'XKX');
  assert.equal(r.principalAt('SCGSRB', '', '', '2004-05-01'), 'SRB');
  assert.equal(r.principalAt('SCGMNE', '', '', '2004-05-01'), 'MNE');
  assert.equal(r.principalAt('YUGGOV', 'YUG', '', '1990-06-01'), 'YUG');
  assert.equal(r.principalAt('YUGGOV', 'YUG', '', '1992-04-27'), 'SRB');
  assert.equal(r.principalAt('YUG', 'YUG', '', '1992-04-26'), 'YUG');
  assert.equal(r.principalAt('GOV', '', '', '2015-01-01'), '');
  assert.equal(r.principalAt('', '', '', '2015-01-01'), '');
  // A CAMEO region stays what the data says.
  assert.equal(r.principalAt('AFR', 'AFR', '', '2015-01-01'), 'AFR');
});

test('time-bounded codes become disjoint dated segments that cover every day', () => {
  const segs = new CameoActorResolver().segments('YUGGOV', 'YUG', '');
  assert.deepEqual(segs, [
    { principal: 'YUG', from: null, to: '1992-04-26' },
    { principal: 'SRB', from: '1992-04-27', to: null },
  ]);
});

test('a GDELT 1.0 file read as GDELT 2.0 is all wrong column counts, never wrong events', async () => {
  const f = file('v1.tsv', [gdelt1Line({ id: '1' }), gdelt1Line({ id: '2' }, true)]);
  const as2 = await parseFile(gdeltImporter, f);
  assert.equal(as2.events.length, 0);
  assert.equal(as2.quarantined.length, 2);
  const as1 = await parseFile(gdelt1Importer, f);
  assert.deepEqual(as1.events.map((e) => [e.rowKey, e.sourceUrl]), [['1', 'https://example.org/a'], ['2', null]]);
});
