/**
 * Sentences near the newer vocabulary (sanctions, closures, summons, incursions, agreeing to …) and
 * near the fallbacks for a missing target that must give no event: those acting together are not each
 * other's target, a domestic act has no foreign side, and a word in another sense is no trigger.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createExtractor } from '../extract.js';

const extractor = createExtractor();

const NONE: string[] = [
  'In 2012 Japan and Vietnam condemned the nuclear test.',
  'In 2019 Ghana and Togo opposed the plan.',
  'The agreement between Chile and Peru entered into force in 2015.',
  'In 2018 Kenya closed its border crossings for the night.',
  'In 2016 Norway added two new frigates to its navy.',
  "In 2020 Estonia's customs office banned the import of fireworks.",
  "In 2019 Portugal's police stopped the delivery of the parcels.",
  'In 2014 the Chilean minister regretted the delay.',
  // A word of a name ("National Assembly") is not the thing a rule wants after its verb (nationals told to leave).
  'In 2016 President Ilham Aliyev told the National Assembly that Azerbaijan would leave the organisation.',
  'The two countries agreed to disagree in 2011.',
  'In 2017 Japan conducted a joint operation with India.',
  // An ally one acts beside is no target, whichever coder reads the verb.
  'In March 2022 Rwandan troops attacked rebel bases alongside the Mozambican army.',
  'Meanwhile Rwandan troops remain deployed alongside the Mozambican army in Cabo Delgado, and clashes continued in March 2022.',
  'In 2021 the Finnish navy crossed the Baltic Sea.',
  'In 2013 Chile summoned the courage to reform.',
  // "meet" a standard or a duty is no meeting.
  'The Commission found in 2019 that Ghana meets the criteria for joining the union.',
  'In 2021 Peru met its obligations to the IMF.',
  'Jordan hosts more than 600,000 Syrian refugees.',
  // A consultation at home is no talks with the side named after it.
  'Timeline of Norway–Iceland relations\n\n2014 – Norway opens a domestic consultation on the fisheries deal.',
  // "open a new chapter" of relations is a figure of speech, no accession chapter opened.
  '"Mongolia is a close partner of Japan, and today we open a new chapter," the Japanese minister said in 2016.',
  // Talks ended by someone the text does not name as an actor are not ended between the title's two sides.
  'Timeline of Norway–Iceland relations\n\n2014 – The fisheries council ends the negotiations on the quota deal.',
  'Oslo wants consular access to all the detained Norwegians.',
  // A participle set off by commas says what state a thing is in, done by no one named; a trip home is no visit.
  // What is carried on is the criticism, not the talks.
  'In 2003 Laos continued to criticise the border talks.',
  'In 2011 the Fijian minister returned home from the talks.',
  'Ferries between Gabon and Cameroon, suspended since 2016, have not resumed.',
  "In 2008 Laos's ambassador, who was visiting his own country, fell ill.",
  'Sources: Russian Ministry of Defence press releases, 6–19 January 2022.',
  // Jets sent to strike are not given to anyone; drones used to watch are no force; talks ended are no treaty ended.
  'In 2018 Kenya sent jets to strike rebel camps in the north.',
  'In 2015 Denmark said it would send jets to help defend Estonia if it is attacked.',
  "In 2016 Ghana's army used drones for surveillance of the border with Togo.",
  "In 2017 Chile's talks with Peru end early and without agreement.",
  // Leaving a room is no expulsion.
  "In 2014 Peru's minister asked the Chilean ambassador to leave the room.",
  // A participle describing a noun accuses no one here; a meeting still to be hosted is planned.
  'In 2014 the smuggler accused of the murder crossed from Peru into Bolivia.',
  'In 2016 Ghana and Togo agreed on talks, to be hosted by Benin in May.',
];

describe('sentences near the newer rules give no event', () => {
  for (const sentence of NONE) {
    it(sentence, () => {
      const { events } = extractor.extract(sentence, { published: '2023-01' });
      assert.deepEqual(events.map((e) => `${e.source.principal}→${e.target.principal} ${e.code} [${e.rule}]`), []);
    });
  }

  it('reads the topic of a meeting named after its place as no event ("a summit in Geneva on the unrest in Venezuela")', () => {
    const { events } = extractor.extract('In 2014 the Chilean president attended a summit in Geneva on the unrest in Venezuela.', { published: '2023-01' });
    assert.deepEqual(events.filter((e) => e.root === '14'), []);
  });

  it('codes a denial, not the act denied ("denied reports that its ships had seized …")', () => {
    const text = 'In 2016 the Chilean navy flatly denied reports that its ships had seized Peruvian fishing boats.';
    const { events } = extractor.extract(text, { published: '2023-01' });
    assert.deepEqual(events.map((e) => `${e.source.principal}→${e.target.principal} ${e.code}`), ['CHL→PER 016']);
  });

  it('borrows no parties for an agentless passive whose subject names no actor ("Chapter 12 was opened")', () => {
    const text = 'In 2015 Chile signed a trade agreement with Peru. Chapter 12 was opened in 2016. Three fishermen were arrested in 2017.';
    const { events } = extractor.extract(text, { published: '2023-01' });
    assert.deepEqual(events.map((e) => `${e.source.principal}→${e.target.principal} ${e.code}`), ['CHL→PER 057']);
  });

  it('reads "is conducting" as active, not as a passive: the subject acts', () => {
    const text = 'In 2019 Chile signed a deal with Peru. Bolivia is conducting military exercises in Paraguay.';
    const { events } = extractor.extract(text, { published: '2023-01' });
    assert.deepEqual(events.filter((e) => e.code === '062').map((e) => e.source.principal), ['BOL']);
  });

  it('gives a second predicate its own object: "condemned the attack and expressed solidarity with B"', () => {
    const { events } = extractor.extract("Latvia's prime minister condemned the attack and expressed full solidarity with Lithuania in 2021.", { published: '2023-01' });
    assert.deepEqual(events.map((e) => `${e.source.principal}→${e.target.principal} ${e.code}`), ['LVA→LTU 051']);
  });

  it('reads no event in the background a time phrase dates the clause against ("after Iraq\'s invasion of Kuwait")', () => {
    const { events } = extractor.extract("In 2003, after Eritrea's incursion into Ethiopia, Djibouti closed its border.", { published: '2023-01' });
    assert.deepEqual(events.filter((e) => e.root === '19').map((e) => e.rule), []);
  });

  it('takes no target from a relative clause of place', () => {
    const { events } = extractor.extract('In 2014 Hungary criticised the summit held in Rome, where Italy held the presidency.', { published: '2023-01' });
    assert.deepEqual(events.filter((e) => e.target.principal === 'ITA').map((e) => e.code), []);
  });

  it('reads a participle of meeting that opens the sentence as its scene, not an act of its own', () => {
    const text = 'Peru recalled its envoy from Bolivia in 2009. Meeting in Quito on 4 May 2012, the foreign ministers of Chile and Ecuador signed a trade accord.';
    const { events } = extractor.extract(text, { published: '2023-01' });
    assert.deepEqual(events.filter((e) => e.rule === 'meet').map((e) => `${e.source.principal}→${e.target.principal}`), []);
  });

  it('takes no target for a criticised act from an earlier event of another kind', () => {
    const { events } = extractor.extract("Japan's prime minister congratulated the Mongolian president in June 2017. Latvia's prime minister condemned the attack in August 2020.", { published: '2023-01' });
    assert.deepEqual(events.filter((e) => e.source.principal === 'LVA').map((e) => `${e.target.principal} ${e.code}`), []);
  });
});
