import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DateInterval } from '../../core/model.js';
import { datedContext } from './_testing.js';

/** The single date mention of a one-sentence text, as `start..end precision`, published 2017-03. */
function one(text: string, published: string | null = '2017-03'): string {
  const ctx = datedContext(text, published);
  assert.equal(ctx.dates.length, 1, `one mention in ${JSON.stringify(text)}: ${JSON.stringify(ctx.dates.map((d) => d.text))}`);
  const m = ctx.dates[0];
  assert.ok(m);
  return `${show(m.interval)} ${m.interval.precision} '${m.text}'`;
}

function show(i: DateInterval | null | undefined): string {
  return i ? `${i.start ?? ''}..${i.end ?? ''}` : 'none';
}

test('a bare year after a preposition or a verb is a year', () => {
  assert.equal(one('In 1997 Hungary joined the talks.'), "1997-01-01..1997-12-31 year '1997'");
  assert.equal(one('The council, founded 1994, meets yearly.'), "1994-01-01..1994-12-31 year '1994'");
});

test('month and year, day forms and ISO days', () => {
  assert.equal(one('Finland applied in April 2004 as planned.'), "2004-04-01..2004-04-30 month 'April 2004'");
  assert.equal(one('On May 18, 2022 Finland and Sweden applied.'), "2022-05-18..2022-05-18 day 'May 18, 2022'");
  assert.equal(one('Talks resumed on 3rd of February 2011 in Oslo.'), "2011-02-03..2011-02-03 day '3rd of February 2011'");
  assert.equal(one('The pact took effect 2004-03-29 at noon.'), "2004-03-29..2004-03-29 day '2004-03-29'");
  assert.equal(one('2013-07: Ghana and Togo open talks.'), "2013-07-01..2013-07-31 month '2013-07'");
  assert.equal(one('2013-11: Ghana and Togo open talks.'), "2013-11-01..2013-11-30 month '2013-11'");
  // A span of years is no month: "the 2012-13 season".
  assert.ok(datedContext('Ghana and Togo met in the 2012-13 season.', '2017-03').dates.every((d) => d.interval.precision !== 'month'));
  assert.equal(one('Ministers met in Sept. 2012 again.'), "2012-09-01..2012-09-30 month 'Sept. 2012'");
  assert.equal(one('The strikes began on 24.03.1999 at night.'), "1999-03-24..1999-03-24 day '24.03.1999'");
});

test('numeric days with dashes or slashes are day first; with slashes a second number above 12 is the day', () => {
  assert.equal(one('14-03-2011: Chile and Peru opened talks.'), "2011-03-14..2011-03-14 day '14-03-2011'");
  assert.equal(one('Talks between Chile and Peru opened on 14/03/2011 in Lima.'), "2011-03-14..2011-03-14 day '14/03/2011'");
  assert.equal(one('Talks between Chile and Peru opened on 03/14/2011 in Lima.'), "2011-03-14..2011-03-14 day '03/14/2011'");
  assert.equal(one('On 2-11-2009 Ghana recalled its envoy.'), "2009-11-02..2009-11-02 day '2-11-2009'");
  // Not a day: a month above 12, mixed separators, a score, a longer number.
  for (const s of ['Ghana and Togo met on 14-13-2011 in Accra.', 'The vote was 14-03/2011 in Accra.', 'Ghana won 3-1 in 2011.', 'Ref 114-03-2011 was filed by Togo.']) {
    assert.ok(datedContext(s, '2017-03').dates.every((d) => d.interval.precision !== 'day'), s);
  }
});

test('a parenthesised date is a date of its sentence', () => {
  const ctx = datedContext('The envoy praised Albania as a reliable partner (April 2004).', '2017-03');
  assert.equal(show(ctx.dates[0]?.interval), '2004-04-01..2004-04-30');
  assert.equal(show(ctx.sentenceDates[0]), '2004-04-01..2004-04-30');
});

