import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { normalise, documentId } from './index.js';
import { sharedFile } from '../../testing/shared.js';

/** Words of a string with the folds undone enough to compare original and normalised slices. */
function words(s: string): string[] {
  return normalise(s).text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

test('odd spaces, quotes and dashes fold to plain ASCII', () => {
  const { text } = normalise('Serbia\u00b4s\u00a0army \u201cKosovo Force\u201d \u201ecultural\u201c 1998\u201399 NATO \u2013 Serbia \u2018x\u2019 \u00abq\u00bb');
  assert.equal(text, `Serbia's army "Kosovo Force" "cultural" 1998-99 NATO - Serbia 'x' "q"`);
});

test('soft hyphens and zero-width characters are dropped and offsets skip them', () => {
  const original = 'co\u00adop\u200beration ends';
  const { text, offsets } = normalise(original);
  assert.equal(text, 'cooperation ends');
  const at = text.indexOf('ends');
  assert.equal(original.slice(offsets.toOriginal(at), offsets.toOriginal(at + 4)), 'ends');
  assert.equal(original.slice(offsets.toOriginal(0), offsets.toOriginal(text.indexOf(' '))), 'co\u00adop\u200beration');
});

test('NFC composes decomposed letters and the map points at the base letter', () => {
  const original = 'Vuc\u030ci\u0107 and Dac\u030cic\u0301 met';
  const { text, offsets } = normalise(original);
  assert.equal(text, 'Vu\u010di\u0107 and Da\u010di\u0107 met');
  const at = text.indexOf('Da');
  assert.equal(original.slice(offsets.toOriginal(at), offsets.toOriginal(at + 5)), 'Dac\u030cic\u0301');
  assert.equal(original.slice(offsets.toOriginal(text.indexOf('met'))), 'met');
});

test('ligatures expand, CRLF becomes LF, the ellipsis becomes three dots', () => {
  const { text, offsets } = normalise('\ufb01nal\r\nline\u2026 end');
  assert.equal(text, 'final\nline... end');
  assert.equal(offsets.toOriginal(text.indexOf('line')), 6);
  assert.equal(offsets.toOriginal(text.length), '\ufb01nal\r\nline\u2026 end'.length);
});

test('random slices of a text full of odd characters cover the same words', () => {
  const original =
    'Serbia\u00b4s\u00a0relations\u00a0\u2013 \u201cKosovo\u201d \u00adsoft\u200b, \ufb01ne Dac\u030cic\u0301 \u201e1998\u201399\u201c.\r\nNext\u2009line\u2026 ' +
    'plain text with \u00e9t\u00e9 and \ud83d\ude00 emoji.';
  const { text, offsets } = normalise(original);
  let seed = 7;
  const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
  const bounds = [0, ...[...text.matchAll(/[^\p{L}\p{N}]+/gu)].flatMap((m) => [m.index, m.index + m[0].length]), text.length];
  for (let k = 0; k < 200; k++) {
    const a = bounds[rnd(bounds.length)] ?? 0;
    const b = bounds[rnd(bounds.length)] ?? 0;
    const [lo, hi] = a <= b ? [a, b] : [b, a];
    const back = original.slice(offsets.toOriginal(lo), offsets.toOriginal(hi));
    assert.deepEqual(words(back), words(text.slice(lo, hi)), `slice ${lo}..${hi}`);
  }
});

test('the seed brief round-trips: every word found in the normalised text maps back to itself', (t) => {
  const file = sharedFile(t, 'seeds', 'serbia-nato-brief.txt');
  if (!file) return;
  const original = readFileSync(file, 'utf8');
  const { text, offsets } = normalise(original);
  assert.ok(!/[\u00a0\u00b4\u2018\u2019\u201c\u201d\u201e\u2013\u2014]/.test(text), 'no odd characters left');
  let checked = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const back = original.slice(offsets.toOriginal(m.index), offsets.toOriginal(m.index + m[0].length));
    assert.equal(back, m[0]);
    checked++;
  }
  assert.ok(checked > 2000, `checked ${checked} words`);
});

test('documentId is the sha256 of the normalised text: the same for the same text folded differently', () => {
  const a = documentId(normalise('NATO\u00b4s \u201cplan\u201d').text);
  const b = documentId(normalise("NATO's \"plan\"").text);
  assert.match(a, /^[0-9a-f]{64}$/);
  assert.equal(a, b);
  assert.notEqual(a, documentId(normalise('NATO plan').text));
});

test('text in other scripts passes unchanged, folds around it still apply', () => {
  const original = 'Вучић и\u00a0Дачић \u201eсу\u201c 2015. \u0391\u03b8\u03ae\u03bd\u03b1';
  const { text, offsets } = normalise(original);
  assert.equal(text, 'Вучић и Дачић "су" 2015. \u0391\u03b8\u03ae\u03bd\u03b1');
  assert.equal(offsets.toOriginal(text.indexOf('Дачић')), original.indexOf('Дачић'));
});
