import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { sharedFile } from '../../testing/shared.js';
import { segmentText, tokenizeOnly } from './index.js';

const texts = (s: string): string[] => segmentText(s).map((x) => x.text);

test('token offsets point at the token text in the input', () => {
  const input = 'The  Hungarian\u00e9 minister, Mr. Kov\u00e1cs,\tmet NATO\u2019s envoy (April 2004).\n\nThen he left.';
  for (const s of segmentText(input)) {
    assert.equal(input.slice(s.start, s.end), s.text);
    for (const t of s.tokens) assert.equal(input.slice(t.start, t.end), t.text);
  }
});

test('tokens carry lower case, lemma, part of speech and the space after', () => {
  const [s] = segmentText('Poland signed the treaties in Warsaw.');
  assert.ok(s);
  const signed = s.tokens.find((t) => t.text === 'signed');
  assert.equal(signed?.lemma, 'sign');
  assert.equal(signed?.pos, 'VERB');
  assert.equal(signed?.spaceAfter, true);
  const treaties = s.tokens.find((t) => t.text === 'treaties');
  assert.equal(treaties?.lemma, 'treaty');
  assert.equal(s.tokens.find((t) => t.text === 'Warsaw')?.spaceAfter, false);
  assert.equal(s.tokens[0]?.lower, 'poland');
});

test('a word met again with another part of speech gets that part of speech\'s lemma', () => {
  // Lemmas are remembered per word and part of speech: the second meeting must not reuse the first.
  const lemmaOf = (text: string, word: string, pos: string) =>
    segmentText(text).flatMap((s) => s.tokens).find((t) => t.text === word && t.pos === pos)?.lemma;
  assert.equal(lemmaOf('The envoy left Tbilisi on Monday.', 'left', 'VERB'), 'leave');
  assert.equal(lemmaOf('The left wing of the Croatian parliament abstained.', 'left', 'ADJ'), 'left');
  assert.equal(lemmaOf('The envoy left Tbilisi on Monday.', 'left', 'VERB'), 'leave');
});

test('the parts of a contraction keep wink-nlp\'s own lemmas', () => {
  const tokens = segmentText("Ankara won't sign. Athens can't and Rome's envoy won't.").flatMap((s) => s.tokens);
  assert.deepEqual(
    tokens.filter((t) => t.text === 'wo' || t.text === 'ca' || t.text === "n't").map((t) => t.lemma),
    ['will', 'not', 'can', 'not', 'will', 'not'],
  );
});

test('abbreviations, initials and "No. 5" do not end a sentence', () => {
  assert.deepEqual(texts('Troops from the U.S. and e.g. Canada met Gen. J. R. Allen under Art. 5 of the treaty, i.e. No. 5 in the list. Then they left.'), [
    'Troops from the U.S. and e.g. Canada met Gen. J. R. Allen under Art. 5 of the treaty, i.e. No. 5 in the list.',
    'Then they left.',
  ]);
});

test('an abbreviation that may end a sentence does so before a capitalised word that is not a name', () => {
  assert.deepEqual(texts('The envoy flew to the U.S. The talks began on Monday.'), ['The envoy flew to the U.S.', 'The talks began on Monday.']);
  assert.deepEqual(texts('Troops left, the U.S. Central Command said on Monday.'), ['Troops left, the U.S. Central Command said on Monday.']);
});

test('an abbreviation that may end a sentence goes on before an office or body it qualifies', () => {
  assert.deepEqual(texts('U.S. Secretary of State Rice met Chilean President Bachelet in 2007.'), ['U.S. Secretary of State Rice met Chilean President Bachelet in 2007.']);
  assert.deepEqual(texts('The U.N. Secretary-General visited Nepal. Talks began.'), ['The U.N. Secretary-General visited Nepal.', 'Talks began.']);
});

test('a blank line always ends a sentence, a heading without a full stop is its own sentence', () => {
  assert.deepEqual(texts('Relations between Chile and Peru\n\nThe two states met in 1998 and\n\nsigned a treaty.'), [
    'Relations between Chile and Peru',
    'The two states met in 1998 and',
    'signed a treaty.',
  ]);
  assert.deepEqual(texts('A short heading\nThe first sentence of the text goes on. The second.'), [
    'A short heading',
    'The first sentence of the text goes on.',
    'The second.',
  ]);
});

test('a line broken inside a sentence does not split it', () => {
  assert.deepEqual(texts('Norway and Sweden agreed on the new border regime in\nMay 1905 after long talks.'), [
    'Norway and Sweden agreed on the new border regime in\nMay 1905 after long talks.',
  ]);
});

