import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Tokens, type KnownWord } from './_fold.js';

/** Words as another tokeniser cuts them: every maximal run of non-space characters, lower-cased. */
function spaceWords(text: string, offset: number): KnownWord[] {
  const out: KnownWord[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    out.push({ start: m.index + offset, end: m.index + offset + m[0].length, lower: m[0].toLowerCase() });
  }
  return out;
}

function same(a: Tokens, b: Tokens): void {
  assert.deepEqual([b.starts, b.ends, b.folds, b.cases], [a.starts, a.ends, a.folds, a.cases]);
}

test('tokens taken from an earlier tokeniser equal the scanner\'s own, whatever that tokeniser cut', () => {
  for (const text of [
    "Turkey's parliament ratified the NATO protocol on 23 January 2024 after Erdoğan's approval.",
    'The U.S.-led coalition and Russia-led CSTO did not meet; Hungary’s PM Orbán said "no".',
    "Georgian demonstrators' banners read NO TO RUSSIAN LAW, and police didn't intervene 's.",
  ]) {
    const scanned = new Tokens(text);
    same(scanned, new Tokens(text, spaceWords(text, 0)));
    // Offsets of a sentence inside a longer document, read from the document or from the sentence.
    same(scanned, new Tokens(text, spaceWords(text, 100), 100));
    const doc = `${'Earlier text. '.repeat(7)}xx${text} Later text.`;
    same(scanned, new Tokens(text, spaceWords(text, 100), 100, doc));
    // Split words, words the text does not hold, and a wrong lower case are scanned instead.
    const words = spaceWords(text, 0).flatMap((w) => [
      { start: w.start, end: w.start + 1, lower: w.lower.slice(0, 1) },
      { start: w.start + 1, end: w.end, lower: w.lower.slice(1).toUpperCase() },
    ]);
    same(scanned, new Tokens(text, words));
  }
});

test('cases say how each word is written', () => {
  const t = new Tokens('NATO and Erdoğan met in Ankara ÖZEL 2024');
  assert.deepEqual(t.cases, [2, 0, 1, 0, 0, 1, 2, 0]);
  assert.deepEqual(t.folds, ['nato', 'and', 'erdogan', 'met', 'in', 'ankara', 'ozel', '2024']);
});
