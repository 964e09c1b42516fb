import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createExtractor, createStages, readDocument } from '../extract.js';
import { dateForSpan } from './index.js';
import { datedContext } from './_testing.js';

const stages = createStages();

/** Per sentence: its text's first words and the date the dates stage gave it. */
function dated(text: string, published: string | null): string[] {
  const ctx = readDocument(text, { published });
  for (const s of stages) {
    s.run(ctx);
    if (s.name === 'dates') break;
  }
  return ctx.sentences.map((s, i) => `${s.text.split(' ').slice(0, 3).join(' ')} = ${ctx.sentenceDates[i]?.start ?? '-'}`);
}

test('in a wire story an act told in the past, or an intent stated, takes the dateline day; the present tense does not', () => {
  const text = [
    'ACCRA, May 13 (Gulf Wire) – Ghana and Togo reopened their border crossings.',
    'The ministers signed a customs protocol in Lome.',
    'Togo is a member of the West African monetary union.',
    'Ghana will send a trade mission to Lome.',
  ].join('\n\n');
  assert.deepEqual(dated(text, '2019-05-14'), [
    'ACCRA, May 13 = 2019-05-13',
    'The ministers signed = 2019-05-13',
    'Togo is a = -',
    'Ghana will send = 2019-05-13',
  ]);
});

test('a press release with no dateline tells of its published day; a weekday resolves against it', () => {
  const text = [
    'Ministry of Foreign Affairs | Press release',
    'The foreign ministers of Chile and Peru signed a fisheries agreement in Lima.',
    'They had met on Monday in Tacna.',
    'Chile and Peru share a sea border.',
  ].join('\n\n');
  assert.deepEqual(dated(text, '2019-05-15'), [
    'Ministry of Foreign = -',
    'The foreign ministers = 2019-05-15',
    'They had met = 2019-05-13',
    'Chile and Peru = -',
  ]);
});

test('in a brief or a chronology an undated act stays undated', () => {
  const brief = 'Chile and Peru: notes\n\nThe foreign ministers of Chile and Peru signed a fisheries agreement in Lima.';
  assert.deepEqual(dated(brief, '2019-05-15'), ['Chile and Peru: = -', 'The foreign ministers = -']);
  const chronology = 'Timeline of Chile–Peru relations\n\n2014: The court rules on the sea border.\n\nThe ministers signed a fisheries agreement.';
  assert.ok(dated(chronology, '2019-05-15').every((d) => !d.endsWith('2019-05-15')));
});

test('"on Tuesday (14 May)", "yesterday", "on Friday" in a report resolve against its published day, at day precision', () => {
  const text = [
    'ACCRA, May 16 (Gulf Wire) – Ghana recalled its ambassador from Togo on Tuesday (14 May).',
    'Togo expelled two Ghanaian diplomats yesterday.',
    'Ghana condemned the expulsions on Friday.',
  ].join('\n\n');
  assert.deepEqual(dated(text, '2019-05-16'), ['ACCRA, May 16 = 2019-05-16', 'Togo expelled two = 2019-05-15', 'Ghana condemned the = 2019-05-10']);
});

test('a statement speaks in the present of its own day: its place-and-date line, or its labelled date, dates its acts', () => {
  const statement = ['Chile and Peru: statement by the Council', 'Santiago, 12 March 2013', 'The Council urges Peru to reopen the border crossings.', 'It notes that the talks went on.'].join('\n\n');
  assert.deepEqual(dated(statement, null), [
    'Chile and Peru: = -',
    'Santiago, 12 March = 2013-03-12',
    'The Council urges = 2013-03-12',
    'It notes that = 2013-03-12',
  ]);
  const release = ['Ministry of Foreign Affairs of Uruguay', 'Published: 14 October 2015', 'Uruguay has protested to Argentina over the pulp mill.', 'Uruguay calls the new dredging permit illegal.'].join('\n\n');
  assert.deepEqual(dated(release, null).slice(2), ['Uruguay has protested = 2015-10-14', 'Uruguay calls the = 2015-10-14']);
  // In a brief the present tense tells what holds, on no day.
  assert.deepEqual(dated('Chile and Peru: notes\n\nChile calls the permit illegal.', '2015-10-14'), ['Chile and Peru: = -', 'Chile calls the = -']);
});

test('a relative clause with no relative word ("the levies it has imposed since June 2011") keeps its date from the main act', () => {
  const text = ['Ministry of Foreign Affairs | Press release', 'Ghana welcomes the decision by Togo to lift the levies it has imposed since June 2011.'].join('\n\n');
  assert.deepEqual(dated(text, '2013-03-12'), ['Ministry of Foreign = -', 'Ghana welcomes the = 2013-03-12']);
  // A pronoun that opens a clause with an object of its own is no relative clause: "told the envoy it would close the border in May 2014".
  assert.deepEqual(dated('Chile and Peru: notes\n\nChile told the envoy it would close the border in May 2014.', null), ['Chile and Peru: = -', 'Chile told the = 2014-05-01']);
});

