/**
 * CAMEO's reading of statements, on sentences of our own: an act said under an offer, promise, appeal,
 * demand, threat or refusal, or in the future, is coded as the statement; a negated or conditional
 * statement gives nothing; an act reported in a statement is that act.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { DyadEvent } from '../../core/model.js';
import { createExtractor } from '../extract.js';

const extractor = createExtractor();
const read = (text: string): string[] =>
  extractor.extract(text, { published: '2016-05' }).events.map((e: DyadEvent) => `${e.source.principal}→${e.target.principal} ${e.code}`);

describe('statements are acts of their own', () => {
  it('an intent: offered, ready, pledged, or the future tense', () => {
    assert.deepEqual(read('In 2012 Norway offered to mediate between Colombia and the FARC.').slice(0, 1), ['NOR→COL 039']);
    assert.ok(read('In 2015 Egypt said it was ready to hold talks with Ethiopia.').includes('EGY→ETH 036'));
    // ("prepared" read as a verb by the tagger is still the adjective of readiness)
    assert.ok(read('In 2004 Peru is prepared to hold talks with Chile.').includes('PER→CHL 036'));
    assert.ok(read('Ghana will meet Togo next week.').includes('GHA→TGO 036'));
    assert.ok(read('In 2014 Japan pledged to provide humanitarian aid to the Philippines.').includes('JPN→PHL 0333'));
  });

  it('an appeal or a demand, coded by what is asked for, against the one asked', () => {
    assert.ok(read('In 2011 Bahrain urged Qatar to release the detained fishermen.').includes('BHR→QAT 0253'));
    assert.ok(read('In 2018 Chad demanded that Libya release the detained soldiers.').includes('TCD→LBY 1053'));
    // The one asked after a preposition of address: "called on", "appealed to".
    assert.ok(read('In 2004 Chile called on Bolivia to release the prisoners.').includes('CHL→BOL 0253'));
    assert.ok(read('In 2007 Peru appealed to Ecuador to lift the embargo.').includes('PER→ECU 0254'));
    assert.ok(read('In 2006 Ghana renewed its appeal to Togo to extradite the suspects.').includes('GHA→TGO 0213'));
    // The kind of aid asked for or promised gives the finer code; aid of no kind named stays 023.
    assert.ok(read('In 1994 Mozambique asked Zimbabwe for military aid.').includes('MOZ→ZWE 0232'));
    assert.ok(read('In 2012 France promised military aid to Mali.').includes('FRA→MLI 0332'));
    assert.ok(read('In 2005 Peru asked Chile for aid.').includes('PER→CHL 023'));
    // Troops asked for or promised are protection or peacekeeping (074).
    assert.ok(read('In 2013 Mali asked Senegal for troops after the garrison fell.').includes('MLI→SEN 0234'));
    assert.ok(read('In 2014 Chad promised troops to the Central African Republic.').includes('TCD→CAF 0334'));
    // Yielding to political reform asked for: a resignation, rights respected.
    assert.ok(read('In 2011 the United States urged Egypt\'s president to resign.').includes('USA→EGY 0241'));
    assert.ok(read('In 2006 the United Nations urged Nepal\'s rebels to respect human rights.').includes('UN→NPL 0243'));
    // Wanting another to act is appealing for the act.
    assert.ok(read('In 2003 Kenya wanted Uganda to release the prisoners.').includes('KEN→UGA 0253'));
    // A concession asked for or offered is a yielding of no closer kind.
    assert.ok(read('In 1987 Moscow offered concessions to Washington on missiles in Asia.').includes('RUS→USA 035'));
    // A second act coordinated in the demand is demanded too, not done.
    assert.deepEqual(read('In 2012 Bolivia demanded that Chile release the prisoners and pay compensation.'), ['BOL→CHL 1053']);
    assert.deepEqual(read('In 2009 Benin urged Niger to release the prisoners and pay compensation.'), ['BEN→NER 0253']);
    // Any other act asked of another is an appeal all the same.
    assert.deepEqual(read('In 2016 Iraq wanted Turkey to strike the rebel camps.'), ['IRQ→TUR 020']);
  });

  it('wanting an act of one\'s own is an intent, of force a threat; a plan or a mandate is none', () => {
    assert.deepEqual(read('In 2013 Peru wanted to attack Ecuador.'), ['PER→ECU 1384']);
    assert.deepEqual(read('In 2014 Chile wanted to conduct joint exercises with Peru.'), ['CHL→PER 0312']);
    assert.deepEqual(read('In 2008 Chile plans to visit Argentina.'), []);
    // (no party named as joined: no event either way)
    assert.deepEqual(read('In 1995 Chile wanted to join the alliance.'), []);
    assert.deepEqual(read('The EU mission, set up in 2004, seeks to provide aid to Moldova.'), []);
  });

  it('a counted group undergoes an act said of it as it does the act: "would free 40 prisoners"', () => {
    assert.deepEqual(read('In 2010 Morocco said it would free 40 Algerian prisoners.'), ['MAR→DZA 0353']);
    // (the release said is read at its verb, not as an easing announced: "the end of May" is a date)
    assert.deepEqual(read('In 2012 Cuba announced it would release 30 Spanish fishermen by the end of May.'), ['CUB→ESP 0353']);
  });

  it('a threat, coded by what is threatened; a vow of force is a threat too', () => {
    assert.deepEqual(read('In 2009 Venezuela threatened to impose sanctions on Colombia.'), ['VEN→COL 1312']);
    assert.deepEqual(read('Azerbaijan vowed to attack Armenia again.'), ['AZE→ARM 1384']);
    assert.deepEqual(read('In 1986 Moscow threatened to stop the negotiations with Washington.'), ['RUS→USA 134']);
    // A threat of administrative sanctions in CAMEO's finer codes: a curfew, a party banned.
    assert.deepEqual(read('Greece threatened to impose a curfew on Turkish villages in 1991.'), ['GRC→TUR 1323']);
    // Halting involvement announced for the future is a threat to halt it.
    assert.deepEqual(read('In 1998 the OSCE said it will withdraw its monitors from Kosovo.'), ['OSCE→XKX 136']);
  });

  it('the future is a stated intent, coded by the act: joining, visiting, signing', () => {
    assert.deepEqual(read('Georgia will join the Partnership for Peace next year.'), ['GEO→NATO 030']);
    assert.deepEqual(read('Finland will visit NATO headquarters in May 2024.'), ['FIN→NATO 036']);
    assert.deepEqual(read('Turkey is going to sign a deal with Armenia.'), ['TUR→ARM 030']);
  });

  it('an act announced with the hour it starts is decided: the act itself, not the intent', () => {
    assert.deepEqual(read('In 1999 Chile will close its two crossings with Peru from midnight, the ministry said.'), ['CHL→PER 172']);
    assert.deepEqual(read('In 1999 Chile will shut its border with Peru.'), ['CHL→PER 132']);
  });

  it('agreeing to an act is the intent to do it', () => {
    assert.ok(read('In 1997 Bolivia and Paraguay agreed to hold joint military exercises.').includes('BOL→PRY 0312'));
    assert.deepEqual(read('In 2006 Kenya agreed to lift the embargo on Somalia.'), ['KEN→SOM 0354']);
  });

  it('a statement whose act is a noun: called for the withdrawal, offered mediation, threatened sanctions', () => {
    assert.deepEqual(read('In 1979 Brazil called for the withdrawal of Argentine troops.'), ['BRA→ARG 0256']);
    assert.deepEqual(read('In 2004 Gabon threatened sanctions against Cameroon.'), ['GAB→CMR 1312']);
    assert.deepEqual(read('In 2010 Haiti appealed to the United States for emergency aid.'), ['HTI→USA 023']);
    assert.deepEqual(read('In 2023 Japan pledged aid to Turkey after the earthquake.'), ['JPN→TUR 033']);
    assert.deepEqual(read('In 2022 Turkey offered mediation to Ukraine.'), ['TUR→UKR 039']);
    assert.deepEqual(read('In 2019 Iran demanded the release of its tanker from the United Kingdom.'), ['IRN→GBR 1053']);
    assert.deepEqual(read('In 2013 Senegal proposed a ceasefire to Gambia.'), ['SEN→GMB 0356']);
    assert.deepEqual(read('In 2013 Senegal did not call for the withdrawal of Gambian troops.'), []);
    // A statement noun after a light verb says the statement.
    assert.deepEqual(read('In 2011 Ghana made an offer of mediation to Togo.'), ['GHA→TGO 039']);
    assert.deepEqual(read('In 1998 Chile issued a call for the withdrawal of Peruvian troops.'), ['CHL→PER 0256']);
    // A light verb's statement noun with a that-clause: the clause is what is demanded or threatened, not a fact.
    assert.deepEqual(read('In 1995 Ecuador issued a demand that Peru withdraw its troops.'), ['ECU→PER 1056']);
    assert.deepEqual(read('In 1969 Honduras issued a warning that it would attack El Salvador.'), ['HND→SLV 1384']);
    // A demand named by another verb is no demand of that verb's subject.
    assert.deepEqual(read('In 1995 Ecuador rejected the demand that it withdraw its troops from Peru.'), []);
  });

  it('an accusation in a participle after its clause is said by the clause\'s subject', () => {
    assert.ok(read('In 1996 Uganda recalled its ambassador from Rwanda, accusing Kigali of arming the rebels.').includes('UGA→RWA 112'));
    assert.ok(read('In 2001 Eritrea protested to Sudan, accusing Ethiopia of shelling its border posts.').includes('ERI→ETH 112'));
  });

  it('a denial of an act, of any tense, against the act\'s target', () => {
    // The crossing denied is no event (192); the denial is (016).
    assert.deepEqual(read('In 2019 Ghana denied that its troops had crossed into Togo.'), ['GHA→TGO 016']);
  });

  it('a stated intent carried by an infinitive ("pledged to double its aid"); a passive\'s coordinated agents act together', () => {
    assert.deepEqual(read('In 2016 Austria pledged to double its aid to Malawi.'), ['AUT→MWI 033']);
    assert.deepEqual(read('In 2003 the agreement was signed by Chile and Peru.'), ['CHL→PER 057']);
  });

  it('an intent carried through a verb of going on ("said it would continue to support …")', () => {
    assert.ok(read('In 2012 Romania said it would continue to support Moldova\'s reforms.').includes('ROU→MDA 032'));
    // said of what went on, it is the act itself
    assert.ok(read('In 2012 Romania continued to support Moldova\'s reforms.').includes('ROU→MDA 051'));
  });

  it('a refusal of a cooperative act', () => {
    assert.ok(read('In 2003 Kenya refused to withdraw its troops from Somalia.').includes('KEN→SOM 1246'));
    // Refused for the future, coded by what is refused; a hypothetical is none.
    assert.ok(read('In 2009 Tanzania said it would not release the detained fishermen to Mozambique.').includes('TZA→MOZ 1243'));
    assert.ok(read('Ghana said it will not sign the border agreement with Togo.').includes('GHA→TGO 127'));
    // Attributed after the clause, at the sentence's end; told with no one saying it, no refusal.
    assert.deepEqual(read('In 2019 Chile will not recognise the new government in Bolivia, its foreign minister said.'), ['CHL→BOL 120']);
    assert.deepEqual(read('In 2019 Chile will not recognise the new government in Bolivia.'), []);
    // A demand not met, a strike not ended: refusing to yield.
    assert.ok(read('In 2005 Spain said it would not meet the demands of Morocco.').includes('ESP→MAR 124'));
    assert.ok(read('In 2017 Kenyan doctors said they would not end their strike.').includes('KEN→KEN 1242'));
    assert.deepEqual(read('Ghana said that if Togo attacks, it would not sign the border agreement with Togo.'), []);
    // A condition after a "will not" is the refusal's terms; with "would" it stays a hypothetical.
    assert.deepEqual(read('In 2011 Chile said it will not accept any more refugees from Peru if war starts in Bolivia.'), ['CHL→PER 1223']);
    assert.deepEqual(read('In 2011 Chile said it would not accept any more refugees from Peru if war starts in Bolivia.'), []);
    // An act said to lack a reason or an intention is refused; with a reason it is no act at all.
    assert.deepEqual(read('In 2021 Armenia said there was no reason to negotiate with Turkey.'), ['ARM→TUR 125']);
    assert.deepEqual(read('In 2021 Armenia said there was a reason to negotiate with Turkey.'), []);
    // Pledged not to: a refusal of the act, not an offer.
    assert.deepEqual(read('In 1990 Iceland vowed not to return the seized trawler to Britain.'), ['ISL→GBR 1243']);
    assert.deepEqual(read('In 2013 Latvia pledged not to recognise the new government in Belarus.'), ['LVA→BLR 120']);
  });

  it('a hostile act held out on a condition after it is a threat ("may halt its mediation if …")', () => {
    assert.deepEqual(read('In 2013 Brazil may halt its mediation between Peru and Ecuador if the fighting resumes, its foreign minister said.'), ['BRA→PER 135', 'BRA→ECU 135']);
    assert.deepEqual(read('In 2013 Chile said it could cut its aid to Bolivia if the election is delayed.'), ['CHL→BOL 1311']);
    // A condition before the act, none at all, or a cooperative act: no threat.
    assert.deepEqual(read('In 2013 Chile said that if Bolivia delays the election, it could cut its aid to Bolivia.'), []);
    assert.deepEqual(read('In 2013 Chile said it could cut its aid to Bolivia.'), []);
    assert.deepEqual(read('In 2014 Chile said it could join the alliance with Peru if the vote passes.'), []);
  });

  it('nothing for a negated or conditional statement', () => {
    assert.deepEqual(read('In 2009 Venezuela did not threaten to impose sanctions on Colombia.'), []);
    assert.deepEqual(read('If Ghana wins, it will meet Togo next week.'), []);
    assert.deepEqual(read('Ghana will not meet Togo next week.'), []);
  });

  it('an undertaking is a promise: the act undertaken is coded as its intent', () => {
    assert.ok(read('In 2003 Kenya and Uganda undertook to respect each other\'s territorial integrity.').includes('KEN→UGA 032'));
    assert.ok(read('In 2011 Portugal undertook to grant Cape Verde a loan of 30 million euros.').includes('PRT→CPV 0331'));
    // (a task undertaken is no promise)
    assert.deepEqual(read('In 2007 Peru undertook a study of its border with Chile.'), []);
  });

  it('a gerund after a verb of going on is said as that verb is ("would keep negotiating")', () => {
    assert.ok(read('In 1999 Ghana said it would keep negotiating with Togo.').includes('GHA→TGO 036'));
    // (in the past it is the act itself, and a refusal to go on is no intent)
    assert.ok(read('In 1999 Ghana kept negotiating with Togo.').includes('GHA→TGO 046'));
    assert.ok(!read('In 1999 Ghana said it would not keep negotiating with Togo.').includes('GHA→TGO 036'));
  });

  it('an act reported inside a statement is that act', () => {
    assert.ok(read('In 2014 Kyiv said Russia had shelled Ukraine\'s border posts.').includes('RUS→UKR 190'));
  });
});
