import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateInterval } from '../../core/model.js';
import type { DocumentContext } from '../types.js';
import { datedContext } from './_testing.js';
import { dateForSpan } from './index.js';

const show = (i: DateInterval | null | undefined): string => (i ? `${i.start ?? ''}..${i.end ?? ''}` : 'none');

/** dateForSpan for the first occurrence of `word` (a trigger) in the text. */
function dateOf(ctx: DocumentContext, word: string): string {
  const at = ctx.text.indexOf(word);
  assert.ok(at >= 0, word);
  const s = ctx.sentences.find((x) => x.start <= at && at < x.end);
  assert.ok(s);
  return show(dateForSpan(ctx, s.index, at, at + word.length));
}

const STORY = [
  'In July 2004, the Georgian parliament ratified the accord.',
  'This move angered the opposition.',
  'The opposition held rallies in the capital.',
  'Then in March 2006 the president visited Brussels.',
  'During this visit he praised the victims of the war in 1992.',
  'At the same time, he opened an office that has worked there since 1998.',
  'Farmers protested in the south.',
].join(' ');

test('a sentence inherits the narrative date only where it refers back', () => {
  const ctx = datedContext(STORY, '2017-03');
  assert.deepEqual(ctx.sentenceDates.map(show), [
    '2004-07-01..2004-07-31',
    '2004-07-01..2004-07-31',
    'none',
    '2006-03-01..2006-03-31',
    '2006-03-01..2006-03-31',
    '2006-03-01..2006-03-31',
    'none',
  ]);
});

test('an event takes the date of its own clause, not a date that qualifies a noun further on', () => {
  const ctx = datedContext(STORY, '2017-03');
  assert.equal(dateOf(ctx, 'praised'), '2006-03-01..2006-03-31');
  assert.equal(dateOf(ctx, 'opened'), '2006-03-01..2006-03-31');
  assert.equal(dateOf(ctx, 'has worked'), '1998-01-01..');
  assert.equal(dateOf(ctx, 'ratified'), '2004-07-01..2004-07-31');
  assert.equal(dateOf(ctx, 'protested'), 'none');
});

test('a relative clause and a parenthesis hold their own dates', () => {
  const ctx = datedContext(
    'In 2012 the envoy, who had served there until May 2009, met the Latvian minister (who took office in 2010) and the mayor of Riga (June 2012).',
    '2017-03',
  );
  assert.equal(dateOf(ctx, 'met'), '2012-01-01..2012-12-31');
  assert.equal(dateOf(ctx, 'served'), '..2009-05-31');
  assert.equal(dateOf(ctx, 'took'), '2010-01-01..2010-12-31');
  assert.equal(show(ctx.sentenceDates[0]), '2012-01-01..2012-12-31');
});

test('a noun trigger takes the date that qualifies it, a verb trigger the one before it', () => {
  const ctx = datedContext('In May 2011 Croatia ended talks. Their visit followed the adoption of the plan in March 2011.', '2017-03');
  assert.equal(dateOf(ctx, 'adoption'), '2011-03-01..2011-03-31');
  assert.equal(dateOf(ctx, 'followed'), '2011-05-01..2011-05-31');
});

test('an event after the date in the same clause takes the date before it, else the one after it', () => {
  const ctx = datedContext('Estonia signed the treaty in April 2004; Latvia signed it later (May 2004).', '2017-03');
  assert.equal(dateOf(ctx, 'Estonia signed'), '2004-04-01..2004-04-30');
  assert.equal(dateOf(ctx, 'Latvia signed'), '2004-05-01..2004-05-31');
});

test('a named thing taken up again refers back; an unrelated sentence does not', () => {
  const ctx = datedContext(
    'In June 2008 the EU Summit in Lisbon was attended by Albania. Albania was praised in the final text of the Summit. Farmers objected.',
    '2017-03',
  );
  assert.deepEqual(ctx.sentenceDates.map(show), ['2008-06-01..2008-06-30', '2008-06-01..2008-06-30', 'none']);
});

