import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadCameo } from '../knowledge/cameo/index.js';
import { COUNTRY_BY_NAME, COUNTRY_PRINCIPALS, loadAcledCameo, loadCameoActors, loadIcewsNames, loadIcewsSectors } from './_tables.js';

test('the mapping tables load and hold what the importers rely on', () => {
  const actors = loadCameoActors();
  assert.ok(actors.codes.some((e) => e.code === 'IGOWSTNAT' && e.principal === 'NATO'));
  assert.ok(actors.groups.some((e) => e.code === 'EEC' && e.principal === 'EU'));
  // Dated entries are well-ordered intervals.
  for (const e of actors.codes) if (e.from && e.to) assert.ok(e.from <= e.to, e.code);
  assert.ok(loadIcewsSectors().rules.length > 0);
  assert.equal(loadIcewsNames().countries['Kosovo'], 'XKX');
  assert.ok(COUNTRY_PRINCIPALS.has('XKX') && !COUNTRY_PRINCIPALS.has('UNK'));
  assert.equal(COUNTRY_BY_NAME.get('serbia'), 'SRB');
});

test('every ACLED mapping points at a CAMEO code of the table', () => {
  const t = loadAcledCameo();
  const cameo = loadCameo();
  const all = [...Object.values(t.event_types), ...Object.values(t.sub_event_types)];
  assert.ok(all.length >= 25);
  assert.deepEqual(all.filter((m) => !cameo.has(m.code)), []);
});

test('a bad table is reported with its file, line and field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-tables-'));
  const f = join(dir, 'bad.yaml');
  writeFileSync(f, 'codes:\n  - { code: SRB, principal: SRB }\n  - { code: "srb gov", principal: SRB }\ngroups: []\n');
  assert.throws(
    () => loadCameoActors(f),
    (e: unknown) => {
      const d = e as { code?: string; place?: { file?: string; line?: number; field?: string } };
      return d.code === 'DATA_SCHEMA' && d.place?.file === f && d.place.line === 3 && d.place.field === '/codes/1/code';
    },
  );
});