test('sentences are numbered in order and long texts are read in chunks without losing any', () => {
  const para = 'Estonia joined the alliance in 2004. Latvia did the same.\n\n';
  const big = para.repeat(6000);
  const sentences = segmentText(big);
  assert.equal(sentences.length, 12000);
  sentences.forEach((s, i) => assert.equal(s.index, i));
  assert.equal(big.slice(sentences[11999]?.start, sentences[11999]?.end), 'Latvia did the same.');
});

test('tokenizeOnly counts the tokens wink finds', () => {
  assert.equal(tokenizeOnly('Serbia joined PfP in 2006.'), 6);
});

test('words wink cuts at letters outside Latin-1 are one token again; their full stop still ends the sentence', () => {
  const sentences = segmentText('The minister Vu\u010di\u0107 met Ján Cinge\u013e. Photo by a reporter.');
  assert.equal(sentences.length, 2);
  const words = sentences[0]?.tokens.map((t) => t.text);
  assert.ok(words?.includes('Vu\u010di\u0107'), JSON.stringify(words));
  assert.ok(words?.includes('Cinge\u013e'), JSON.stringify(words));
  assert.equal(sentences[0]?.tokens.find((t) => t.text === 'Vu\u010di\u0107')?.pos, 'PROPN');
});

test('list items and table rows start sentences; a list number stays with its item', () => {
  assert.deepEqual(texts('Steps taken:\n- 2004: Latvia joins\n- 2009: Albania joins\n1. first point\n2) second point\n| 2004 | LVA |\n| 2009 | ALB |'), [
    'Steps taken:',
    '- 2004: Latvia joins',
    '- 2009: Albania joins',
    '1. first point',
    '2) second point',
    '| 2004 | LVA |',
    '| 2009 | ALB |',
  ]);
});

test('offsets stay exact on odd input: contractions, emoji, URLs, control characters, CRLF', () => {
  const input =
    "I can't go, don't ask!! \ud83d\ude00\ud83d\udc4d\ud83c\udffd mail me@x.org or see https://nato.int/cps/en?id=5&x=1 #NATO @jens... 3:30pm, $5.5bn, \u20ac20m; 1st\u20132nd. \u0000odd\u0007ctl\t\ttabs   end.\r\nFinal? Yes! 'quoted' \"words\" \u2014 \u2014 ... ok";
  const sentences = segmentText(input);
  assert.ok(sentences.length >= 4);
  for (const s of sentences) {
    assert.equal(input.slice(s.start, s.end), s.text);
    for (const t of s.tokens) assert.equal(input.slice(t.start, t.end), t.text);
  }
  assert.deepEqual(segmentText(''), []);
  assert.deepEqual(segmentText('  \n\n  '), []);
});

test('quotes and brackets after a full stop stay with the sentence; a question goes on before lower case', () => {
  assert.deepEqual(texts('He said "we agree." Then he left (as planned.) Why? because. Was it "over?" Yes!'), [
    'He said "we agree."',
    'Then he left (as planned.)',
    'Why? because.',
    'Was it "over?"',
    'Yes!',
  ]);
});

test('news sentences of the PETRARCH samples, run together, are split back exactly', (t) => {
  const units: string[] = [];
  for (const name of ['GigaWord.sample.PETR.xml', 'PETR2_GSR_validation.xml', 'PETR.UnitTest.records.xml']) {
    const file = sharedFile(t, 'peer', 'petrarch', name);
    if (!file) return;
    for (const m of readFileSync(file, 'utf8').matchAll(/<Text>([\s\S]*?)<\/Text>/g)) {
      const s = (m[1] ?? '').replace(/\s+/g, ' ').trim();
      if (/[.!?]["')]?$/.test(s)) units.push(s);
    }
  }
  const text = units.join(' ');
  const truth: number[] = [];
  let at = 0;
  for (const u of units) {
    at = text.indexOf(u, at);
    truth.push(at);
    at += u.length;
  }
  assert.ok(truth.length > 300, `${truth.length} sentences`);
  assert.deepEqual(segmentText(text).map((s) => s.start), truth);
});

test('a word the tagger reads as an adjective after a modal is a verb; after "be" it stays an adjective', () => {
  const posOf = (text: string, word: string) => segmentText(text).flatMap((s) => s.tokens).find((t) => t.text === word)?.pos;
  assert.equal(posOf('Chile will close the pass at dawn.', 'close'), 'VERB');
  assert.equal(posOf('The pass is close to the lake.', 'close'), 'ADJ');
});
