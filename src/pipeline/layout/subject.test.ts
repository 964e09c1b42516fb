import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor, createStages, readDocument } from '../extract.js';
import { subjectStage, type NamesIn } from './index.js';

const stages = createStages();

/** The sides of the subject the stages read from a document (and its file's title). */
function subject(text: string, title?: string): string[] | null {
  const ctx = readDocument(text, title ? { title } : {});
  for (const s of stages) {
    if (s.name === 'grammar') break;
    s.run(ctx);
  }
  return ctx.subject ? ctx.subject.sides.map((s) => s.principal) : null;
}

test('a heading naming two sides joined, with only subject words around them, is the subject', () => {
  assert.deepEqual(subject('Timeline of EU–Albania relations\n\n2009: Albania applies.'), ['EU', 'ALB']);
  assert.deepEqual(subject('Key dates: Norway and China\n\n2010: The prize is awarded.'), ['NOR', 'CHN']);
  assert.deepEqual(subject('# Georgia and NATO: the long road\n\nGeorgia applied in 2008.'), ['GEO', 'NATO']);
  assert.deepEqual(subject('GHANA AND TOGO: KEY DATES 1990-2000\n\n1994: Talks open.'), ['GHA', 'TGO']);
  assert.deepEqual(subject('The talks opened in 1994.', 'Ghana and Togo - a chronology'), ['GHA', 'TGO']);
});

test('a news headline that opens with one side and names one other is the subject; one naming a third is none', () => {
  const page = (headline: string) =>
    `World | Africa\n${headline}\nPublished: Tuesday, May 4, 1999, 10:12 GMT\n\nACCRA, May 4 (Dyad Wire) - Ghana closed its crossings with Togo on Tuesday, officials said.`;
  assert.deepEqual(subject(page('Ghana shuts Togo border crossings over cocoa smuggling')), ['GHA', 'TGO']);
  assert.equal(subject(page('Ghana shuts Togo border crossings as Nigeria protests')), null);
  assert.equal(subject(page('Border crossings with Togo shut by Ghana')), null);
});

test('a headline, a heading with one side, or one that names a side among other words, is none', () => {
  assert.equal(subject('Ghana and Togo sign a customs protocol\n\nThe ministers met in Lome.'), null);
  assert.equal(subject('The Gulf rift: Qatar and its neighbours\n\n2017: Ties are cut.'), null);
  assert.equal(subject('Ghana shuts Togo border crossings\n\nThe border closed on Tuesday.'), null);
});

test('an entry that names one side takes the other from the subject, and one that names neither a joint act between both', () => {
  const ex = createExtractor();
  // The title given by the file: the text itself never names the EU.
  const x = ex.extract('28 April 2009 – Albania applies for membership.\n\n3 March 2012 – A trade agreement was signed.', { title: 'Timeline of EU–Albania relations' });
  const pairs = x.events.map((e) => `${e.source.principal}>${e.target.principal} ${e.code} ${e.date?.start}`);
  assert.ok(pairs.includes('ALB>EU 020 2009-04-28'), pairs.join('; '));
  assert.ok(pairs.some((p) => /^(EU>ALB|ALB>EU) 057 2012-03-03$/.test(p)), pairs.join('; '));
  assert.deepEqual(x.milestones.map((m) => `${m.actor} ${m.org} ${m.status}`), ['ALB EU applied']);
  // Without the title the entry names no side: no event is made up.
  const bare = ex.extract('28 April 2009 – Albania applies for membership.\n\n3 March 2012 – A trade agreement was signed.');
  assert.equal(bare.events.length, 0);
  assert.equal(bare.milestones.length, 0);
});

test('a sentence naming a third party keeps its own parties', () => {
  const ex = createExtractor();
  const x = ex.extract('Timeline of EU–Albania relations\n\n3 March 2012 – A trade agreement was signed with Kosovo.');
  assert.ok(!x.events.some((e) => e.source.principal === 'EU' && e.target.principal === 'ALB'));
});

test("a chronology whose title names no relationship takes the two countries its lead names, and only two", () => {
  const entries = '\n\n| Date | What happened |\n| --- | --- |\n| 3 May 2004 | Both sides sign the deal in Lima. |\n| 9 June 2004 | The parties extend the deal by a year. |\n| 2 July 2005 | Peru leaves the deal. |';
  const title = '# The copper corridor in three dates\n\n';
  assert.deepEqual(subject(`${title}The deal that let Bolivia ship copper through Peruvian ports lasted a year. Peru's withdrawal ended it.${entries}`), ['BOL', 'PER']);
  assert.equal(subject(`${title}The deal that let Bolivia ship copper through Peru and Chile lasted a year.${entries}`), null);
  // No lead before the entries: no subject.
  assert.equal(subject(`${title}${entries.trimStart()}`), null);
});

test('a lead paragraph is not read as the subject of a document that is no chronology', () => {
  assert.equal(subject('The copper corridor\n\nThe deal that let Bolivia ship copper through Peruvian ports lasted a year. Peru ended it in 2005.'), null);
});

test("a report's headings are each read for their names once, though asked about twice", () => {
  const asked: string[] = [];
  const names: NamesIn = (heading) => {
    asked.push(heading);
    return [];
  };
  const ctx = readDocument('Chile recalls envoy to Peru\n\nSANTIAGO, May 3 (Reuters) – Chile recalled its ambassador to Peru.', { kind: 'news' });
  subjectStage(names)(ctx);
  assert.equal(ctx.subject, null);
  assert.ok(asked.includes('Chile recalls envoy to Peru'));
  assert.equal(new Set(asked).size, asked.length);
});