test('a table row or a list item is an entry of its own: its date heads every sentence of its cell', () => {
  const table = ['# Eritrea and Sudan: chronology', '| Date | Event |\n|------|-------|\n| 6 April 1994 | Sudan accuses Eritrea of backing rebels. Eritrea denies the charge. |\n| December 1994 | Eritrea breaks off relations. Khartoum condemns the move. |'].join('\n\n');
  assert.deepEqual(dated(table, null).slice(-4), ['| 6 April = 1994-04-06', 'Eritrea denies the = 1994-04-06', '| December 1994 = 1994-12-01', 'Khartoum condemns the = 1994-12-01']);
});

test('a relative date in a later clause ("two days later") is counted from the act before it, which keeps the narrative date', () => {
  const ex = createExtractor();
  const text = 'Ghana and Togo\n\nOn 3 March 1994 Togo closed the border.\n\nGhana called it an outrage and demanded its reopening; Togo reopened the border two days later.';
  const { events } = ex.extract(text, { published: '2020-01-01' });
  assert.deepEqual(events.map((e) => `${e.rule} ${e.date?.start ?? '-'}`), ['close-border 1994-03-03', 'demand 1994-03-03', 'reopen-border 1994-03-05']);
});

test('", and the …" opens a main clause with its own date: "decided on D1 to open talks, and the first round was held on D2"', () => {
  const ctx = datedContext('Chile decided on 4 May 2010 to open talks with Peru, and the first round of talks with Peru was held on 2 June 2010.', null);
  const s = ctx.sentences[0];
  assert.ok(s);
  const held = s.tokens.find((t) => t.lower === 'held');
  assert.ok(held);
  assert.equal(dateForSpan(ctx, 0, held.start, held.end)?.start, '2010-06-02');
  const decided = s.tokens.find((t) => t.lower === 'decided');
  assert.ok(decided);
  assert.equal(dateForSpan(ctx, 0, decided.start, decided.end)?.start, '2010-05-04');
});

test("a wire story's first act takes the day its own clause names over the dateline's; with none, the dateline's", () => {
  const ex = createExtractor();
  const text = 'ACCRA, May 4 (Gulf Wire) – Ghana recalled its ambassador from Togo on Thursday.\n\nTogo expelled two Ghanaian diplomats.';
  const { events } = ex.extract(text, { published: '2019-05-04' });
  assert.deepEqual(events.map((e) => `${e.rule} ${e.date?.start ?? '-'}`), ['recall-ambassador 2019-05-02', 'expel-diplomats 2019-05-04']);
  const plain = ex.extract('ACCRA, May 4 (Gulf Wire) – Ghana recalled its ambassador from Togo.', { published: '2019-05-04' });
  assert.deepEqual(plain.events.map((e) => e.date?.start), ['2019-05-04']);
});

test('an intent ("will visit … before the end of the year") is stated on the day its entry or its report tells, not the intended day', () => {
  const ex = createExtractor();
  const chronology = '# Ghana and Togo\n\n2013-09-03 – The two presidents meet in Lome. Eyadema says he will visit Accra before the end of the year.\n\n2013-10-04 – Togo will reopen its border in November.';
  const dates = ex.extract(chronology, { published: '2013-12-01' }).events.filter((e) => e.root === '03').map((e) => `${e.rule} ${e.date?.start ?? '-'}`);
  assert.deepEqual(dates, ['visit 2013-09-03', 'reopen-border 2013-10-04']);
  const wire = 'ACCRA, May 4 (Gulf Wire) – Ghana said on Friday it will reopen its border with Togo next month.\n\nGhana will send a trade mission to Lome next week.';
  assert.deepEqual(ex.extract(wire, { published: '2019-05-04' }).events.map((e) => `${e.rule} ${e.date?.start ?? '-'}`), ['reopen-border 2019-05-03', 'send-delegation 2019-05-04']);
  // Told of no day (a brief), the intent keeps the date its sentence gives.
  const brief = ex.extract('Ghana and Togo: notes\n\nGhana will reopen its border with Togo in May 2014.', { published: '2013-12-01' });
  assert.deepEqual(brief.events.map((e) => e.date?.start), ['2014-05-01']);
});

test('"also" before the verb carries on the day of the sentence before, the dateline sentence\'s act day included', () => {
  const text = [
    'KIGALI, Aug 21 (Lake Wire) – Rwanda recalled its ambassador from Burundi on Monday.',
    'Rwanda also expelled two Burundian diplomats.',
    'Burundi closed its border crossings.',
    'On Saturday Burundi banned Rwandan lorries.',
    'Its ministers likewise suspended the fisheries talks.',
  ].join('\n\n');
  assert.deepEqual(dated(text, '2008-08-22'), [
    'KIGALI, Aug 21 = 2008-08-21',
    'Rwanda also expelled = 2008-08-18',
    'Burundi closed its = 2008-08-21',
    'On Saturday Burundi = 2008-08-16',
    'Its ministers likewise = 2008-08-16',
  ]);
});
