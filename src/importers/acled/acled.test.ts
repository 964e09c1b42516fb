import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadCameo } from '../../knowledge/cameo/index.js';
import { parseFile } from '../_parse-file.js';
import { splitCsv } from '../_csv.js';
import { acledImporter } from './index.js';

// ACLED's codebook columns, in its export order.
const COLUMNS = ['event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type', 'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction', 'civilian_targeting', 'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude', 'longitude', 'geo_precision', 'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp'];

function csvRow(v: Partial<Record<(typeof COLUMNS)[number], string>>): string {
  return COLUMNS.map((c) => {
    const s = v[c] ?? '';
    return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  }).join(',');
}

function fixture(rows: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-acled-'));
  const f = join(dir, 'acled.csv');
  writeFileSync(f, `${[COLUMNS.join(','), ...rows].join('\n')}\n`);
  return f;
}

test('ACLED rows map event types to CAMEO, actors to principals, and time precision to intervals', async () => {
  const f = fixture([
    csvRow({ event_id_cnty: 'SRB101', event_date: '20 November 2015', time_precision: '1', event_type: 'Protests', sub_event_type: 'Peaceful protest', actor1: 'Protesters (Serbia)', country: 'Serbia', notes: 'On 20 November, students marched, shouting "no".\nA second line of notes.' }),
    csvRow({ event_id_cnty: 'UKR202', event_date: '2016-03-05', time_precision: '2', event_type: 'Battles', sub_event_type: 'Armed clash', actor1: 'Military Forces of Ukraine (2014-2019)', actor2: 'Military Forces of Russia (2000-)', country: 'Ukraine' }),
    csvRow({ event_id_cnty: 'UKR203', event_date: '2016-02-10', time_precision: '3', event_type: 'Strategic developments', sub_event_type: 'Agreement', actor1: 'Government of Ukraine (2014-2019)', actor2: 'Government of Russia (2000-)', country: 'Ukraine' }),
  ]);
  const { events, quarantined } = await parseFile(acledImporter, f);
  assert.equal(quarantined.length, 0);
  assert.deepEqual(events.map((e) => [e.rowKey, e.code, e.source.principal, e.target.principal]), [
    ['SRB101', '141', 'SRB', ''],
    ['UKR202', '190', 'UKR', 'RUS'],
    ['UKR203', '057', 'UKR', 'RUS'],
  ]);
  const cameo = loadCameo();
  assert.ok(events.every((e) => e.goldstein === cameo.goldstein(e.code) && e.quadClass === cameo.quadClass(e.code)));
  assert.deepEqual(events[0]?.date, { start: '2015-11-20', end: '2015-11-20', precision: 'day' });
  assert.deepEqual(events[1]?.date, { start: '2016-03-02', end: '2016-03-08', precision: 'period' });
  assert.deepEqual(events[2]?.date, { start: '2016-02-01', end: '2016-02-29', precision: 'month' });
  // The quoted notes span two lines: the third record still starts on its own line.
  assert.deepEqual(events.map((e) => e.line), [2, 4, 5]);
});

test('bad ACLED rows are quarantined by kind, with the line the record starts on', async () => {
  const f = fixture([
    csvRow({ event_id_cnty: 'A1', event_date: '31 February 2015', event_type: 'Riots', sub_event_type: 'Mob violence', country: 'Serbia' }),
    csvRow({ event_id_cnty: 'A2', event_date: '2015-01-01', event_type: 'Picnics', sub_event_type: 'Lunch', country: 'Serbia' }),
    'A3,2015-01-01,too,few',
    csvRow({ event_id_cnty: 'A4', event_date: '2015-01-01', event_type: 'Riots', sub_event_type: 'Mob violence', actor1: 'Rioters (Serbia)', country: 'Serbia' }),
    csvRow({ event_id_cnty: 'A5', event_date: '2015-01-01', event_type: 'Riots', notes: 'never closed' }).replace('never closed', '"never closed'),
  ]);
  const { events, quarantined } = await parseFile(acledImporter, f);
  assert.deepEqual(events.map((e) => [e.rowKey, e.code]), [['A4', '145']]);
  assert.deepEqual(quarantined.map((q) => [q.line, q.reason.split(':')[0]]), [
    [2, 'date does not parse'],
    [3, 'unknown ACLED event type'],
    [4, 'wrong column count'],
    [6, 'a quoted field is never closed'],
  ]);
});

test('CSV fields: quotes, doubled quotes, commas and empty fields', () => {
  assert.deepEqual(splitCsv('a,"b, c","say ""hi""",,e'), ['a', 'b, c', 'say "hi"', '', 'e']);
  assert.deepEqual(splitCsv(''), ['']);
  assert.deepEqual(splitCsv('x,'), ['x', '']);
});
