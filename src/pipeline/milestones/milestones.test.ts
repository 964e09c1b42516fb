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
  ['In June 2022 NATO invited Finland and Sweden to join the Alliance.', 'SWE', 'NATO', 'membership', 'invited'],
  ['In 2015 NATO invited Montenegro to begin accession talks.', 'MNE', 'NATO', 'membership', 'invited'],
  ['In 2022 the EU granted Ukraine candidate status.', 'UKR', 'EU', 'candidacy', 'granted'],
  ['In 2024 the EU opened accession negotiations with Moldova.', 'MDA', 'EU', 'accession-negotiations', 'opened'],
  ['In 2024 Sweden became the 32nd member of NATO.', 'SWE', 'NATO', 'membership', 'joined'],
  ['Armenia froze its participation in the CSTO in 2024.', 'ARM', 'CSTO', 'membership', 'suspended'],
  ['Finland\'s accession to NATO in April 2023 doubled the border.', 'FIN', 'NATO', 'membership', 'joined'],
  ['In 2013 Afghanistan became an observer at the CSTO.', 'AFG', 'CSTO', 'observer', 'joined'],
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
  ]) {
    it(`gives none for: ${sentence}`, () => {
      assert.equal(show(extractor.extract(sentence, { published: '2024-01' }).milestones), 'none');
    });
  }
});
