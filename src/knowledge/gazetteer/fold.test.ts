import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldKey, Tokens, type KnownWord } from './_fold.js';

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

test('a word begun in lower case with a capital inside is a name mistyped, read as capitalised; one all in lower case is not', () => {
  const t = new Tokens('Aid to eCuador and to ecuador');
  assert.deepEqual(t.cases, [1, 0, 1, 0, 0, 0]);
});

test('one Tokens reads sentence after sentence as fresh ones would, nothing of the longer one before showing', () => {
  const long = "Serbia's army and NATO's KFOR met in Priština on 7 March 2017, as the Alliance said.";
  const short = 'The Alliance met.';
  const t = new Tokens(long);
  t.read(short);
  const fresh = new Tokens(short);
  const upTo = (a: readonly unknown[]) => a.slice(0, t.length);
  assert.equal(t.length, fresh.length);
  assert.deepEqual([upTo(t.starts), upTo(t.ends), upTo(t.folds), upTo(t.keys), t.cases], [fresh.starts, fresh.ends, fresh.folds, fresh.keys, fresh.cases]);
  assert.equal(t.fold(t.length), undefined);
  assert.equal(t.fold(-1), undefined);
  assert.equal(t.isPossessive(t.length), false);
  assert.equal(t.indexOf('met', 0), 2);
  assert.equal(t.indexOf('army', 0), -1);
  assert.deepEqual(t.keys.slice(0, t.length), t.folds.slice(0, t.length).map(foldKey));
});

test('keys are foldKey() of the folds, plain words\' worked out from the text', () => {
  const text = 'NATO and Serbia signed the IPAP in 2015, Vučić said.';
  const words = [...text.matchAll(/[A-Za-z0-9]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase(), plain: true }));
  const t = new Tokens(text, words);
  assert.deepEqual(t.folds, new Tokens(text).folds);
  assert.deepEqual(t.keys, t.folds.map(foldKey));
});