test('seasons are northern, winter runs into the next year', () => {
  assert.equal(one('In the spring of 1997 Hungary opened talks.'), "1997-03-01..1997-05-31 season 'the spring of 1997'");
  assert.equal(one('They met in summer 2005.'), "2005-06-01..2005-08-31 season 'summer 2005'");
  assert.equal(one('Work stopped in the winter of 2010.'), "2010-12-01..2011-02-28 season 'the winter of 2010'");
  assert.equal(one('Work resumed in autumn 1999.'), "1999-09-01..1999-11-30 season 'autumn 1999'");
  const parts = datedContext('Malta applied in 1990. At the end of that year the talks stalled.', '2017-03');
  assert.equal(show(parts.dates[1]?.interval), '1990-09-01..1990-12-31');
  assert.equal(parts.dates[1]?.text, 'the end of that year');
  const ctx = datedContext('Estonia applied in 2003. In the summer the talks began, and that winter they ended.', '2017-03');
  assert.deepEqual(ctx.dates.map((d) => `${d.text}=${show(d.interval)}`), [
    '2003=2003-01-01..2003-12-31',
    'the summer=2003-06-01..2003-08-31',
    'that winter=2003-12-01..2004-02-29',
  ]);
});

test('early, mid and late years; halves and quarters', () => {
  assert.equal(one('Talks began in early 2003.'), "2003-01-01..2003-04-30 period 'early 2003'");
  assert.equal(one('Talks stalled in mid-2007.'), "2007-05-01..2007-08-31 period 'mid-2007'");
  assert.equal(one('Georgia applied in late 2011.'), "2011-09-01..2011-12-31 period 'late 2011'");
  assert.equal(one('Growth slowed in the first half of 2010.'), "2010-01-01..2010-06-30 period 'the first half of 2010'");
  assert.equal(one('The deal closed in the third quarter of 2012.'), "2012-07-01..2012-09-30 quarter 'the third quarter of 2012'");
  assert.equal(one('It was signed at the end of 2008.'), "2008-09-01..2008-12-31 period 'the end of 2008'");
  assert.equal(one('Riots broke out in late November 2015.'), "2015-11-21..2015-11-30 period 'late November 2015'");
});

test('decades and parts of decades', () => {
  assert.equal(one('Relations froze in the 1990s.'), "1990-01-01..1999-12-31 decade 'the 1990s'");
  assert.equal(one('Relations thawed in the late 1970s.'), "1977-01-01..1979-12-31 period 'the late 1970s'");
});

test('periods: month ranges, year ranges and short ranges', () => {
  assert.equal(
    one('Poland chaired it in the March 2008 - June 2010 period.'),
    "2008-03-01..2010-06-30 period 'the March 2008 - June 2010 period'",
  );
  assert.equal(one('Norway served from 2013 to 2016 on the board.'), "2013-01-01..2016-12-31 period 'from 2013 to 2016'");
  assert.equal(one('Norway served between 2001 and 2004 on it.'), "2001-01-01..2004-12-31 period 'between 2001 and 2004'");
  assert.equal(one('The 2013\u20132016 mandate ended.'), "2013-01-01..2016-12-31 period '2013-2016'");
  assert.equal(one('The conflict of 1991-95 ended.'), "1991-01-01..1995-12-31 period '1991-95'");
  assert.equal(one('Exercises ran from March to June 2010 twice.'), "2010-03-01..2010-06-30 period 'from March to June 2010'");
});

test('openers: since, before, by, until, after', () => {
  assert.equal(one('Troops have stayed there since 1999.'), "1999-01-01.. open 'since 1999'");
  assert.equal(one('Before 2006 Montenegro was not a member.'), "..2005-12-31 open 'Before 2006'");
  assert.equal(one('Croatia hoped to join by 2015.'), "..2015-12-31 open 'by 2015'");
  assert.equal(one('He headed the ministry until August 2013.'), "..2013-08-31 open 'until August 2013'");
  assert.equal(one('After 2008 the talks stopped.'), "2009-01-01.. open 'After 2008'");
  assert.equal(one('Chile aims to join before the end of 2028.'), "..2028-12-31 open 'before the end of 2028'");
  assert.equal(one('From 2004 onwards the mission grew.'), "2004-01-01.. open 'From 2004 onwards'");
  assert.equal(one('Figures for 1995 and earlier are missing.'), "..1995-12-31 open '1995 and earlier'");
  assert.equal(one('As of March 2016 the office is closed.'), "2016-03-01.. open 'As of March 2016'");
});

