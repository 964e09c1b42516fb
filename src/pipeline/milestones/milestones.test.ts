/**
 * Milestones: every instrument and the common statuses on sentences of our own about other
 * countries and years; negated and future statements give none; one milestone per step per document.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Milestone } from '../../core/model.js';
import { createExtractor } from '../extract.js';

/** [sentence, actor, org, instrument, status] */
type Case = [string, string, string, Milestone['instrument'], Milestone['status']];

const CASES: Case[] = [
  ['Georgia joined the Partnership for Peace in 1994.', 'GEO', 'NATO', 'PfP', 'joined'],
  ['In March 1994 Lithuania signed the Partnership for Peace Framework Document.', 'LTU', 'NATO', 'PfP', 'joined'],
  ['Armenia adopted its first Individual Partnership Programme in 2002.', 'ARM', 'NATO', 'IPP', 'adopted'],
  ['In 2014 Mongolia finalised its Individual Partnership and Cooperation Programme.', 'MNG', 'NATO', 'IPCP', 'adopted'],
  ['Moldova reached its IPAP with NATO in 2006.', 'MDA', 'NATO', 'IPAP', 'adopted'],
  ['In 2019 Finland approved its Individually Tailored Partnership Programme.', 'FIN', 'NATO', 'ITPP', 'adopted'],
  ['North Macedonia was invited to the Membership Action Plan in 1999.', 'MKD', 'NATO', 'MAP', 'invited'],
  ['The Croatian Parliament ratified the SOFA in June 2004.', 'HRV', 'NATO', 'SOFA', 'ratified'],
  ['In 2001 Slovenia\'s parliament adopted the Status of Forces Agreement.', 'SVN', 'NATO', 'SOFA', 'ratified'],
  ['Latvia ratified the SOFA in 1997.', 'LVA', 'NATO', 'SOFA', 'ratified'],
  ['Montenegro\'s Stabilisation and Association Agreement entered into force in May 2010.', 'MNE', 'EU', 'SAA', 'in-force'],
  ['Bosnia and Herzegovina signed the Stabilisation and Association Agreement in June 2008.', 'BIH', 'EU', 'SAA', 'signed'],
  ['Montenegro was granted candidate status in December 2010.', 'MNE', 'EU', 'candidacy', 'granted'],
  ['Albania opened accession negotiations with the EU in 2022.', 'ALB', 'EU', 'accession-negotiations', 'opened'],
  ['In 1999 Belarus suspended its PfP participation.', 'BLR', 'NATO', 'PfP', 'suspended'],
  ['Armenia resumed its IPAP with NATO in 2011.', 'ARM', 'NATO', 'IPAP', 'resumed'],
  ['In 2022 Russia left the Partnership for Peace.', 'RUS', 'NATO', 'PfP', 'left'],
  ['Montenegro applied for NATO membership in 2008.', 'MNE', 'NATO', 'membership', 'applied'],
  ['Croatia joined NATO in April 2009.', 'HRV', 'NATO', 'membership', 'joined'],
  ['Finland applied to join NATO in May 2022.', 'FIN', 'NATO', 'membership', 'applied'],
  ['In July 2009 Iceland handed in its application to join the European Union.', 'ISL', 'EU', 'membership', 'applied'],
  ['In June 2022 NATO invited Finland and Sweden to join the Alliance.', 'SWE', 'NATO', 'membership', 'invited'],
  ['In 2015 NATO invited Montenegro to begin accession talks.', 'MNE', 'NATO', 'membership', 'invited'],
  // A progressive ("was inviting") is no passive: the subject invites.
  ['In March 2004 NATO was inviting Slovakia to join the Alliance.', 'SVK', 'NATO', 'membership', 'invited'],
  ['In 2022 the EU granted Ukraine candidate status.', 'UKR', 'EU', 'candidacy', 'granted'],
  ['In 2024 the EU opened accession negotiations with Moldova.', 'MDA', 'EU', 'accession-negotiations', 'opened'],
  ['In 2024 Sweden became the 32nd member of NATO.', 'SWE', 'NATO', 'membership', 'joined'],
  ['Armenia froze its participation in the CSTO in 2024.', 'ARM', 'CSTO', 'membership', 'suspended'],
  ['Finland\'s accession to NATO in April 2023 doubled the border.', 'FIN', 'NATO', 'membership', 'joined'],
  ['In 2013 Afghanistan became an observer at the CSTO.', 'AFG', 'CSTO', 'observer', 'joined'],
  // The historical present of chronologies, which the tagger reads as nouns and adjectives.
  ['**29 October 2001.** Macedonia signs the SAA with the EU in Luxembourg.', 'MKD', 'EU', 'SAA', 'signed'],
  ['**17 December 2005.** The European Council grants Macedonia the status of a candidate country.', 'MKD', 'EU', 'candidacy', 'granted'],
  ['**27 July 2010.** Iceland and the EU open accession negotiations in Brussels.', 'ISL', 'EU', 'accession-negotiations', 'opened'],
  ['**1 March 2016.** Kosovo\'s Stabilisation and Association Agreement enters into force.', 'XKX', 'EU', 'SAA', 'in-force'],
  ['**2 April 1999.** Azerbaijan leaves the CSTO.', 'AZE', 'CSTO', 'membership', 'left'],
  ['**1 January 2007.** Romania becomes the 26th member state of the EU.', 'ROU', 'EU', 'membership', 'joined'],
  // Asking for a step is applying for it; receiving one names the recipient as subject.
  ['In a letter to the Secretary General in 2009, Montenegro asked for a Membership Action Plan.', 'MNE', 'NATO', 'MAP', 'applied'],
  ['Bosnia requested a MAP in 2009.', 'BIH', 'NATO', 'MAP', 'applied'],
  ['Serbia obtained observer status at the CSTO in 2013.', 'SRB', 'CSTO', 'observer', 'granted'],
  ['Albania received a Membership Action Plan in 1999.', 'ALB', 'NATO', 'MAP', 'granted'],
  ['Montenegro was invited to join the MAP in December 2009.', 'MNE', 'NATO', 'MAP', 'invited'],
  ['**15 December 2008.** Montenegro signs an application for accession to the EU.', 'MNE', 'EU', 'membership', 'applied'],
  ['**12 June 2008.** Iceland submits its application to join the EU.', 'ISL', 'EU', 'membership', 'applied'],
  ['Georgia withdrew from the CSTO in 1999.', 'GEO', 'CSTO', 'membership', 'left'],
  ['In 2017 Montenegro deposited its instrument of accession to NATO in Washington.', 'MNE', 'NATO', 'membership', 'joined'],
  ['Montenegro was admitted to NATO in June 2017.', 'MNE', 'NATO', 'membership', 'joined'],
  ['**2004.** Slovenia joins NATO and the EU.', 'SVN', 'EU', 'membership', 'joined'],
  ['In 2004 Slovakia became a member of NATO and the EU.', 'SVK', 'EU', 'membership', 'joined'],
  ['Montenegro became an official candidate in December 2010.', 'MNE', 'EU', 'candidacy', 'granted'],
  ['In 2010 Montenegro became an EU candidate country.', 'MNE', 'EU', 'candidacy', 'granted'],
  ['Accession talks with Iceland began in July 2010.', 'ISL', 'EU', 'accession-negotiations', 'opened'],
  ['Candidate status was granted to Ukraine in June 2022.', 'UKR', 'EU', 'candidacy', 'granted'],
  ['The Membership Action Plan was granted to Albania in 1999.', 'ALB', 'NATO', 'MAP', 'granted'],
  ['Turkey applied for full membership of the European Economic Community in April 1987.', 'TUR', 'EU', 'membership', 'applied'],
  ['At the Helsinki summit in December 1999 the EU recognised Turkey as a candidate country.', 'TUR', 'EU', 'candidacy', 'granted'],
  ['In September 2022 Ukraine submitted an application for accelerated accession to NATO.', 'UKR', 'NATO', 'membership', 'applied'],
  ['In January 2008 the president and the prime minister of Ukraine sent a letter to NATO asking for a MAP.', 'UKR', 'NATO', 'MAP', 'applied'],
  ['In 2002 the EU granted Slovakia, then governed by a coalition, candidate status.', 'SVK', 'EU', 'candidacy', 'granted'],
  ['Uzbekistan rejoined the CSTO in 2006.', 'UZB', 'CSTO', 'membership', 'joined'],
  ['The European Parliament welcomed the signing of the SAA with Albania in 2006.', 'ALB', 'EU', 'SAA', 'signed'],
  ['Ukraine became the first CIS country to join the Partnership for Peace, in February 1994.', 'UKR', 'NATO', 'PfP', 'joined'],
  ['In 1999 Azerbaijan did not renew its membership in the CSTO.', 'AZE', 'CSTO', 'membership', 'left'],
  ['Uzbekistan declined to renew its membership of the CSTO in 1999.', 'UZB', 'CSTO', 'membership', 'left'],
  ['Kazakhstan submitted a request to join the CSTO in 1992.', 'KAZ', 'CSTO', 'membership', 'applied'],
  ['Sweden launched its bid to join NATO in May 2022.', 'SWE', 'NATO', 'membership', 'applied'],
  // Trade blocs have ladders too.
  ['**11 December 2001.** China becomes a member of the World Trade Organization.', 'CHN', 'WTO', 'membership', 'joined'],
  ['Armenia joined the Eurasian Economic Union in January 2015.', 'ARM', 'EAEU', 'membership', 'joined'],
  ['Kazakhstan signed its accession protocol to the WTO in 2015.', 'KAZ', 'WTO', 'membership', 'signed'],
  // ASEAN: an application, observer status, the Nth member.
  ['Myanmar applied for membership of ASEAN in 1996.', 'MMR', 'ASEAN', 'membership', 'applied'],
  ['Fiji was granted observer status at ASEAN in 2009.', 'FJI', 'ASEAN', 'observer', 'granted'],
  ['Laos became the ninth member of ASEAN in July 1997.', 'LAO', 'ASEAN', 'membership', 'joined'],
  ['Brunei was admitted to ASEAN in January 1984.', 'BRN', 'ASEAN', 'membership', 'joined'],
  // The OECD: request, accession discussions (opened by the Council's decision), invitation,
  // accession agreement, a parliament's approval, the instrument of accession, membership.
  ['Slovakia requested OECD membership in 1994.', 'SVK', 'OECD', 'membership', 'applied'],
  ['In May 2013 the OECD Council decided to open accession discussions with Lithuania.', 'LTU', 'OECD', 'accession-negotiations', 'opened'],
  ['In 2019 Romania\'s accession talks with the OECD opened.', 'ROU', 'OECD', 'accession-negotiations', 'opened'],
  ['In 2015 the OECD adopted the accession roadmap for Lithuania.', 'LTU', 'OECD', 'accession-negotiations', 'opened'],
  ['The OECD invited Estonia to join the organisation in May 2010.', 'EST', 'OECD', 'membership', 'invited'],
  ['Israel signed the accession agreement with the OECD in May 2010.', 'ISR', 'OECD', 'membership', 'signed'],
  ['Latvia deposited its instrument of accession to the OECD Convention in July 2016.', 'LVA', 'OECD', 'membership', 'joined'],
  ['Latvia became the 35th member of the OECD in July 2016.', 'LVA', 'OECD', 'membership', 'joined'],
  // The African Union, the Council of Europe and Mercosur: joining, and suspensions and expulsions
  // told with the organisation as subject or in the passive.
  ['Morocco rejoined the African Union in January 2017.', 'MAR', 'AU', 'membership', 'joined'],
  ['The African Union suspended Guinea in September 2021.', 'GIN', 'AU', 'membership', 'suspended'],
  ['Andorra became the 33rd member state of the Council of Europe in 1994.', 'AND', 'COE', 'membership', 'joined'],
  ['Russia was expelled from the Council of Europe in March 2022.', 'RUS', 'COE', 'membership', 'left'],
  ['Bolivia became a full member of Mercosur in July 2024.', 'BOL', 'MERCOSUR', 'membership', 'joined'],
  ['Paraguay was suspended from Mercosur in June 2012.', 'PRY', 'MERCOSUR', 'membership', 'suspended'],
];

