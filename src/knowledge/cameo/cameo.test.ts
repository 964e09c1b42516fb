import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sharedFile } from '../../testing/shared.js';
import { DyadError } from '../../core/errors.js';
import { loadCameo, quadClass, goldstein } from './cameo.js';

/** Split one CSV record (RFC 4180 quoting, no embedded newlines in the fields we read). */
function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') { cur += '"'; i++; }
      else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { out.push(cur); cur = ''; }
    else cur += ch;
  }
  out.push(cur);
  return out;
}

test('the table holds every CAMEO 1.1b3 code, about 310 of them', () => {
  const cameo = loadCameo();
  assert.ok(cameo.size >= 300 && cameo.size <= 320, `size ${cameo.size}`);
  assert.equal(cameo.family('04').length, 8);
});

test('codes are strings: "010" and "10" are different codes', () => {
  const cameo = loadCameo();
  assert.equal(cameo.get('010').root, '01');
  assert.equal(cameo.get('10').root, '10');
  assert.notEqual(cameo.get('010').name, cameo.get('10').name);
});

test('root, quad class and Goldstein are answered for any level of code', () => {
  const cameo = loadCameo();
  assert.equal(cameo.root('0874').code, '08');
  assert.equal(quadClass('0874'), 2);
  assert.equal(quadClass('195'), 4);
  assert.equal(quadClass('111'), 3);
  assert.equal(goldstein('057'), 8);
  assert.equal(cameo.get('1823').level, 2);
});

test('an unknown code is a DyadError UNKNOWN_CODE', () => {
  for (const bad of ['999', '21', '0', '04a', '']) {
    assert.throws(() => loadCameo().get(bad), (e: unknown) => e instanceof DyadError && e.code === 'UNKNOWN_CODE');
  }
});

test('a table whose quad class contradicts its root is refused with the entry named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-cameo-'));
  const file = join(dir, 'cameo.yaml');
  writeFileSync(file, 'version: x\ncodes:\n  - { code: "14", root: "14", level: 0, quadClass: 1, goldstein: -6.5, name: Protest }\n');
  assert.throws(
    () => loadCameo(file),
    (e: unknown) => e instanceof DyadError && e.code === 'DATA_SCHEMA' && e.place?.field === '/codes/0',
  );
});

test("every code of GDELT's Goldstein lookup is ours with the same value", (t) => {
  const file = sharedFile(t, 'peer', 'cameo', 'gdelt-CAMEO.goldsteinscale.txt');
  if (!file) return;
  const cameo = loadCameo();
  const rows = readFileSync(file, 'latin1').split(/\r?\n/).slice(1).filter((l) => l.trim());
  assert.ok(rows.length > 300);
  for (const row of rows) {
    const [code, value] = row.split('\t');
    assert.ok(code && cameo.has(code), `missing ${code}`);
    assert.equal(cameo.goldstein(code), Number(value), `Goldstein of ${code}`);
  }
});

test('every code of the joined GDELT/ICEWS table has our root, level and quad class, and ICEWS disagreements are noted', (t) => {
  const file = sharedFile(t, 'peer', 'cameo', 'cameo-codes-goldstein.csv');
  if (!file) return;
  const cameo = loadCameo();
  const [head, ...rows] = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim());
  const cols = csvFields(head!);
  const at = (name: string): number => cols.indexOf(name);
  let disagreements = 0;
  for (const line of rows) {
    const f = csvFields(line);
    const code = f[at('code')]!;
    assert.ok(cameo.has(code), `missing ${code}`);
    const ours = cameo.get(code);
    assert.equal(ours.root, f[at('root')]);
    assert.equal(ours.level, Number(f[at('level')]));
    assert.equal(ours.quadClass, Number(f[at('quadclass')]));
    const g = f[at('goldstein_gdelt')]!;
    const i = f[at('goldstein_icews')]!;
    if (g === '') assert.equal(ours.only, 'icews', `${code} exists only in ICEWS`);
    if (g !== '' && i !== '' && Number(g) !== Number(i)) {
      disagreements++;
      assert.equal(ours.goldsteinIcews, Number(i), `ICEWS value of ${code}`);
    }
  }
  assert.ok(disagreements > 0);
});