test('relative expressions shift from the narrative date', () => {
  const ctx = datedContext('In 2013 Moldova opened an office. The following year in September it signed a plan. Two years later it left.', '2017-03');
  assert.deepEqual(
    ctx.dates.map((d) => `${d.text}=${show(d.interval)}${d.relative ? ' rel' : ''}`),
    ['2013=2013-01-01..2013-12-31', 'The following year in September=2014-09-01..2014-09-30 rel', 'Two years later=2016-01-01..2016-12-31 rel'],
  );
});

test('"a decade after" a year resolves from it; beside an explicit year it restates that year', () => {
  assert.equal(one('A decade after 1991 the two states met.'), "2001-01-01..2001-12-31 year 'A decade after 1991'");
  const ctx = datedContext('In 2004, just a decade after the war, Rwanda joined the body.', '2017-03');
  assert.deepEqual(ctx.dates.map((d) => show(d.interval)), ['2004-01-01..2004-12-31', '2004-01-01..2004-12-31']);
  assert.equal(show(ctx.sentenceDates[0]), '2004-01-01..2004-12-31');
});

test('a relative expression that would pass the published date is dropped', () => {
  const ctx = datedContext('The envoy came in November 2015. More than a decade later, memories remain.', '2017-03');
  assert.deepEqual(ctx.dates.map((d) => d.text), ['November 2015']);
});

test('expressions relative to the published date', () => {
  assert.equal(one('Turnout fell last year in most regions.'), "2016-01-01..2016-12-31 year 'last year'");
  assert.equal(one('Prices rose this month again.'), "2017-03-01..2017-03-31 month 'this month'");
  assert.equal(one('The talks ended three months ago in Vienna.', '2017-03'), "2016-12-01..2016-12-31 month 'three months ago'");
  assert.deepEqual(datedContext('Turnout fell last year.', null).dates, []);
});

test('a month without a year takes the narrative year, else the last such month before publication', () => {
  const ctx = datedContext('In 2011 Kyrgyzstan asked for aid. In September the first convoy came.', '2017-03');
  assert.equal(show(ctx.dates[1]?.interval), '2011-09-01..2011-09-30');
  assert.equal(one('In September the first convoy came.', '2017-03'), "2016-09-01..2016-09-30 month 'September'");
  assert.equal(one('On March 2 the first convoy came.', '2017-03'), "2017-03-02..2017-03-02 day 'March 2'");
  assert.equal(one('The last convoy came on 20 March.', '2017-03'), "2017-03-20..2017-03-20 day '20 March'");
  assert.equal(one('The last convoy came in Sept. 2016.', '2017-03'), "2016-09-01..2016-09-30 month 'Sept. 2016'");
});

test('a month earlier in the year than the narrative\'s month comes after it, in the next year, if that is before publication', () => {
  const ctx = datedContext('Ghana recalled its envoy in November 2012. The two reopened the border in April.', '2013-09');
  assert.equal(show(ctx.dates[1]?.interval), '2013-04-01..2013-04-30');
  // Not past the published month; nor after a narrative year alone.
  assert.equal(show(datedContext('Ghana recalled its envoy in November 2012. The two reopened the border in April.', '2013-02').dates[1]?.interval), '2012-04-01..2012-04-30');
  assert.equal(show(datedContext('Ghana recalled its envoy in 2012. The two reopened the border in April.', '2013-09').dates[1]?.interval), '2012-04-01..2012-04-30');
});

test('chrono reads weekdays and "yesterday" against the published day, and only a day', () => {
  assert.equal(one('The ministers met yesterday in Riga.', '2017-03-08'), "2017-03-07..2017-03-07 day 'yesterday'");
  const ctx = datedContext('The ministers met on Monday in Riga.', '2017-03-08');
  assert.equal(ctx.dates[0]?.interval.precision, 'day');
  assert.equal(ctx.dates[0]?.rule, 'chrono');
  // Published only as a month, "yesterday" names no day.
  assert.deepEqual(datedContext('The ministers met yesterday in Riga.', '2017-03').dates, []);
});

