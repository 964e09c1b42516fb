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
import { isEntryLine } from '../grammar/index.js';

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

  it('an entry with no verb or subject ("Becomes a member state", "Opening of accession talks") is the titled state\'s step and act', () => {
    const ms = extractor.extract(fixture('slovakia-eu-key-dates.md'), { path: 'key-dates.md' }).milestones;
    const joined = ms.find((m) => m.actor === 'SVK' && m.org === 'EU' && m.status === 'joined' && m.date?.start === '2004-05-01');
    assert.ok(joined, JSON.stringify(ms.map((m) => [m.actor, m.status, m.date?.start])));
    const opened = ms.find((m) => m.actor === 'SVK' && m.instrument === 'accession-negotiations' && m.status === 'opened');
    assert.equal(opened?.date?.start, '2000-02-15');
    assert.equal(svkEu.filter((e) => e.date?.start === '2004-05-01' && e.root === '05').length, 1);
    const talks = svkEu.find((e) => e.date?.start === '2000-02-15');
    assert.equal(talks?.code, '046');
    assert.equal(talks?.source.principal, 'EU');
  });
});

describe('steps of a numbered chronology with no subject of their own', () => {
  const x = extractor.extract(fixture('estonia-union-steps.md'), { path: 'steps.md' });
  const steps = (status: string): string[] => x.milestones.filter((m) => m.status === status).map((m) => `${m.actor} ${m.org} ${m.date?.start ?? '-'}`);

  it('"Application lodged." is the application of the state the document is about, not of the one the entry before named', () => {
    assert.ok(steps('applied').includes('EST EU 1995-11-24'), JSON.stringify(steps('applied')));
    assert.ok(between(x.events, 'EST', 'EU').some((e) => e.source.principal === 'EST' && e.root === '02' && e.date?.start === '1995-11-24'));
  });

  it('"admitted as a member state" is a joining of the organisation the chronology is about', () => {
    assert.ok(steps('joined').includes('EST EU 2004-05-01'), JSON.stringify(steps('joined')));
  });

  it('talks that open "with" a country are that country\'s step, whoever the chronology is about', () => {
    const opened = x.milestones.filter((m) => m.instrument === 'accession-negotiations').map((m) => `${m.actor} ${m.date?.start ?? '-'}`);
    assert.ok(opened.includes('ISL 2009-05-12'), JSON.stringify(opened));
    assert.ok(between(x.events, 'ISL', 'EU').some((e) => e.code === '046' && e.date?.start === '2009-05-12'));
  });

  it('a capitalised noun opening an entry is read as the step it names', () => {
    assert.ok(x.milestones.some((m) => m.actor === 'EST' && m.instrument === 'accession-negotiations' && m.date?.start === '1998-03-31'));
  });
});

describe('chronology entries', () => {
  it('list items, table rows and lines opening with their date are entries; a wire dateline and prose are not', () => {
    const text = ['- 4 June: talks', '| 1995 | Step |', '2. 3 May 2001 - x', 'March 1998: applies.', 'LIMA, May 3 (Wire) - Peru said', 'Peru said in 2003 that it would apply.'].join('\n');
    const at = (line: string): number => text.indexOf(line);
    assert.deepEqual(
      ['- 4 June', '| 1995', '2. 3 May', 'March 1998', 'LIMA', 'Peru said in'].map((l) => isEntryLine(text, at(l) + 1)),
      [true, true, true, true, false, false],
    );
  });
});
