import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor } from '../extract.js';
import { finestNarrowing, narrowability, narrows } from './_refine.js';

test("a root's own code is narrowed by any code of its root, a lower code only by its own sub-codes", () => {
  assert.equal(narrows('020', '0233'), true);
  assert.equal(narrows('020', '025'), true);
  assert.equal(narrows('033', '0331'), true);
  assert.equal(narrows('033', '0241'), false);
  assert.equal(narrows('112', '1124'), true);
  assert.equal(narrows('020', '112'), false);
  assert.equal(narrows('0331', '0331'), false);
  assert.equal(finestNarrowing('030', ['036', '0331', '112']), '0331');
  assert.equal(finestNarrowing('030', ['112']), undefined);
});

test('a code with no finer code in the codebook is never narrowed, a root or a code with sub-codes may be', () => {
  const may = narrowability(['020', '023', '0233', '057', '111']);
  assert.equal(may('020'), true);
  assert.equal(may('023'), true);
  assert.equal(may('057'), false);
  assert.equal(may('111'), false);
  assert.equal(may('030'), false);
});

test("the team's coarse code takes the dictionary's finer code of the same verb and parties, the rule naming both", () => {
  // The team's rule reads an appeal (020), its object tables no kind of object in "files"; CAMEO's
  // pattern for files requested says an appeal for intelligence (0214).
  const events = createExtractor().extract('In 1996 Kenya requested files from Malawi.').events;
  const e = events.find((x) => x.source.principal === 'KEN' && x.target.principal === 'MWI');
  assert.equal(e?.code, '0214');
  assert.match(e?.rule ?? '', /^appeal\+dictionary:CAMEO\.2\.0\.txt:\d+$/);
});

test("a compound subject's members cooperate with each other, each way, and a year in the sentence does not discard it", () => {
  const events = createExtractor().extract('In 2003 Bolivia and Paraguay reached a consensus to share data on river levels.').events;
  const read = events.filter((e) => e.rule.startsWith('dictionary:')).map((e) => `${e.source.principal}→${e.target.principal} ${e.code}`).sort();
  assert.deepEqual(read, ['BOL→PRY 037', 'PRY→BOL 037']);
});

test('a compound subject is not its own target of force', () => {
  const events = createExtractor().extract('In 1997 Chile and Peru bombed the rebel camps.').events;
  assert.deepEqual(events.filter((e) => e.source.principal !== e.target.principal && ['CHL', 'PER'].includes(e.target.principal)).map((e) => e.code), []);
});