test('a bare weekday is the last such day in a clause about the past, the next one in a clause about the future', () => {
  // 2021-06-02 is a Wednesday.
  assert.equal(one('Estonian police detained two Latvian sailors on Friday.', '2021-06-02'), "2021-05-28..2021-05-28 day 'on Friday'");
  assert.equal(one('On Monday the talks in Vilnius resumed.', '2021-06-02'), "2021-05-31..2021-05-31 day 'On Monday'");
  assert.equal(one('The ministry said on Wednesday that two men were held.', '2021-06-02'), "2021-06-02..2021-06-02 day 'on Wednesday'");
  assert.equal(one('The Polish minister will visit Kyiv on Friday.', '2021-06-02'), "2021-06-04..2021-06-04 day 'on Friday'");
  const ctx = datedContext('The envoy said on Monday that he would travel to Tallinn on Tuesday.', '2021-06-02');
  assert.deepEqual(ctx.dates.map((d) => `${d.text}=${show(d.interval)}`), ['on Monday=2021-05-31..2021-05-31', 'on Tuesday=2021-06-08..2021-06-08']);
});

test('mention offsets point at the mention in the normalised text', () => {
  const ctx = datedContext('Serbia\u00b4s army, in\u00a0the summer of 2005, signed.', '2017-03');
  const m = ctx.dates[0];
  assert.ok(m);
  assert.equal(ctx.text.slice(m.start, m.end), 'the summer of 2005');
  assert.equal(ctx.original.slice(ctx.offsets.toOriginal(m.start), ctx.offsets.toOriginal(m.end)), 'the summer of 2005');
});

test('day shifts need a day to shift from', () => {
  const ctx = datedContext('On 7 March 2017 the president spoke. The next day the envoy left. Two weeks later talks resumed.', '2017-04');
  assert.deepEqual(ctx.dates.map((d) => `${d.text}=${show(d.interval)}`), [
    '7 March 2017=2017-03-07..2017-03-07',
    'The next day=2017-03-08..2017-03-08',
    'Two weeks later=2017-03-22..2017-03-22',
  ]);
  assert.deepEqual(datedContext('In 2015 the president spoke. Two days later the envoy left.', '2017-04').dates.map((d) => d.text), ['2015']);
  const same = datedContext('On 9 May 2019 Chile protested. Peru replied the same day. In 2020 Peru spoke. Chile replied the same day.', '2021-01');
  assert.deepEqual(same.dates.map((d) => `${d.text}=${show(d.interval)}`), [
    '9 May 2019=2019-05-09..2019-05-09',
    'the same day=2019-05-09..2019-05-09',
    '2020=2020-01-01..2020-12-31',
  ]);
});

test('"four days after the crash" shifts the narrative day; "a decade after the war" gives no date', () => {
  const ctx = datedContext('On 2 June 2019 a Thai boat sank off Myanmar. Four days after the sinking, Thailand apologised.', '2020-01');
  assert.deepEqual(ctx.dates.map((d) => `${d.text}=${show(d.interval)}`), ['2 June 2019=2019-06-02..2019-06-02', 'Four days after=2019-06-06..2019-06-06']);
  const month = datedContext('In May 2011 Malta signed the pact. Two months after the signing, Italy objected.', '2020-01');
  assert.equal(show(month.sentenceDates[1]), '2011-07-01..2011-07-31');
  const years = datedContext('In 2006 Bosnia joined the programme. A decade after the war, the country was calm.', '2020-01');
  assert.deepEqual(years.dates.map((d) => d.text), ['2006']);
  const vague = datedContext('In 2006 Bosnia joined the programme. Two days after the vote the envoy left.', '2020-01');
  assert.deepEqual(vague.dates.map((d) => d.text), ['2006']);
});