test('a clause without a date of its own takes the nearest date of a relative clause, never one in parentheses', () => {
  const ctx = datedContext(
    'The Swiss envoy brokered a truce, which both sides signed on 3 May 2001. The mayor (who took office in March 1999) resigned.',
    '2017-03',
  );
  assert.equal(show(ctx.sentenceDates[0]), 'none');
  assert.equal(dateOf(ctx, 'brokered'), '2001-05-03..2001-05-03');
  assert.equal(dateOf(ctx, 'resigned'), 'none');
});

test('"since then" opens the narrative date; without a narrative it gives nothing', () => {
  const ctx = datedContext('In May 2011 Croatia closed the last chapter. Since then, ties have grown.', '2017-03');
  assert.deepEqual(ctx.dates.map((d) => `${d.text}=${show(d.interval)}`), ['May 2011=2011-05-01..2011-05-31', 'Since then=2011-05-01..']);
  assert.equal(show(ctx.sentenceDates[1]), '2011-05-01..');
  assert.deepEqual(datedContext('Since then, ties have grown.', '2017-03').dates, []);
});

test('an attributive date in a phrase hung on another noun, well before publication, dates that thing only', () => {
  const ctx = datedContext('The Latvian minister laid a wreath for the victims of the 2008 war.', '2020-05');
  assert.equal(show(ctx.sentenceDates[0]), 'none');
  assert.equal(dateOf(ctx, 'laid'), 'none');
  assert.equal(dateOf(ctx, 'war'), '2008-01-01..2008-12-31');
  const back = datedContext('In June 2016 the minister visited Tbilisi. He laid a wreath for the victims of the 2008 war.', '2020-05');
  assert.equal(dateOf(back, 'laid'), '2016-06-01..2016-06-30');
  // The verb's own object, a date after a preposition, or a recent date: the sentence's date.
  assert.equal(show(datedContext('Georgia hosted the 2008 summit.', '2020-05').sentenceDates[0]), '2008-01-01..2008-12-31');
  assert.equal(show(datedContext('Chile signed the treaty of peace in 2006.', '2020-05').sentenceDates[0]), '2006-01-01..2006-12-31');
  assert.equal(show(datedContext('Voters in the runoff of the 2012 election chose Nikolić.', '2012-05').sentenceDates[0]), '2012-01-01..2012-12-31');
});

test('a day heading a paragraph dates the sentences that follow in that paragraph, not the next paragraph', () => {
  const ctx = datedContext('**4 May 2020.** Mongolia and Japan open talks. The ministers sign a memorandum.\n\nFarmers protest in the south.', '2021-01');
  assert.deepEqual(ctx.sentenceDates.map(show), ['2020-05-04..2020-05-04', '2020-05-04..2020-05-04', 'none']);
  const news = datedContext('On 3 March 2019, Chile protested. Peru replied with a note.\n\nPeru apologised.', '2021-01');
  assert.deepEqual(news.sentenceDates.map(show), ['2019-03-03..2019-03-03', '2019-03-03..2019-03-03', 'none']);
  // A year or month at the head of a paragraph is no chronology entry: the next sentence must refer back.
  const year = datedContext('In 2019 Chile protested. Peru replied with a note.', '2021-01');
  assert.deepEqual(year.sentenceDates.map(show), ['2019-01-01..2019-12-31', 'none']);
});

test('a month or year set off as an entry\'s date ("October 2010:", "2009 –") dates the rest of the entry', () => {
  const month = datedContext('October 2010: Chile recalls its envoy. Peru warns of consequences.\n\nNovember 2010: Peru lifts the ban.', '2017-04');
  assert.deepEqual(month.sentenceDates.map(show), ['2010-10-01..2010-10-31', '2010-10-01..2010-10-31', '2010-11-01..2010-11-30']);
  const year = datedContext('2009 – Ghana and Togo sign a border accord. Both parliaments ratify it quickly.', '2017-04');
  assert.deepEqual(year.sentenceDates.map(show), ['2009-01-01..2009-12-31', '2009-01-01..2009-12-31']);
  // Not set off: prose that opens with a month or year leaves the next sentence to refer back.
  const prose = datedContext('October 2010 was a hard month for Chile. Peru warns of consequences.', '2017-04');
  assert.deepEqual(prose.sentenceDates.map(show), ['2010-10-01..2010-10-31', 'none']);
  const after = datedContext('2009 – Ghana and Togo sign a border accord.\n\nBoth parliaments ratify it quickly.', '2017-04');
  assert.deepEqual(after.sentenceDates.map(show), ['2009-01-01..2009-12-31', 'none']);
});