/** [text, actor, org, instrument, status, date start]: steps whose actor or organisation another sentence names. */
type DiscourseCase = [string, string, string, Milestone['instrument'], Milestone['status'], string];

const DISCOURSE: DiscourseCase[] = [
  ['Latvia and the EU signed an association agreement in 1995. Latvia became a member state on 1 May 2004.', 'LVA', 'EU', 'membership', 'joined', '2004-05-01'],
  ['Slovakia and Hungary applied to join the EU in the 1990s. Both countries became members in 2004.', 'HUN', 'EU', 'membership', 'joined', '2004-01-01'],
  ['North Macedonia signed the SAA in 2001. The agreement entered into force on 1 April 2004.', 'MKD', 'EU', 'SAA', 'in-force', '2004-04-01'],
  ['Sweden applied to join NATO in May 2022. Turkey objected. The protocols were signed in Brussels in July 2022.', 'SWE', 'NATO', 'membership', 'signed', '2022-07-01'],
  ['NATO invited Montenegro to join in December 2015. Russia condemned the decision. The accession protocol was signed in May 2016.', 'MNE', 'NATO', 'membership', 'signed', '2016-05-01'],
  ['NATO invited Montenegro to join in December 2015. Russia condemned the decision.', 'MNE', 'NATO', 'membership', 'invited', '2015-12-01'],
  ['Finland applied to join NATO in May 2022. The Turkish parliament ratifies Finland\'s accession protocol on 30 March 2023.', 'FIN', 'NATO', 'membership', 'ratified', '2023-03-30'],
  ['Sweden applied to join NATO in May 2022. On 26 February 2024 the Hungarian parliament ratified Sweden\'s accession.', 'SWE', 'NATO', 'membership', 'ratified', '2024-02-26'],
  ['NATO invited Albania and Croatia to join the Alliance in April 2008. The allies sign the accession protocols of Albania and Croatia on 9 July 2008.', 'HRV', 'NATO', 'membership', 'signed', '2008-07-09'],
  ['Finland applied for NATO membership in May 2022. Finland submitted its application on 18 May 2022.', 'FIN', 'NATO', 'membership', 'applied', '2022-05-18'],
  ['Finland and Sweden applied to join NATO in May 2022. NATO allies signed the accession protocols for Finland and Sweden on 5 July 2022.', 'SWE', 'NATO', 'membership', 'signed', '2022-07-05'],
  ['Azerbaijan joined the CSTO in 1994. Azerbaijan left the organisation in 1999.', 'AZE', 'CSTO', 'membership', 'left', '1999-01-01'],
  ['Iceland applied to join the EU. The application was lodged in July 2009.', 'ISL', 'EU', 'membership', 'applied', '2009-07-01'],
  ['Finland joined NATO. Finland\'s membership took effect on 4 April 2023.', 'FIN', 'NATO', 'membership', 'joined', '2023-04-04'],
  ['Albania signed the SAA in 2006. The agreement took effect in April 2009.', 'ALB', 'EU', 'SAA', 'in-force', '2009-04-01'],
  ['Croatia signed the SAA in October 2001 and its parliament ratified it in December 2002.', 'HRV', 'EU', 'SAA', 'ratified', '2002-12-01'],
  ['Moldova signed the SOFA in 1997. The parliament ratified it in 2007.', 'MDA', 'NATO', 'SOFA', 'ratified', '2007-01-01'],
  ['Sweden applied to join NATO in 2022. Turkey ratified it in January 2024.', 'SWE', 'NATO', 'membership', 'ratified', '2024-01-01'],
  ['Unlike Ukraine, Moldova has never sought NATO membership. It joined the Partnership for Peace in March 1994.', 'MDA', 'NATO', 'PfP', 'joined', '1994-03-01'],
  ['**2013.** When Croatia joins the EU on 1 July, it leaves CEFTA.', 'HRV', 'EU', 'membership', 'joined', '2013-07-01'],
  ['Albania and Croatia were invited to join NATO in 2008. They joined the Alliance in April 2009.', 'HRV', 'NATO', 'membership', 'joined', '2009-04-01'],
  ['Albania applied for EU membership in 2009. In June 2014 the European Council granted it candidate status.', 'ALB', 'EU', 'candidacy', 'granted', '2014-06-01'],
  ['Croatia wanted to join the EU. Croatia formally applied in February 2003.', 'HRV', 'EU', 'membership', 'applied', '2003-02-01'],
  ['NATO invited Montenegro in 2015. Montenegro joined on 5 June 2017.', 'MNE', 'NATO', 'membership', 'joined', '2017-06-05'],
  // A second predicate's own date, not the one the sentence opened with.
  ['Armenia joined the Partnership for Peace in October 1994 and agreed its first IPAP with the Alliance in December 2005.', 'ARM', 'NATO', 'IPAP', 'adopted', '2005-12-01'],
  ['Its parliament ratified the PfP Status of Forces Agreement of Moldova in 2007, and the country hosts a centre opened in 2015.', 'MDA', 'NATO', 'SOFA', 'ratified', '2007-01-01'],
  ['Chile signed the accession agreement with the OECD in January 2010. The Chilean Congress approved the accession agreement in April 2010.', 'CHL', 'OECD', 'membership', 'ratified', '2010-04-01'],
  // Accession talks named with no organisation are the one's named before whose ladder has them.
  ['Peru applied to join the OECD in 2012. Accession talks began in 2016.', 'PER', 'OECD', 'accession-negotiations', 'opened', '2016-01-01'],
  ['Montenegro joined NATO in 2017. In 2012 it opened accession negotiations.', 'MNE', 'EU', 'accession-negotiations', 'opened', '2012-01-01'],
];

