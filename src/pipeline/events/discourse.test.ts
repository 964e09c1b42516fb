/**
 * Parties taken from the sentences before: the pair "the two presidents" stands for, the actor of an
 * act named by a noun ("condemned the recognition"), and what "it" stands for after the same act.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createExtractor } from '../extract.js';

const extractor = createExtractor();

function events(text: string): string[] {
  return extractor.extract(text, { published: '2023-01' }).events.map((e) => `${e.source.principal}→${e.target.principal} ${e.code}`);
}

describe('parties from the discourse', () => {
  it('reads an act told again in the next sentence ("… signed an agreement. The agreement was signed by …") once; another party\'s act stays', () => {
    const text = 'Chile and the EU\n\nOn 3 May 2011 the European Union and Chile signed a Trade and Cooperation Agreement in Santiago. The agreement was signed by the High Representative of the Union and the foreign minister of Chile.\n\nOn 4 June 2011 Chile and Peru signed a trade agreement. The agreement was later signed by Bolivia.';
    assert.deepEqual(events(text), ['EU→CHL 057', 'CHL→PER 057', 'BOL→PER 057']);
  });

  it('reads each pair of a coordination with a serial comma once ("A, B, and C met")', () => {
    assert.deepEqual(events('In 1995 Chile, Peru, and Ecuador met in Brasilia.'), ['CHL→PER 040', 'CHL→ECU 040', 'PER→ECU 040']);
  });

  it('reads a party named as the object itself as the other side of each of a coordinated subject', () => {
    assert.deepEqual(events('In 2004 the ministers of Estonia, Latvia and Lithuania met their Finnish counterpart.'), ['EST→FIN 040', 'LVA→FIN 040', 'LTU→FIN 040']);
    // (the go-between signs nothing: it mediated between both)
    assert.deepEqual(events('In 2011 Armenia and Georgia sign a Swiss-mediated agreement on transit.'), ['ARM→GEO 057', 'CHE→ARM 045', 'CHE→GEO 045']);
  });

  it('reads a second predicate after a comma past a noun the tagger took for a verb ("during … military exercises, and reopened them")', () => {
    const got = events('Neighbouring Peru closed its own crossings with Bolivia for two weeks in May 2016 during Chilean-Bolivian military exercises, and reopened them afterwards.');
    assert.deepEqual(got, ['PER→BOL 172', 'PER→BOL 081']);
  });

  it('reads "them" as the object of the act just before ("suspended them" after tariffs eases them)', () => {
    const got = events('In 2019 Ottawa imposed tariffs on Brazil. Two days later it suspended them for a month.');
    assert.deepEqual(got, ['CAN→BRA 163', 'CAN→BRA 085']);
  });

  it('reads "the two presidents" as the pair named just before', () => {
    const got = events("Mongolia's president met China's president in Beijing in May 2020. The two presidents signed a treaty on the border.");
    assert.ok(got.includes('MNG→CHN 057'), got.join('; '));
  });

  it('reads "both governments" as the pair of the sentence before', () => {
    // (Agreeing to open it is the intent to ease an administrative sanction, as opening a border is: CAMEO's 0351.)
    const got = events('In 2020 Chile and Peru settled the dispute. Both governments agreed to open the border.');
    assert.ok(got.includes('CHL→PER 0351'), got.join('; '));
  });

  it('takes the target of a criticised act from the subject of its verb', () => {
    const got = events('In 2008 Turkey recognised Kosovo as an independent state. Serbia condemned the recognition.');
    assert.ok(got.includes('SRB→TUR 111'), got.join('; '));
  });

  it('does not take an act noun that is the rule\'s own object for someone else\'s act', () => {
    const got = events('In January 2019 Skopje approved the constitutional changes. The Greek parliament ratified the Prespa Agreement on 25 January 2019.');
    assert.ok(got.includes('GRC→MKD 057'), got.join('; '));
  });

  it('reads "ratified it too" as the same act on the same target', () => {
    const got = events("On 27 March 2023 the Hungarian parliament ratified Finland's accession. On 30 March 2023 the Turkish parliament ratified it too.");
    assert.ok(got.includes('TUR→FIN 057'), got.join('; '));
  });

  it('reads an uncounted plural office or "the signatories" as the two the sentence before named, and only two', () => {
    const signatories = events('Paraguay and Brazil signed a dam treaty in 1973. The signatories agreed in 1976 to set up a joint commission.');
    // (the treaty signed, and the commission agreed)
    assert.deepEqual(signatories, ['PRY→BRA 057', 'PRY→BRA 057']);
    const ministers = events('Ghana and Burkina Faso met in 2016. The foreign ministers agreed to open a consulate in Bobo-Dioulasso.');
    assert.ok(ministers.filter((e) => e === 'GHA→BFA 057' || e === 'GHA→BFA 030').length === 1, ministers.join('; '));
    // Three named before: no pair to read.
    assert.deepEqual(events('Chile, Peru and Bolivia held talks in 2011. The signatories agreed in 2012 to set up a joint commission.').filter((e) => !e.endsWith(' 046')), []);
  });

  it('finds no pair where none was named', () => {
    assert.deepEqual(events('The two presidents signed a treaty on the border in 2020.'), []);
    assert.deepEqual(events('The foreign ministers agreed in 2020 to set up a joint commission.'), []);
  });

  it('reads an intent to meet as 036 ("was ready to hold talks"), not as talks held', () => {
    assert.deepEqual(events('In 2015 Egypt was ready to hold talks with Sudan.'), ['EGY→SDN 036']);
    assert.deepEqual(events('In 2019 Ghana was willing to visit Togo.'), ['GHA→TGO 036']);
    assert.deepEqual(events('In 2019 Ghana plans to visit Togo.'), []);
  });

  it('states no intent for someone else urged to meet', () => {
    assert.ok(!events('In 2018 Greece urged Albania to hold talks with Italy.').some((e) => e.endsWith(' 036')));
  });

  it('takes a place after a visit as the country visited', () => {
    assert.deepEqual(events("In 2015 Serbia's president visits Istanbul."), ['SRB→TUR 042']);
  });

  it('reads a participle before its noun as a description ("Hungary\'s frozen funds")', () => {
    assert.deepEqual(events("In 2023 the European Commission released part of Hungary's frozen funds."), ['EU→HUN 080']);
  });

  it('reads a present "summons" after an actor as the verb', () => {
    assert.deepEqual(events('In 2016 Peru summons the Chilean ambassador over a spying case.'), ['PER→CHL 114']);
  });

  it('gives a second predicate the first one\'s subject, past an apposition', () => {
    const got = events('In 2021 Swedish police searched the office of Nordic Wire, a branch of the Finnish state broadcaster, and detained two employees.');
    assert.ok(got.length > 0 && got.every((e) => e.startsWith('SWE→FIN')), got.join('; '));
  });

  it('takes the critic as the target of rejecting "the criticism"', () => {
    assert.ok(events('In 2019 Finland criticised Sweden. Sweden rejected the criticism.').includes('SWE→FIN 120'));
  });

  it('takes an act whose actor is not in view as the other side of the relationship the title names', () => {
    assert.deepEqual(events('# Chile and Peru: key dates\n\n**3 March 2012.** Chile condemns the decision as a breach of the treaty.\n'), ['CHL→PER 111']);
    // Without such a title there is no one to guess.
    assert.deepEqual(events('**3 March 2012.** Chile condemns the decision as a breach of the treaty.\n'), []);
  });

  it('reads "the ministry" as the lead actor of the sentence before, for both its predicates', () => {
    const got = events('In October 2021 Lithuania expelled a Belarusian diplomat after a Belarusian helicopter crossed the border. The ministry handed the diplomat a protest note and demanded that Minsk stop the flights.');
    assert.ok(got.includes('LTU→BLR 114') && got.includes('LTU→BLR 100'), got.join('; '));
  });

  it('takes the antecedent of "who" as the subject, not the head of its prepositional phrase', () => {
    const got = events('In 2021 Lithuania\'s president spoke by phone with Polish President Andrzej Duda, who pledged full support.');
    assert.ok(got.includes('POL→LTU 033'), got.join('; '));
  });

  it('gives an infinitive after a second predicate the subject of the first ("grants … and decides to open …")', () => {
    const got = events('17 June 2010. The European Council grants Iceland candidate status and decides to open negotiations.');
    assert.ok(got.includes('EU→ISL 046') && !got.includes('ISL→EU 046'), got.join('; '));
  });

  it('reads a definite office opening a present-tense clause as its subject', () => {
    const got = events('22 May 2013. Iceland postponed talks with the European Union. 23 May 2013. The new government halts the accession talks.');
    assert.equal(got.filter((e) => e === 'ISL→EU 164').length, 2, got.join('; '));
  });

  it('takes the other side of the document\'s dyad when nobody else is in view', () => {
    const text = [
      'In 2009 Iceland applied for membership of the European Union.',
      'In 2010 the European Union opened accession negotiations with Iceland.',
      'The Netherlands and the United Kingdom raised the Icesave dispute in 2011.',
      'In January 2013 Iceland postponed the negotiations.',
    ].join(' ');
    assert.ok(events(text).includes('ISL→EU 164'), events(text).join('; '));
  });

  it('reads a decided refusal of a cooperative act as a rejection ("decided not to open chapters")', () => {
    // (coded by what is refused: opening chapters is negotiating, its refusal 125)
    assert.deepEqual(events('In May 2012 the Council of the EU decided not to open any new chapters with Iceland.'), ['EU→ISL 125']);
    assert.deepEqual(events('In 2012 the EU did not open any new chapters with Iceland.'), []);
  });

  it('reads calling something absurd as criticism of its owner', () => {
    assert.deepEqual(events("Argentina's president called the British ruling absurd in March 2021."), ['ARG→GBR 111']);
  });

  it('reads a past verb after a pronoun subject as the verb, not a description ("He met President X")', () => {
    const got = events('On 7 October 2019 Secretary General Jens Stoltenberg visited Belgrade. He met President Aleksandar Vučić.');
    assert.ok(got.includes('NATO→SRB 040'), got.join('; '));
  });

  it('pairs "A and B troops held their first joint exercise" (a joint act, not each its own)', () => {
    assert.deepEqual(events('In 2019 Serbian and Russian troops held their first joint exercise.'), ['SRB→RUS 062']);
  });

  it('finds a passive\'s object word before the verb ("sanctions were imposed on Russia by Canada")', () => {
    assert.deepEqual(events('In 2018 sanctions were imposed on Russia by Canada.'), ['CAN→RUS 163']);
    assert.deepEqual(events('In 2021 the Belarusian ambassador was summoned by Lithuania.'), ['LTU→BLR 114']);
  });

  it('lets a counted group undergo a seizure in the passive ("two Norwegian trawlers were seized by Russia")', () => {
    assert.deepEqual(events('In 2019 two Norwegian trawlers were seized by Russia.'), ['RUS→NOR 171']);
    assert.deepEqual(events('In 2008 Kosovo was recognised by 111 states.'), []);
  });

  it('reads "he" after a reporting verb and what dates or places the saying as the reporter', () => {
    const read = events('The Chilean foreign minister said here on Saturday that he urges Peru to reach an agreement.');
    assert.deepEqual(read.map((e) => e.split(' ')[0]), ['CHL→PER']);
  });

  it('gives a relative clause after a noun naming no actor that noun for subject, past its auxiliaries', () => {
    assert.deepEqual(events('In 2015 Peru stepped up its campaign against the armed group that has seized parts of Ecuador.'), []);
    assert.deepEqual(events('In 2015 Peru condemned Chile, which had attacked Bolivia.'), ['PER→CHL 111', 'CHL→BOL 190']);
  });

  it('reads a participle describing the object of a verb before it as no act of its own ("freed a fisherman detained a year ago")', () => {
    assert.deepEqual(events('In 2013 Chile freed a Peruvian fisherman detained over a year ago.'), ['CHL→PER 0841']);
    assert.deepEqual(events('In 2013 Chile freed the captain of a Peruvian trawler, a member of the Peruvian navy reserve detained in May.'), ['CHL→PER 0841']);
  });

  it('gives a relative clause after a comma the noun before it for subject where that phrase names no actor ("the rebels, who attacked …")', () => {
    assert.deepEqual(events('In 2007 the Malian government accused Niger of arming the rebels, who attacked the town of Kidal.'), ['MLI→NER 112']);
  });

  it('reads a go-between that is neither side of "between A and B" as acting on both', () => {
    assert.deepEqual(events('In 2003 Norway mediated between Sri Lanka and India.'), ['NOR→LKA 045', 'NOR→IND 045']);
    assert.deepEqual(events('In 2017 talks between Chile and Peru resumed.'), ['CHL→PER 040']);
  });

  it('takes the two sides of an agentless passive from "between A and B"', () => {
    assert.deepEqual(events('In 2017 an agreement was signed between Chile and Peru.'), ['CHL→PER 057']);
  });

  it('gives one event per coordinated object ("invited Croatia and Albania")', () => {
    assert.deepEqual(events('In 2008 NATO invited Croatia and Albania to join.'), ['NATO→HRV 050', 'NATO→ALB 050']);
  });

  it('reads a go-between named with an act as mediating it: to its target, to both sides of an act done together', () => {
    const together = events('In 2009 Chile and Peru sign a Brazilian-mediated accord on fishing.');
    assert.ok(together.includes('BRA→CHL 045') && together.includes('BRA→PER 045'), together.join(', '));
    const oneWay = events('In 2014, through Norwegian mediators, Ecuador hands Peru a list of demands.');
    assert.ok(oneWay.includes('NOR→PER 045') && !oneWay.includes('NOR→ECU 045'), oneWay.join(', '));
    // Not what the mediation is only to bring about: "to resume talks under Nigerian mediation".
    assert.ok(!events('In 2012 the council orders Chad and Niger to resume talks under Nigerian mediation.').some((e) => e.endsWith('045')));
  });

  it('reads "the leaders" right before a verb as those its sentence named before, and "also signs it" as the same act on the same side', () => {
    const read = events('In 2019, at a summit in Lima, Chile greets Peru with an embrace, and the leaders sign a declaration ending the feud. Ecuador also signs it.');
    assert.ok(read.includes('CHL→PER 057') && read.includes('ECU→PER 057'), read.join(', '));
    // Not an organisation that only names the occasion ("at the OAS summit").
    assert.ok(!events('In 2019, at the Organization of American States summit, Chile greets Peru, and the leaders sign a declaration.').some((e) => e.startsWith('OAS→')));
  });

  it('reads an office a name modifies ("the Reunification Ministry") as the lead actor of the sentence before', () => {
    const read = events('In 2015 Greece expressed strong regret over the Turkish raid. The Reunification Ministry said Turkey would bear full responsibility.');
    assert.ok(read.includes('GRC→TUR 112'), read.join(', '));
  });

  it('takes no doer from the discourse for a passive with no agent ("Bolivia, which was invited …", "had been instructed")', () => {
    assert.deepEqual(events('Uruguay signed a trade pact with Paraguay in 2014. Bolivia, which was invited in March 2015, is expected to join next year.'), ['URY→PRY 057']);
    assert.deepEqual(events('Ghana recalled its ambassador from Togo in 2009. He asked Lome to take steps and said the army had been instructed to respond firmly.'), ['GHA→TGO 161', 'GHA→TGO 020']);
    // (an agent that names no actor is no one to borrow either)
    const got = events('During the war from 2013, Chadian troops fought alongside the Malian army against the rebels and were accused by rights groups of killing civilians.');
    assert.ok(!got.some((e) => e.endsWith(' 1122')), got.join('; '));
  });

  it('reads a passive with no agent as the answer to the act just before by its own doer ("attended the summit … was commended")', () => {
    const got = events("Moldova attended the summit of the European Union in June 2016. Moldova's progress on reforms was commended in the final declaration.");
    assert.ok(got.includes('EU→MDA 051'), got.join('; '));
  });

  it('reads a capitalised plural of a group noun ("the two Governments", "the Parties") as the pair named before', () => {
    const text = 'In March 2004 Namibia and Botswana held talks in Windhoek. The two Governments agreed to reopen the border crossing. The Parties agreed to meet again in June.';
    const read = events(text);
    assert.ok(read.includes('NAM→BWA 0351'), read.join(', '));
    // (the talks, the reopening agreed and the meeting agreed: each between the pair)
    assert.equal(read.filter((e) => e.startsWith('NAM→BWA ')).length, 3, read.join(', '));
  });

  it('reads "the two governments" as the pair last named together, not a go-between named since or one named in a role', () => {
    const mediated = events('In 2016 Sudan and South Sudan held talks in Addis Ababa. The meeting was chaired by Ethiopia. Both governments pledged to reopen the border.');
    assert.ok(mediated.includes('SDN→SSD 0351'), mediated.join(', '));
    assert.ok(!mediated.some((e) => e.startsWith('SSD→ETH') || e.startsWith('ETH→')), mediated.join(', '));
    const role = events('In 2016 Sudan and South Sudan held talks. Kenya, as IGAD chair, stands ready to send observers, and the two governments agreed to reopen the border.');
    assert.ok(role.includes('SDN→SSD 057'), role.join(', '));
    assert.ok(!role.some((e) => e.startsWith('KEN→IGAD') || e.startsWith('IGAD→')), role.join(', '));
  });

  it('reads a commitment a pair reaffirms as a promise to each other', () => {
    const read = events('In May 2012 Paraguay and Uruguay held talks in Asunción. The two delegations reaffirmed their commitment to deepening cooperation in energy.');
    assert.ok(read.includes('PRY→URY 030'), read.join(', '));
  });

  it('takes no target from the subject of a fronted subordinate clause ("When Canberra let the quotas expire, Fiji imposed tariffs")', () => {
    const got = events('When Canberra let the quotas expire in 2017, Fiji and Samoa imposed tariffs.');
    assert.ok(!got.some((e) => e.endsWith('AUS 163')), got.join('; '));
    // (but "after talks with Hanoi" is a phrase, not a clause with a subject of its own)
    assert.ok(events('After talks with Hanoi in 2012, Laos signed the accord.').includes('LAO→VNM 057'));
  });

  it('still answers a claim made in a fronted clause: a rejection is done to who made it', () => {
    const got = events('When Quito accused Lima of spying in 2009, Peru rejected the charge.');
    assert.ok(got.includes('PER→ECU 016'), got.join('; '));
  });

  it('takes no target from the subject of the clause after a semicolon ("Kenya expelled two diplomats; Uganda …")', () => {
    const got = events('In March 2014 Kenya expelled two diplomats; Uganda recalled its ambassador.');
    assert.ok(!got.includes('KEN→UGA 166'), got.join('; '));
    // (but one who signs the same thing in the next clause is the other side of the signing)
    const signed = events('In June 1994 the Ecuadorian president signs the border protocol; Fujimori of Peru signs it two days later.');
    assert.ok(signed.some((e) => e.startsWith('ECU→PER 057')), signed.join('; '));
  });

  it('reads a pronoun that opens a predicate joined to its sentence\'s first as that predicate\'s subject, not the last act\'s doer', () => {
    const got = events('In May 2011 Hanoi seized a Chinese trawler. Beijing protested that the waters were its own, and it accused Hanoi of piracy.');
    assert.ok(got.includes('CHN→VNM 112'), got.join('; '));
    assert.ok(!got.includes('VNM→CHN 112'), got.join('; '));
  });
});