test('"before the visit", "since that meeting" open the narrative date; "two days after the visit" is a shift', () => {
  const ctx = datedContext('On 3 May 2018 the Chilean president visited Lima. Before the visit he had criticised Peru.', '2019-01');
  assert.deepEqual(ctx.dates.map((d) => `${d.text}=${show(d.interval)}`), ['3 May 2018=2018-05-03..2018-05-03', 'Before the visit=..2018-05-03']);
  const since = datedContext('In March 2015 Peru and Chile met in Quito. Since that meeting the two have talked often.', '2019-01');
  assert.equal(show(since.sentenceDates[1]), '2015-03-01..');
  const shift = datedContext('On 3 May 2018 the Chilean president visited Lima. Two days after the visit Peru protested.', '2019-01');
  assert.equal(show(shift.sentenceDates[1]), '2018-05-05..2018-05-05');
  // Without a narrative date there is nothing to open.
  assert.deepEqual(datedContext('Before the visit he had criticised Peru.', '2019-01').dates, []);
});

test('"after the Paris Agreement" names a thing with a date of its own: it opens no narrative date', () => {
  assert.deepEqual(datedContext('In June 2016 Chile ratified the pact. After the Paris Agreement Chile cut emissions.', '2019-01').dates.map((d) => d.text), ['June 2016']);
});

test('a verb takes the date of its clause that qualifies no noun over one that does', () => {
  const ctx = datedContext('In November 1992 Norway, two decades after its attempt of 1962, applied again.', '2020-01');
  assert.equal(dateOf(ctx, 'applied'), '1992-11-01..1992-11-30');
  // A date after a noun that lies within the clause's other date says more: it stays.
  const within = datedContext('Malta applied in 1990. A year later, at the summit in June 1991, the leaders praised Malta.', '2020-01');
  assert.equal(dateOf(within, 'praised'), '1991-06-01..1991-06-30');
  assert.equal(show(within.sentenceDates[1]), '1991-06-01..1991-06-30');
  // With no other date in its clause, a date after a noun is the verb's: "signed the treaty in April 2004".
  assert.equal(dateOf(datedContext('Estonia signed the treaty in April 2004.', '2020-01'), 'signed'), '2004-04-01..2004-04-30');
});

/** dateForSpan for the last occurrence of `word`. */
function dateOfLast(ctx: DocumentContext, word: string): string {
  const at = ctx.text.lastIndexOf(word);
  const s = ctx.sentences.find((x) => x.start <= at && at < x.end);
  assert.ok(s && at >= 0, word);
  return show(dateForSpan(ctx, s.index, at, at + word.length));
}

test('a noun naming an event the document dates once elsewhere takes that date; a verb does not', () => {
  const ctx = datedContext('The invasion of Iraq in March 2003 split Europe. Spain later debated the invasion at length.', '2010-01');
  assert.equal(show(ctx.sentenceDates[1]), 'none');
  assert.equal(dateOfLast(ctx, 'invasion'), '2003-03-01..2003-03-31');
  assert.equal(dateOf(ctx, 'debated'), 'none');
  // One kind of event, two words for it ("the bombing campaign" … "air strikes").
  const air = datedContext('Chad recalled the bombing campaign of 1986. The memory of French air strikes still weighs on ties.', '2010-01');
  assert.equal(dateOfLast(air, 'air strikes'), '1986-01-01..1986-12-31');
  // Two dates for the same kind of event: which one is meant is unknown.
  const two = datedContext('The war in 1992 and the war in 2008 shaped Georgia. Voters still recall the war.', '2010-01');
  assert.equal(dateOfLast(two, 'war'), 'none');
});

