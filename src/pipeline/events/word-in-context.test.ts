/**
 * A word read in its context, not in its commonest sense: aid withdrawn is aid reduced, not a retreat;
 * an office holder crossing a border travels; leaving a format reduces relations; a blockade lifted
 * past a time adverb is eased; an accord's purpose ("to let trucks cross") is no act of its own; a
 * verdict that describes a person is their past, not an arrest the text reports.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createExtractor } from '../extract.js';

const extractor = createExtractor();

function codes(text: string): string[] {
  return extractor.extract(text, { published: '2023-01-10' }).events.map((e) => `${e.source.principal}→${e.target.principal} ${e.code}`);
}

describe('a word read in its context', () => {
  it('reads aid, funding or support withdrawn as a reduction (16), troops withdrawn as a retreat (08)', () => {
    assert.deepEqual(codes('In 2014 Finland withdrew its aid from Tanzania.'), ['FIN→TZA 162']);
    assert.deepEqual(codes('In 2014 Finland withdrew its funding from Tanzania\'s water project.'), ['FIN→TZA 1621']);
    assert.deepEqual(codes('In 2014 Finland withdrew its support from Tanzania.'), ['FIN→TZA 160']);
    assert.deepEqual(codes('In 2014 Finland withdrew its troops from Tanzania.').map((c) => c.slice(0, 11)), ['FIN→TZA 087']);
  });

  it('reads an office holder crossing a border as travel there, troops crossing as an occupation', () => {
    assert.deepEqual(codes('In 2012 the Malian prime minister crossed the border into Niger.'), ['MLI→NER 042']);
    assert.deepEqual(codes('In 2012 Malian troops crossed the border into Niger.'), ['MLI→NER 192']);
  });

  it('reads leaving or quitting a cooperation format as reduced relations, not a military retreat', () => {
    assert.deepEqual(codes('In 2020 Latvia left the regional format with Belarus.'), ['LVA→BLR 160']);
    assert.deepEqual(codes('In 2020 Latvia withdrew from the regional format with Belarus.'), ['LVA→BLR 160']);
  });

  it('reads a blockade lifted past a time adverb as eased (0872), not imposed (191)', () => {
    const text = 'DAKAR, 9 January 2023 — Senegal lifted on Monday a blockade of the port of Banjul. Senegal lifted Monday a blockade of the port of Banjul.';
    assert.deepEqual(codes(text), ['SEN→GMB 0872', 'SEN→GMB 0872']);
  });

  it('reads no act in the purpose of an accord ("signed accords to let trucks cross the border")', () => {
    assert.deepEqual(codes('In 2015 Rwanda and Burundi signed accords to let trucks cross the border.'), ['RWA→BDI 057']);
    // a causative told as done is done
    assert.deepEqual(codes('In 2015 Rwanda let Ugandan troops cross the border into Burundi.'), ['UGA→BDI 192']);
  });

  it('reads a verdict told in a relative clause or an apposition as who the person is, not as an arrest', () => {
    assert.deepEqual(codes('ACCRA, Jan 9 (Gulf Wire) – Ghana freed a Togolese trader who was convicted in 2017 of smuggling.'), []);
    assert.deepEqual(codes('ACCRA, Jan 9 (Gulf Wire) – Ghana freed a Togolese trader, convicted in 2017 of smuggling.'), []);
    // a verdict the text reports stays legal action (173)
    assert.deepEqual(codes('ACCRA, Jan 9 (Gulf Wire) – A Ghanaian court convicted the Togolese trader of smuggling.'), ['GHA→TGO 173']);
  });
});