const extractor = createExtractor();
const show = (ms: Milestone[]): string => ms.map((m) => `${m.actor} ${m.org} ${m.instrument} ${m.status}`).join('; ') || 'none';

describe('milestone vocabulary on other countries and years', () => {
  for (const [sentence, actor, org, instrument, status] of CASES) {
    it(sentence, () => {
      const { milestones } = extractor.extract(sentence, { published: '2024-01' });
      const hit = milestones.find((m) => m.actor === actor && m.org === org && m.instrument === instrument && m.status === status);
      assert.ok(hit, `expected ${actor} ${org} ${instrument} ${status}; got ${show(milestones)}`);
      assert.ok(sentence.includes(hit.evidence.text), 'evidence is a span of the sentence');
    });
  }

  for (const [text, actor, org, instrument, status, start] of DISCOURSE) {
    it(text, () => {
      const { milestones } = extractor.extract(text, { published: '2024-06' });
      const hit = milestones.find((m) => m.actor === actor && m.org === org && m.instrument === instrument && m.status === status);
      assert.ok(hit, `expected ${actor} ${org} ${instrument} ${status}; got ${show(milestones)}`);
      assert.equal(hit.date?.start, start);
    });
  }

  it('gives each country of "A joined B and C in signing" its own milestone', () => {
    const { milestones } = extractor.extract('In 1994 Estonia joined Latvia and Lithuania in signing the Partnership for Peace Framework Document.', { published: '2024-01' });
    assert.deepEqual(milestones.map((m) => m.actor).sort(), ['EST', 'LTU', 'LVA']);
    assert.ok(milestones.every((m) => m.instrument === 'PfP' && m.status === 'joined' && m.org === 'NATO'));
  });

  it('reads "the country" as the country the document is about', () => {
    const text = 'Montenegro joined the Partnership for Peace in 2006. Montenegro held talks with Serbia. In 2015 NATO invited the country to begin accession talks.';
    const { milestones } = extractor.extract(text, { published: '2024-01' });
    assert.ok(milestones.some((m) => m.actor === 'MNE' && m.org === 'NATO' && m.instrument === 'membership' && m.status === 'invited'), show(milestones));
  });

  it('takes the participation in the Partnership for Peace as the PfP\'s, not membership', () => {
    const { milestones } = extractor.extract('In 2009 Belarus paused its active participation in the Partnership for Peace.', { published: '2024-01' });
    assert.equal(show(milestones), 'BLR NATO PfP suspended');
  });

  it('takes "the agreement on …" for some other agreement than the one named before', () => {
    const { milestones } = extractor.extract('Albania signed the SAA in 2006. The agreement on visa facilitation entered into force in 2008.', { published: '2024-01' });
    assert.equal(show(milestones), 'ALB EU SAA signed');
  });

  it('reads "the agreement" in a later clause of the same sentence as the instrument named before it', () => {
    const { milestones } = extractor.extract('Albania signed its Stabilisation and Association Agreement with the EU on 12 June 2006, and the agreement entered into force on 1 April 2009.', { published: '2024-01' });
    assert.deepEqual(milestones.map((m) => `${m.actor} ${m.instrument} ${m.status} ${m.date?.start ?? ''}`), ['ALB SAA signed 2006-06-12', 'ALB SAA in-force 2009-04-01']);
  });

  it('takes an organisation that only qualifies the object ("left the EU-IMF programme") for no membership step', () => {
    const { milestones } = extractor.extract('Greece left the EU-IMF programme in August 2018. Ireland left the EU single market scheme in 2013.', { published: '2024-01' });
    assert.deepEqual(milestones, []);
  });

  it('prefers the body\'s account of a step to a title dated by publication', () => {
    const text = '---\ntitle: Croatia joins NATO\npublished: 2009-04-03\n---\n\nCroatia joined NATO on 1 April 2009.\n';
    const { milestones } = extractor.extract(text, { published: '2009-04-03' });
    const joined = milestones.filter((m) => m.actor === 'HRV' && m.status === 'joined');
    assert.equal(joined.length, 1);
    assert.equal(joined[0]?.date?.start, '2009-04-01');
  });

  it('takes "granted it candidate status" as a grant to a country, not a step of the instrument named before', () => {
    const { milestones } = extractor.extract('Albania signed the SAA in 2006. The EU granted it candidate status in 2014.', { published: '2024-01' });
    assert.equal(show(milestones), 'ALB EU SAA signed; ALB EU candidacy granted');
  });

  it('gives no membership for joining an exercise', () => {
    const { milestones } = extractor.extract('NATO held an exercise in 2019. Ukraine joined in the exercise.', { published: '2024-01' });
    assert.equal(show(milestones), 'none');
  });

  it('reads joining an organisation as an observer as the observer step only', () => {
    const { milestones } = extractor.extract('In 2013 Serbia joined the CSTO assembly as an observer.', { published: '2024-01' });
    assert.equal(show(milestones), 'SRB CSTO observer joined');
  });

  it('dates a step by the relative clause that says when it takes effect', () => {
    const { milestones } = extractor.extract('In June 2012 the minister welcomed Montenegro\'s accession to the World Trade Organization, which takes effect on 29 April 2012.', { published: '2012-06' });
    assert.equal(show(milestones), 'MNE WTO membership joined');
    assert.equal(milestones[0]?.date?.start, '2012-04-29');
  });

  it('keeps one milestone per step in a document, with the most precise date', () => {
    const { milestones } = extractor.extract('Moldova adopted its IPAP in 2006. The adoption of Moldova\'s IPAP in May 2006 deepened ties.', { published: '2024-01' });
    const ipap = milestones.filter((m) => m.instrument === 'IPAP');
    assert.equal(ipap.length, 1);
    assert.equal(ipap[0]?.date?.start, '2006-05-01');
    assert.equal(ipap[0]?.date?.end, '2006-05-31');
  });

  for (const sentence of [
    'Serbia will not join NATO.',
    'Ukraine may apply for membership of the EU.',
    'Kosovo did not sign the Stabilisation and Association Agreement in 2010.',
    'If Georgia joined the Membership Action Plan, Russia would object.',
    'Countries that joined the alliance first often joined the union later.',
    'The potential accession of Moldova to the EU remains distant.',
    // A people's vote, a decision to act, a passive hope and work on a draft are no steps.
    'In a referendum in 2003, Maltese voters approved membership of the EU.',
    'In 1994 Norwegian voters approved joining the European Union in a referendum.',
    'The European Council decided to open accession negotiations with Albania in March 2020.',
    'Georgia hopes to be granted a Membership Action Plan.',
    'In 2008 the government of Serbia halted the preparation of its first Individual Partnership Programme with NATO.',
    // The onset of a step is not the step.
    'Minsk said in 2019 that the vote marked the beginning of Moldova\'s exit from the CSTO.',
    'In 2005 the EU opened negotiations on a Stabilisation and Association Agreement with Albania.',
    'The Commission said North Macedonia was ready for accession negotiations.',
    // A joining looked towards ("criteria for joining", "talks on joining") is not one taken.
    'The Commission found in 2019 that Ghana meets the criteria for joining the union.',
    'In 2010 the government of Montenegro published its plan for joining NATO.',
    // Organisations without a ladder (data/ladders.yaml) give none.
    '**8 December 1991.** Ukraine becomes the first member of the CIS.',
    'Iran became a member of the Shanghai Cooperation Organisation in 2023.',
    // An organisation's own act on a body, not a country, is no step of anyone's.
    'Moscow suspended the NATO-Russia Council in 2022.',
    'In 2014 the EU suspended talks on Swiss access to its research programmes.',
    'In 2014 NATO suspended all practical cooperation with Russia.',
    // A step with no organisation anywhere in the text has none to give.
    'Slovakia became a member on 1 May 2004.',
    'NATO admitted the proposal in 2004.',
    'Ivanov became a candidate for president in 2010.',
    'Turkey became an associate member of the EEC in 1963.',
    // Asking for talks is no status the ladder of negotiations has.
    'In 2009 Iceland asked for accession talks with the EU.',
    // Withdrawing or freezing an application is not applying.
    'In March 2015 Iceland withdrew its application for EU membership.',
    // A stand taken on a step that does not say it was taken.
    'Greece vetoed North Macedonia\'s accession to NATO in 2008.',
    'France blocked the opening of accession talks with Albania in 2019.',
    'Germany expressed support for Croatia\'s accession to the EU in 2011.',
    // An ordinal that is itself a wish, and a renewal that is only in doubt.
    'Serbia wants to be the first country to join the EU after 2025.',
    'Armenia may not renew its membership of the CSTO.',
    'Armenia plans not to renew its membership of the CSTO.',
    'Armenia renewed its membership of the CSTO in 2020.',
    'Turkey blocked Sweden\'s bid to join NATO in 2022.',
    'Sweden\'s bid to join NATO was blocked by Turkey for a year.',
    'The EU said it would help Moldova in 2022.',
    'Serbia submitted its IPAP to NATO in 2014.',
    'In 2004 the EU began preparations for the opening of accession negotiations with Croatia.',
    // Applying with no object is a country's application only.
    'The EU rules on state aid applied in 2003.',
    'The EU sanctions against Russia, first applied in 2014, were extended.',
    // A present tense in a clause of time under "would" or "will" is the future.
    'The Commission reminded Montenegro that it would have to leave such agreements when it joins the European Union.',
    'Serbia will leave the agreements once it joins the EU.',
    'The Turkish parliament ratified the accession protocol in 2023.',
  ]) {
    it(`gives none for: ${sentence}`, () => {
      assert.equal(show(extractor.extract(sentence, { published: '2024-01' }).milestones), 'none');
    });
  }
});
