/**
 * An act coded by what it is about (data/patterns/objects.yaml): each kind of object on a sentence of our
 * own, about countries and years other than the examples', run through the whole pipeline; and the
 * tables' checks.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDataFile } from '../../core/data-file.js';
import { DyadError } from '../../core/errors.js';
import { dataPath } from '../../core/paths.js';
import { createExtractor } from '../extract.js';
import { compileObjects, OBJECTS_SCHEMA, type ObjectsFile } from './_objects.js';

/** [object class, sentence, source principal, target principal, CAMEO code] */
type Case = [string, string, string, string, string];

const CASES: Case[] = [
  ['sanctions', 'In 2011 Bahrain demanded that Qatar drop its boycott of Bahraini goods.', 'BHR', 'QAT', '1054'],
  ['restrictions', 'In 2012 Ghana demanded that Togo lift the curfew in the border towns.', 'GHA', 'TGO', '1051'],
  ['curfew', 'In 2017 Ghana threatened Togo with a curfew on the border markets.', 'GHA', 'TGO', '1323'],
  ['martial-law', 'In 2012 Senegal threatened Mali with martial law in the border districts.', 'SEN', 'MLI', '1324'],
  ['release', 'In 2019 Estonia asked Finland to release the impounded trawler.', 'EST', 'FIN', '0253'],
  ['involvement', 'In 2013 Bolivia demanded that Chile let observers into the region.', 'BOL', 'CHL', '1055'],
  ['de-escalation', 'In 2017 Chad called on Niger to renounce violence along the border.', 'TCD', 'NER', '0256'],
  ['leadership', 'In 2010 Belgium called on the Congolese president to step down.', 'BEL', 'COG', '0241'],
  ['rights', 'In 2010 Uganda demanded that Sudan respect the rights of its traders.', 'UGA', 'SDN', '1043'],
  ['policy', 'In 2015 Togo demanded that Benin abandon its policy of border closures.', 'TGO', 'BEN', '1042'],
  ['institutions', 'In 2019 Austria urged Slovakia to hold a referendum on the dam.', 'AUT', 'SVK', '0244'],
  ['policy', 'In 2013 Peru urged Bolivia to change its water policy.', 'PER', 'BOL', '0242'],
  ['reform', 'In 2012 Uruguay urged Paraguay to carry out reforms.', 'URY', 'PRY', '024'],
  ['humanitarian-aid', 'In 2015 Norway rejected a Danish request for food aid.', 'NOR', 'DNK', '1223'],
  ['military-aid', 'In 2014 Latvia asked Poland to provide military aid.', 'LVA', 'POL', '0232'],
  ['peacekeeping', 'In 2007 Togo demanded that Benin send peacekeepers to the border.', 'TGO', 'BEN', '1034'],
  ['economic-aid', 'In 2012 Norway asked Sweden to help finance the new railway.', 'NOR', 'SWE', '0231'],
  ['aid', 'In 2018 Tunisia threatened to cut aid to the Libyan government.', 'TUN', 'LBY', '1311'],
  ['judicial', 'In 2015 Croatia demanded that Serbia hand over the suspect.', 'HRV', 'SRB', '1013'],
  ['intelligence', 'In 2018 Latvia demanded that Estonia share information on the smugglers.', 'LVA', 'EST', '1014'],
  ['economic', 'In 2013 Zambia urged Namibia to cut tariffs on copper.', 'ZMB', 'NAM', '0211'],
  ['military', 'In 2014 Benin rejected a Nigerian request for military cooperation.', 'BEN', 'NGA', '1212'],
  ['mediation', 'In 2017 Angola urged Namibia to accept mediation in the dispute.', 'AGO', 'NAM', '028'],
  ['political-freedom', 'In 2013 Serbia threatened Kosovo with a ban on opposition rallies.', 'SRB', 'XKX', '1321'],
  ['opposition', 'In 2014 Fiji threatened Tonga with a ban on opposition parties.', 'FJI', 'TON', '1322'],
  ['institutions', 'In 2009 Angola conceded to Zambian demands to overhaul the judiciary.', 'AGO', 'ZMB', '0834'],
  ['release', 'In 2015 Chile said it would not meet Bolivian demands to release the fishermen.', 'CHL', 'BOL', '1243'],
  ['policy', 'In 2010 Mexico urged Guatemala to carry out economic reforms.', 'MEX', 'GTM', '0242'],
  ['involvement', 'In 2012 Belgium urged Niger to reconsider its ban on relief flights to the north.', 'BEL', 'NER', '0255'],
  ['property', 'In 2016 Norwegian police confiscated weapons from Swedish smugglers.', 'NOR', 'SWE', '1711'],
  ['rights', 'In 2013 Burundian rebels insisted on their demands that the Rwandan government grant more rights to the minority.', 'BDI', 'RWA', '1043'],
  ['supplies', 'In 2009 Russia threatened to cut off gas supplies to Ukraine over unpaid bills.', 'RUS', 'UKR', '131'],
  ['inspection', 'In 2016 Belarus received inspectors from the OSCE.', 'BLR', 'OSCE', '0862'],
  ['crime', 'In 2018 Peru opened a fraud investigation against Bolivian officials.', 'PER', 'BOL', '091'],
  ['abuses', 'In 2014 Norway investigated the treatment of prisoners by Danish guards.', 'NOR', 'DNK', '092'],
  ['military-action', 'In 2013 Kenya opened an inquiry into the raid by Somali militias.', 'KEN', 'SOM', '093'],
  ['war-crimes', 'In 2015 Serbia opened an investigation into war crimes by Croatian soldiers.', 'SRB', 'HRV', '094'],
];