test('"within the next year" is a span of time from now, not a date; "for that year" is one', () => {
  const ctx = datedContext('In 2019 Chile agreed to pay the fine. The sum is due within the next year. For that year, the target was met.', '2021-06');
  assert.deepEqual(ctx.dates.map((d) => `${d.text}=${show(d.interval)}`), ['2019=2019-01-01..2019-12-31', 'that year=2019-01-01..2019-12-31']);
  assert.deepEqual(datedContext('Peru will chair the council for the next year.', '2021-06').dates, []);
  const next = datedContext('In 2019 Chile agreed to pay. The following year, Peru paid.', '2021-06');
  assert.equal(show(next.sentenceDates[1]), '2020-01-01..2020-12-31');
});

test('"that June" and "the following June" take their year from the narrative', () => {
  const that = datedContext('In March 2004 Chile and Peru agreed on a border. The protocols were signed in Lima that June.', '2020-01');
  assert.equal(show(that.sentenceDates[1]), '2004-06-01..2004-06-30');
  const next = datedContext('Malta applied in July 1990. Talks opened the following June. The previous March had been calm.', '2020-01');
  assert.deepEqual(next.dates.map((d) => `${d.text}=${show(d.interval)}`), [
    'July 1990=1990-07-01..1990-07-31',
    'the following June=1991-06-01..1991-06-30',
    'The previous March=1991-03-01..1991-03-31',
  ]);
  // "that" after a noun still opens a relative clause when no date follows it.
  const rel = datedContext('In May 2012 the envoy met the minister that chaired the talks in 2010.', '2020-01');
  assert.equal(show(rel.sentenceDates[0]), '2012-05-01..2012-05-31');
});

test('weeks and weekends: last week, earlier this week, over the weekend, the following week', () => {
  // 2021-09-01 is a Wednesday; weeks run Monday to Sunday.
  const ctx = datedContext('Chile protested last week. Peru replied earlier this week. Talks stalled over the weekend. Bolivia will vote next week.', '2021-09-01');
  assert.deepEqual(ctx.dates.map((d) => `${d.text}=${show(d.interval)}`), [
    'last week=2021-08-23..2021-08-29',
    'earlier this week=2021-08-30..2021-09-01',
    'over the weekend=2021-08-28..2021-08-29',
    'next week=2021-09-06..2021-09-12',
  ]);
  const narrative = datedContext('On 3 March 2021 Chile protested. Peru replied the following week.', '2022-01');
  assert.equal(show(narrative.sentenceDates[1]), '2021-03-08..2021-03-14');
  // Published as a month only, "last week" names no week.
  assert.deepEqual(datedContext('Chile protested last week.', '2021-09').dates, []);
});

test('a range of days is one stretch, its first day taking month and year from the last', () => {
  assert.equal(one('The summit took place from 3 to 5 May 2019 in Sochi.'), "2019-05-03..2019-05-05 period 'from 3 to 5 May 2019'");
  assert.equal(one('The drill lasted from 10 May to 2 June 2019.'), "2019-05-10..2019-06-02 period 'from 10 May to 2 June 2019'");
  assert.equal(one('Talks ran May 3-5, 2019 in Lima.'), "2019-05-03..2019-05-05 period 'May 3-5, 2019'");
  assert.equal(one('Talks ran from 30 December to 2 January 2019.'), "2018-12-30..2019-01-02 period 'from 30 December to 2 January 2019'");
  // "and" joins a range only after "between"; two days are two days.
  assert.equal(one('The talks, held on 12 and 13 March 2018, failed.'), "2018-03-13..2018-03-13 day '13 March 2018'");
});

test('a date that is none is a warning naming it, and the rest of the text is still read', () => {
  const ctx = datedContext('Talks opened on 30 February 2015 in Geneva. They closed in March 2015.', '2017-03');
  assert.deepEqual(ctx.dates.map((d) => d.text), ['March 2015']);
  assert.equal(ctx.warnings.length, 1);
  assert.match(ctx.warnings[0] ?? '', /sentence 1: '30 February 2015' is not a calendar day/);
});
