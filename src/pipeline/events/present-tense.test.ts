/**
 * The chronology and headline present: wink's tagger often reads a present-tense verb after a
 * coordinated or noun-headed subject as a noun ("Norway and Chile sign …" → sign/NOUN). Such a word is
 * read as the verb when it follows an actor subject, agrees with it and is its clause's only verb;
 * real nouns ("the sign of", "visits to Moscow increased") stay nouns.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DyadEvent } from '../../core/model.js';
import { createExtractor } from '../extract.js';

const extractor = createExtractor();

function events(sentence: string): string[] {
  return extractor.extract(sentence, { published: '2023-01' }).events.map((e: DyadEvent) => `${e.source.principal}→${e.target.principal} ${e.code}`);
}

/** [sentence, one event it must give] */
const PRESENT: [string, string][] = [
  ['2 June 2004. Norway and Chile sign a trade agreement.', 'NOR→CHL 057'],
  // past a purpose clause's verbs, and a conjunction between adjectives ("separate but parallel")
  ['9 May 2016. Chile and Peru sign separate but parallel accords with Bolivia to let grain flow.', 'PER→BOL 057'],
  ['The Bolivian president visits Peru.', 'BOL→PER 042'],
  ['14 March 2019. The European Council grants Moldova the status of a candidate country.', 'EU→MDA 050'],
  ['7 July 2013. Egypt arrests two Sudanese journalists.', 'EGY→SDN 173'],
  ['1 June 2018. The United States lifts sanctions on Sudan.', 'USA→SDN 085'],
  ['5 May 2015. Spain pledges aid to Nepal.', 'ESP→NPL 033'],
  ['4 March 2014. Russia annexes Crimea.', 'RUS→UKR 192'],
  ['5 May 2011. Prime Ministers Jens Stoltenberg of Norway and Johanna Sigurdardottir of Iceland sign an agreement on fisheries.', 'NOR→ISL 057'],
  ['7 May 2011. Danish police arrest a Norwegian smuggler in Copenhagen.', 'DNK→NOR 173'],
  ['15 May 2011. The Allies pledge 4 billion euros in aid to Iceland.', 'NATO→ISL 033'],
  ['15 May 2011. The United States pledges aid to Iceland.', 'USA→ISL 033'],
  ['8 April 2008. Croatia and Slovenia agree to arbitration and Slovenia lifts its blockade.', 'SVN→HRV 080'],
  // A pronoun after a reporting verb is its subject
  ["12 May 2011. Norway's prime minister says he is disappointed by the decision of the EU.", 'NOR→EU 012'],
  // A gerund of manner, read as a noun: "retaliated by expelling …"
  ['In 2018 Hungary retaliated by expelling a Ukrainian consul.', 'HUN→UKR 166'],
  // A verb taking an object and a participle ("orders X shut down"): the participle is what is ordered, no rival verb
  ['4 March 2014. Minsk orders gas production shut down after accusing Vilnius of theft.', 'BLR→LTU 163'],
  ['5 March 2014. Lukashenko orders the pipelines closed to Lithuanian gas within 30 days.', 'BLR→LTU 163'],
  ['In 2017 Hungary responded by blocking the opening of talks with Ukraine.', 'HUN→UKR 120'],
  // A headline's participle, its "was" left out, under a title naming the relationship
  ['# Chile and Peru: key dates\n\n**12 March 2014.** Association agreement signed in Lima.', 'CHL→PER 057'],
];

/** Nouns after an actor that must not become verbs. */
const NOUNS: string[] = [
  'The sign of goodwill from Norway surprised Chile in 2004.',
  'The EU sanctions list grew in 2021.',
  'Norway and Chile trade volumes rose in 2004.',
  'The Hungarian arrests of Ukrainian citizens drew criticism in 2018.',
];

describe('present-tense verbs the tagger read as nouns', () => {
  for (const [sentence, want] of PRESENT) {
    it(`reads the verb: ${sentence}`, () => {
      const got = events(sentence);
      assert.ok(got.includes(want), `expected ${want}; got ${got.join('; ') || 'none'}`);
    });
  }
  for (const sentence of NOUNS) {
    it(`keeps the noun: ${sentence}`, () => {
      assert.deepEqual(events(sentence), []);
    });
  }
});
