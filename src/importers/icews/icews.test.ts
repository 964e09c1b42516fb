import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sharedFile } from '../../testing/shared.js';
import { parseFile } from '../_parse-file.js';
import { IcewsActorResolver, icewsImporter } from './index.js';

const HEADER = ['Event ID', 'Event Date', 'Source Name', 'Source Sectors', 'Source Country', 'Event Text', 'CAMEO Code', 'Intensity', 'Target Name', 'Target Sectors', 'Target Country', 'Story ID', 'Sentence Number', 'Publisher', 'City', 'District', 'Province', 'Country', 'Latitude', 'Longitude'];

function row(id: string, date: string, code: string, intensity: string, source = ['Serbia', '', 'Serbia'], target = ['North Atlantic Treaty Organization', 'International Government Organization', '']): string {
  return [id, date, source[0], source[1], source[2], 'Consult', code, intensity, target[0], target[1], target[2], '1', '1', 'Wire', '', '', '', 'Serbia', '44.8', '20.5'].join('\t');
}

test('the ICEWS sample imports whole, keyed by Event ID and date, every named country resolved', async (t) => {
  const f = sharedFile(t, 'peer', 'samples', 'icews.events.2018.sample.tab');
  if (!f) return;
  const { events, quarantined } = await parseFile(icewsImporter, f);
  assert.equal(events.length, 3705);
  assert.equal(quarantined.length, 0);
  const first = events.find((e) => e.rowKey === '32889836|2018-06-01');
  assert.ok(first);
  assert.equal(first.line, 2);
  assert.deepEqual(first.source, { principal: 'BGD', actor: 'Foreign Affairs (Bangladesh)', actorId: 'agency:Foreign Affairs (Bangladesh)' });
  assert.equal(first.target.principal, 'VNM');
  assert.equal(first.code, '040');
  assert.equal(first.goldstein, 1);
  assert.equal(first.quadClass, 1);
  // The R export writes NA for a missing country: those actors resolve by name (EU, UN …) or stay empty.
  const eu = events.filter((e) => e.source.actor === 'European Union');
  assert.ok(eu.length > 0 && eu.every((e) => e.source.principal === 'EU' && e.source.actorId === 'organisation:European Union'));
  assert.ok(events.filter((e) => e.source.actor === 'United Nations').every((e) => e.source.principal === 'UN'));
  // Dates all fall in the sample's two days.
  assert.ok(events.every((e) => e.date.start === '2018-06-01' || e.date.start === '2018-06-02'));
});

test('every country named in the ICEWS sample maps to a principal', async (t) => {
  const f = sharedFile(t, 'peer', 'samples', 'icews.events.2018.sample.tab');
  if (!f) return;
  const { readFileSync } = await import('node:fs');
  const r = new IcewsActorResolver();
  const names = new Set<string>();
  for (const line of readFileSync(f, 'utf8').split('\n').slice(1)) {
    const c = line.split('\t');
    for (const v of [c[4], c[10]]) if (v && v !== 'NA') names.add(v);
  }
  assert.ok(names.size > 100);
  assert.deepEqual([...names].filter((n) => r.countryPrincipal(n) === null), []);
  assert.equal(r.countryPrincipal('Kosovo'), 'XKX');
});

test('bad ICEWS rows are quarantined; the same Event ID on another date is another event', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-icews-'));
  const f = join(dir, 'e.tab');
  writeFileSync(f, [
    HEADER.join('\t'),
    row('100', '2015-11-20', '040', '1'),
    row('100', '2016-11-20', '040', '1'),
    row('101', '2015-13-01', '040', '1'),
    row('102', '2015-11-20', '9999', '1'),
    row('103', '2015-11-20', '040', '1').split('\t').slice(0, 12).join('\t'),
    row('104', '2015-11-20', '057', 'NA', ['"Government (Serbia)"', '"Government,Executive"', 'Serbia']),
  ].join('\n'));
  const { events, quarantined } = await parseFile(icewsImporter, f);
  assert.deepEqual(events.map((e) => e.rowKey), ['100|2015-11-20', '100|2016-11-20', '104|2015-11-20']);
  assert.deepEqual(quarantined.map((q) => [q.line, q.reason.split(':')[0]]), [[4, 'date does not parse'], [5, 'unknown CAMEO event code'], [6, 'wrong column count']]);
  assert.equal(events[0]?.target.principal, 'NATO');
  const quoted = events[2];
  assert.equal(quoted?.source.actor, 'Government (Serbia)');
  assert.equal(quoted?.source.actorId, 'agency:Government (Serbia)');
  assert.equal(quoted?.source.principal, 'SRB');
  assert.equal(quoted?.goldstein, (await import('../../knowledge/cameo/index.js')).loadCameo().goldstein('057'));
});