test("a wire story's dateline day dates its later sentences that have no date of their own", () => {
  const ctx = datedContext('LIMA, Sept 1 — Chilean drones crossed into Peru overnight.\n\nThe minister told parliament that the drones came twice.\n\nJapan expressed solidarity with Peru.\n\nPeru arrested two Chileans in May 2020.', '2021-09-01');
  assert.deepEqual(ctx.sentenceDates.map(show), ['2021-09-01..2021-09-01', '2021-09-01..2021-09-01', '2021-09-01..2021-09-01', '2020-05-01..2020-05-31']);
  // Without a day, the dateline's day is the published one.
  const agency = datedContext('QUITO (Reuters) - Ecuador protested to Peru. Peru replied.', '2021-09-01');
  assert.equal(show(agency.sentenceDates[1]), '2021-09-01..2021-09-01');
  // No dateline: no date.
  const plain = datedContext('NATO, the EU and the UN met in 2019. Peru replied.', '2021-09-01');
  assert.equal(show(plain.sentenceDates[1]), 'none');
});

test('a dateline after a saved page\'s furniture (section, headline, byline) still dates the story; one deep in the text does not', () => {
  const page = datedContext('World | Americas\n\nPeru protests drone flights\n\nBy the Andes desk\n\nLIMA, Sept 1 (Wire) - Chilean drones crossed into Peru overnight.\n\nThe minister told parliament that the drones came twice.', '2021-09-01');
  assert.equal(show(page.sentenceDates.at(-1)), '2021-09-01..2021-09-01');
  const deep = Array.from({ length: 9 }, (_, i) => `Paragraph ${i + 1} says nothing of note.`).join('\n\n');
  const late = datedContext(`${deep}\n\nLIMA, Sept 1 (Wire) - Chilean drones crossed into Peru.\n\nThe minister told parliament.`, '2021-09-01');
  assert.equal(show(late.sentenceDates.at(-1)), 'none');
});

test('a day and month without a year take the published year, not an open period\'s ("since 2009")', () => {
  const text = 'The border row is the worst since 2009, officials in Lima say.\n\nOn 14 March, Chile recalled its ambassador.';
  assert.equal(dateOf(datedContext(text, '2023-07-01'), 'recalled'), '2023-03-14..2023-03-14');
  // A year the narrative stands in still gives its year.
  const story = 'In 2011 the talks began.\n\nOn 14 March, Chile recalled its ambassador.';
  assert.equal(dateOf(datedContext(story, '2023-07-01'), 'recalled'), '2011-03-14..2011-03-14');
});

test('"last June", "this June", "next June" are said from the published date, not the narrative\'s', () => {
  const text = 'In March 2020 Peru protested. Chile recalled its envoy last September. It will vote next February.';
  const ctx = datedContext(text, '2025-03-10');
  assert.equal(dateOf(ctx, 'recalled'), '2024-09-01..2024-09-30');
  assert.equal(dateOf(datedContext('Chile recalled its envoy last January.', '2025-03-10'), 'recalled'), '2025-01-01..2025-01-31');
  assert.equal(dateOf(datedContext('In 2019 Chile voted. The treaty is signed this June.', '2025-03-10'), 'signed'), '2025-06-01..2025-06-30');
  assert.equal(dateOf(datedContext('Chile will vote next February.', '2025-03-10'), 'vote'), '2026-02-01..2026-02-28');
});

test('"the following morning" and "that evening" step from the narrative\'s day', () => {
  const text = 'Norway protested on 12 June 2024. The following morning Denmark summoned the envoy. That evening Norway recalled its own.';
  const ctx = datedContext(text, '2025-03-10');
  assert.equal(dateOf(ctx, 'summoned'), '2024-06-13..2024-06-13');
  assert.equal(dateOf(ctx, 'recalled'), '2024-06-13..2024-06-13');
});

test('", but" opens a clause of its own: each act takes its own date, not the other clause\'s', () => {
  const ctx = datedContext('Chile and Peru signed a declaration of principles in Lima in 2015, but talks broke down in March 2021.', '2023-07-01');
  assert.equal(dateOf(ctx, 'signed'), '2015-01-01..2015-12-31');
  assert.equal(dateOf(ctx, 'broke'), '2021-03-01..2021-03-31');
});

test('a date past another verb belongs to that verb: it does not take the date of the act before it', () => {
  const ctx = datedContext('The Council granted Chile observer status in June 2011, and talks opened in July of that year.', '2023-07-01');
  assert.equal(dateOf(ctx, 'granted'), '2011-06-01..2011-06-30');
  assert.equal(dateOf(ctx, 'opened'), '2011-07-01..2011-07-31');
});
