/**
 * The events a chronology's steps give: an entry that tells a step on a ladder ("Accession treaty
 * signed", "Becomes a member state") is also an act between the state and the organisation, dated as
 * the entry; a step named in passing in prose gives none, and an act a rule read is not told twice.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import type { DyadEvent } from '../../core/model.js';
import { packagePath } from '../../core/paths.js';
import { createExtractor } from '../extract.js';

const fixture = (name: string): string => readFileSync(packagePath('src', 'pipeline', 'milestones', 'fixtures', name), 'utf8');

const extractor = createExtractor();
const eventsOf = (text: string): DyadEvent[] => extractor.extract(text, { path: 'key-dates.md' }).events;
const between = (events: DyadEvent[], a: string, b: string): DyadEvent[] =>
  events.filter((e) => (e.source.principal === a && e.target.principal === b) || (e.source.principal === b && e.target.principal === a));

describe('events of a chronology\'s steps', () => {
  const events = eventsOf(fixture('slovakia-eu-key-dates.md'));
  const svkEu = between(events, 'SVK', 'EU');

  it('an entry that signs the accession treaty gives one signing, dated as the entry', () => {
    const signed = svkEu.filter((e) => e.date?.start === '2003-04-16');
    assert.equal(signed.length, 1);
    assert.equal(signed[0]?.root, '05');
  });

  it('an application told in an entry is a request by the state, once', () => {
    const applied = svkEu.filter((e) => e.date?.start === '1995-06-27');
    assert.equal(applied.length, 1);
    assert.equal(applied[0]?.source.principal, 'SVK');
    assert.equal(applied[0]?.root, '02');
  });

  it('a step named in passing in prose gives no event', () => {
    assert.ok(!svkEu.some((e) => e.date === null), JSON.stringify(svkEu.map((e) => e.evidence.text)));
  });
});
