/**
 * A step a chronology tells as taken again (a second application, a second accession treaty) keeps
 * each dated entry as its own milestone; an undated sentence that sums the steps up gives none of
 * its own, and two entries whose dates agree within their precision are one step.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { Milestone } from '../../core/model.js';
import { packagePath } from '../../core/paths.js';
import { createExtractor } from '../extract.js';

const fixture = (name: string): string => readFileSync(packagePath('src', 'pipeline', 'milestones', 'fixtures', name), 'utf8');

const extractor = createExtractor();
const milestonesOf = (text: string): Milestone[] => extractor.extract(text, { path: 'steps.md' }).milestones;
const dates = (ms: Milestone[], status: string): string[] =>
  ms.filter((m) => m.actor === 'NOR' && m.org === 'EU' && m.instrument === 'membership' && m.status === status).map((m) => m.date?.start ?? '-').sort();

describe('a step taken again in a numbered chronology', () => {
  const ms = milestonesOf(fixture('norway-communities-applications.md'));

  it('each dated application is its own milestone, and the summary that counts them gives no undated one', () => {
    assert.deepEqual(dates(ms, 'applied'), ['1962-04-30', '1967-07-21', '1992-11-25']);
  });

  it('a second accession treaty signed is a milestone of its own', () => {
    assert.deepEqual(dates(ms, 'signed'), ['1972-01-22', '1994-06-24']);
  });

  it('entries whose dates agree within their precision tell one step, kept with the more precise date', () => {
    const text = [
      '# Norway and the European Communities',
      '',
      '- 1967: Norway applies for membership of the European Communities.',
      '- 21 July 1967: Norway applies for membership of the European Communities.',
      '',
    ].join('\n');
    assert.deepEqual(dates(milestonesOf(text), 'applied'), ['1967-07-21']);
  });

  it('a step told twice in prose stays one milestone', () => {
    const text = 'Norway applied for membership of the European Communities in 1962. Norway applied for membership of the European Communities in 1967.';
    assert.equal(dates(milestonesOf(text), 'applied').length, 1);
  });
});