const extractor = createExtractor();
const read = (text: string): string[] => extractor.extract(text, { published: '2023-01' }).events.map((e) => `${e.source.principal}→${e.target.principal} ${e.code}`);

describe('an act coded by its object', () => {
  for (const [kind, text, source, target, code] of CASES) {
    it(`${kind}: ${text}`, () => {
      assert.ok(read(text).includes(`${source}→${target} ${code}`), `${read(text).join(', ')} lacks ${source}→${target} ${code}`);
    });
  }

  it('reads a finer code by its own table again: a request for aid refused, then the kind of aid', () => {
    assert.deepEqual(read('In 2015 Portugal rejected a Spanish request for financial aid.'), ['PRT→ESP 1221']);
    assert.deepEqual(read('In 2003 Lesotho demanded that South Africa provide financial assistance.'), ['LSO→ZAF 1031']);
  });

  it('leaves the plain code where no object is named', () => {
    assert.deepEqual(read('In 2016 Malawi urged Zambia to act quickly.'), ['MWI→ZMB 020']);
  });

  it('leaves a rule listed as plain alone: a reform plan submitted is no reform promised', () => {
    assert.deepEqual(read('In 2014 Chile submitted a reform plan to Peru.'), ['CHL→PER 030']);
  });

  it('reads the first act\'s object, not a second act joined by "and"', () => {
    assert.deepEqual(read('In 2016 Laos urged Cambodia to act quickly and to accept mediation.'), ['LAO→KHM 020']);
  });

  it('every class in data/patterns/objects.yaml has a sentence here, and every class is used by some code', () => {
    const file = loadDataFile<ObjectsFile>(dataPath('patterns', 'objects.yaml'), OBJECTS_SCHEMA);
    const tested = new Set(CASES.map((c) => c[0]));
    assert.deepEqual(Object.keys(file.classes).filter((c) => !tested.has(c)), []);
    const used = new Set(Object.values(file.codes).flatMap((t) => Object.keys(t)));
    assert.deepEqual(Object.keys(file.classes).filter((c) => !used.has(c)), []);
  });
});

describe('object tables', () => {
  const codeOf = (f: () => unknown): string | undefined => {
    try {
      f();
    } catch (e) {
      return e instanceof DyadError ? e.code : 'other';
    }
    return undefined;
  };

  it('refuse a finer code outside the coarse code\'s root or unknown to CAMEO', () => {
    assert.equal(codeOf(() => compileObjects({ version: 1, classes: { aid: ['aid'] }, codes: { '020': { aid: '0333' } } }, 'test')), 'UNKNOWN_CODE');
    assert.equal(codeOf(() => compileObjects({ version: 1, classes: { aid: ['aid'] }, codes: { '020': { aid: '0299' } } }, 'test')), 'UNKNOWN_CODE');
  });

  it('refuse a class the file does not list', () => {
    assert.equal(codeOf(() => compileObjects({ version: 1, classes: {}, codes: { '020': { aid: '023' } } }, 'test')), 'DATA_SCHEMA');
  });

  it('compile the bundled file', () => {
    assert.equal(codeOf(() => compileObjects(loadDataFile<ObjectsFile>(dataPath('patterns', 'objects.yaml'), OBJECTS_SCHEMA), 'objects.yaml')), undefined);
  });
});
