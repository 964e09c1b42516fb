import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DyadError } from '../core/errors.js';
import { buildReport, dateFits, foldUnit, goldDateSpan, renderReport, resolveGold, scoreFile, valueFits } from './index.js';
import type { ExtractedEvent, ExtractedIndicator, ExtractedMilestone, ExtractionLike, GoldFileEntry } from './index.js';

const DOC = [
  'In March 2004 Slovakia joined NATO after years of preparation.', // 0..
  'The Croatian Parliament ratified the SOFA in June 2004.',
  'Georgia and NATO signed an agreement\u00a0on transit in 2005.',
  'Around 45 percent of Finns backed membership, and 2.000 tonnes of ammunition were destroyed.',
].join(' ');

const at = (quote: string) => {
  const start = DOC.indexOf(quote);
  assert.ok(start >= 0, `test fixture: ${quote}`);
  return { start, end: start + quote.length, text: quote };
};

function gold(entry: Partial<GoldFileEntry>) {
  const full: GoldFileEntry = { document: 'doc.txt', published: '2006-01', ...entry };
  return resolveGold('/tmp/x.gold.json', JSON.stringify(full, null, 2), () => DOC);
}

function ev(p: Partial<ExtractedEvent> & { quote: string }): ExtractedEvent {
  const { quote, ...rest } = p;
  return {
    source: { principal: 'SVK' },
    target: { principal: 'NATO' },
    code: '057',
    date: { start: '2004-03-01', end: '2004-03-31' },
    evidence: at(quote),
    rule: 'test-rule',
    ...rest,
  };
}

const none: ExtractionLike = { events: [], milestones: [], indicators: [] };
const slovakia = { id: 'g1', date: '2004', source: 'SVK', target: 'NATO', code: '057', quote: 'Slovakia joined NATO' };

test('gold dates become intervals of days, open sides included', () => {
  assert.deepEqual(goldDateSpan('2015'), { start: '2015-01-01', end: '2015-12-31' });
  assert.deepEqual(goldDateSpan('2016-02'), { start: '2016-02-01', end: '2016-02-29' });
  assert.deepEqual(goldDateSpan('2005-06/2005-08'), { start: '2005-06-01', end: '2005-08-31' });
  assert.deepEqual(goldDateSpan('/2006'), { start: null, end: '2006-12-31' });
  assert.deepEqual(goldDateSpan('2010/'), { start: '2010-01-01', end: null });
  assert.equal(goldDateSpan(null), null);
  for (const bad of ['2015-13', '2015-02-30', '/', '2016/2015', 'summer']) assert.equal(goldDateSpan(bad), undefined, bad);
});

test('an extracted date fits only when it lies inside the gold interval', () => {
  const nov = goldDateSpan('2015-11') ?? null;
  assert.equal(dateFits(nov, { start: '2015-11-16', end: '2015-11-16' }), true);
  assert.equal(dateFits(nov, { start: '2015-01-01', end: '2015-12-31' }), false);
  assert.equal(dateFits(nov, null), false);
  assert.equal(dateFits(null, null), true);
  assert.equal(dateFits(null, { start: '1999-01-01', end: '1999-12-31' }), true);
  const before = goldDateSpan('/2006') ?? null;
  assert.equal(dateFits(before, { start: null, end: '2005-12-31' }), true);
  assert.equal(dateFits(before, { start: '2007-01-01', end: '2007-12-31' }), false);
  assert.equal(dateFits(goldDateSpan('2010/') ?? null, { start: null, end: '2012-01-01' }), false);
});

test('units fold case, plurals, percent and tonnes; values match within 0.5 %', () => {
  assert.equal(foldUnit('percent'), '%');
  assert.equal(foldUnit('Per  cent'), '%');
  assert.equal(foldUnit('tonnes'), 't');
  assert.equal(foldUnit('Tons'), 't');
  assert.equal(foldUnit('States'), foldUnit('state'));
  assert.equal(foldUnit('countries'), foldUnit('country'));
  assert.notEqual(foldUnit('states'), foldUnit('troops'));
  assert.equal(valueFits(2000, 2009), true);
  assert.equal(valueFits(2000, 2011), false);
  assert.equal(valueFits(0, 0), true);
});

test('an event matches on overlapping span, principals, root and date', () => {
  const g = gold({ events: [slovakia] });
  const ok = scoreFile(g, { ...none, events: [ev({ quote: 'In March 2004 Slovakia joined' })] });
  assert.equal(ok.events.f1, 1);
  const elsewhere = scoreFile(g, { ...none, events: [ev({ quote: 'Georgia and NATO signed' })] });
  assert.equal(elsewhere.events.matchedRequired, 0);
  const wrongRoot = scoreFile(g, { ...none, events: [ev({ quote: 'Slovakia joined', code: '042' })] });
  assert.equal(wrongRoot.events.matchedRequired, 0);
  const wrongDate = scoreFile(g, { ...none, events: [ev({ quote: 'Slovakia joined', date: { start: '2003-01-01', end: '2004-12-31' } })] });
  assert.equal(wrongDate.events.matchedRequired, 0);
  assert.equal(wrongDate.eventsIgnoringDates.matchedRequired, 1);
  const noDate = scoreFile(g, { ...none, events: [ev({ quote: 'Slovakia joined', date: null })] });
  assert.equal(noDate.events.matchedRequired, 0);
});

test('source and target may swap only where the gold says either_direction', () => {
  const swapped = ev({ quote: 'Georgia and NATO signed', source: { principal: 'NATO' }, target: { principal: 'GEO' }, date: { start: '2005-01-01', end: '2005-12-31' } });
  const base = { id: 'g2', date: '2005', source: 'GEO', target: 'NATO', code: '057', quote: 'Georgia and NATO signed an agreement\u00a0on transit' };
  assert.equal(scoreFile(gold({ events: [base] }), { ...none, events: [swapped] }).events.matchedRequired, 0);
  assert.equal(scoreFile(gold({ events: [{ ...base, either_direction: true }] }), { ...none, events: [swapped] }).events.matchedRequired, 1);
});

test('alt_codes roots match, and full-code agreement counts exact codes only', () => {
  const g = gold({ events: [{ ...slovakia, code: '057', alt_codes: ['0311'] }, { ...slovakia, id: 'g9', code: '040' }] });
  const x = scoreFile(g, { ...none, events: [ev({ quote: 'Slovakia joined', code: '031' }), ev({ quote: 'Slovakia joined', code: '043' })] });
  assert.equal(x.events.matchedRequired, 2);
  assert.deepEqual([x.codeAgreement.agreeing, x.codeAgreement.matched], [0, 2]);
  const y = scoreFile(g, { ...none, events: [ev({ quote: 'Slovakia joined', code: '0311' }), ev({ quote: 'Slovakia joined', code: '040' })] });
  assert.equal(y.codeAgreement.share, 1);
});

test('matching is one-to-one and greedy with required gold first', () => {
  const optionalFirst = gold({ events: [{ ...slovakia, id: 'opt', optional: true }, { ...slovakia, id: 'req' }] });
  const one = scoreFile(optionalFirst, { ...none, events: [ev({ quote: 'Slovakia joined' })] });
  assert.deepEqual([one.events.matchedRequired, one.events.matchedOptional], [1, 0]);
  assert.equal(one.events.f1, 1);
  const two = scoreFile(optionalFirst, { ...none, events: [ev({ quote: 'Slovakia joined' }), ev({ quote: 'Slovakia joined' })] });
  assert.deepEqual([two.events.matchedRequired, two.events.matchedOptional], [1, 1]);
  const three = scoreFile(optionalFirst, { ...none, events: [1, 2, 3].map(() => ev({ quote: 'Slovakia joined' })) });
  assert.equal(three.events.precision, 1 / 2);
  assert.equal(three.falseAlarms.length, 1);
});

test('optional gold is neither required nor penalised', () => {
  const g = gold({ events: [{ ...slovakia, optional: true }] });
  const missed = scoreFile(g, none);
  assert.deepEqual([missed.events.precision, missed.events.recall, missed.misses.length], [1, 1, 0]);
  const found = scoreFile(g, { ...none, events: [ev({ quote: 'Slovakia joined' })] });
  assert.deepEqual([found.events.precision, found.events.recall, found.falseAlarms.length], [1, 1, 0]);
});

test('over several files counts are summed before the ratios', () => {
  const g = gold({ events: [slovakia] });
  const hit = scoreFile(g, { ...none, events: [ev({ quote: 'Slovakia joined' })] });
  const g3 = gold({ events: [slovakia, { ...slovakia, id: 'g2' }, { ...slovakia, id: 'g3' }] });
  const miss = scoreFile(g3, none);
  const report = buildReport([hit, miss]);
  assert.equal(report.total.events.recall, 1 / 4);
  assert.equal(report.total.events.precision, 1);
  assert.equal(report.total.events.f1, (2 * 0.25) / 1.25);
});

test('milestones match on actor, org, instrument, status and date', () => {
  const g = gold({ milestones: [{ actor: 'HRV', org: 'NATO', instrument: 'SOFA', status: 'ratified', date: '2004-06' }] });
  const m = (p: Partial<ExtractedMilestone>): ExtractedMilestone => ({
    actor: 'HRV', org: 'NATO', instrument: 'SOFA', status: 'ratified', date: { start: '2004-06-01', end: '2004-06-30' }, ...p,
  });
  assert.equal(scoreFile(g, { ...none, milestones: [m({})] }).milestones.f1, 1);
  for (const wrong of [{ actor: 'SVN' }, { org: 'EU' }, { instrument: 'IPAP' }, { status: 'signed' }, { date: { start: '2004-01-01', end: '2004-12-31' } }]) {
    const s = scoreFile(g, { ...none, milestones: [m(wrong)] });
    assert.equal(s.milestones.matchedRequired, 0, JSON.stringify(wrong));
    assert.match(s.misses[0]?.near ?? '', /differs in/);
  }
});

test('indicators match on subject, folded unit and value within 0.5 %', () => {
  const g = gold({ indicators: [
    { subject: 'FIN', what: 'support for membership', value: 45, unit: '%', date: null, quote: 'Around 45 percent of Finns' },
    { subject: 'UKR', what: 'ammunition destroyed', value: 2000, unit: 'tons', date: null, quote: '2.000 tonnes of ammunition' },
  ] });
  const n = (p: Partial<ExtractedIndicator>): ExtractedIndicator => ({ subject: 'FIN', value: 45, unit: 'percent', ...p });
  const s = scoreFile(g, { ...none, indicators: [n({}), n({ subject: 'UKR', value: 2000, unit: 't' })] });
  assert.equal(s.indicators.f1, 1);
  const wrong = scoreFile(g, { ...none, indicators: [n({ value: 46 }), n({ subject: 'UKR', value: 2000, unit: 'troops' })] });
  assert.equal(wrong.indicators.matchedRequired, 0);
  assert.equal(wrong.falseAlarms.length, 2);
});

test('misses carry the quote and what came closest; false alarms their evidence and rule', () => {
  const g = gold({ events: [slovakia] });
  const s = scoreFile(g, { ...none, events: [ev({ quote: 'Slovakia joined NATO after', date: { start: '2003-01-01', end: '2003-12-31' } }), ev({ quote: 'Georgia and NATO signed', rule: 'sign-active' })] });
  assert.equal(s.misses.length, 1);
  assert.equal(s.misses[0]?.quote, slovakia.quote);
  assert.match(s.misses[0]?.near ?? '', /differs in date/);
  assert.equal(s.falseAlarms.length, 2);
  assert.ok(s.falseAlarms.some((a) => a.rule === 'sign-active' && a.evidence === 'Georgia and NATO signed'));
  const text = renderReport(buildReport([s]));
  assert.match(text, /misses \(1\)/);
  assert.match(text, /false alarms \(2\)/);
  assert.match(text, /\[sign-active\]/);
});

test('a quote missing from the document is an error naming the gold file, the event and the field', () => {
  assert.throws(
    () => gold({ events: [{ ...slovakia, quote: 'Slovakia joined\u00a0NATO' }] }),
    (e: unknown) => e instanceof DyadError && e.code === 'DATA_SCHEMA' && e.place?.file === '/tmp/x.gold.json' && e.place.field === 'events[g1].quote' && typeof e.place.line === 'number',
  );
});

test('a gold file without published or without some lists still loads', () => {
  const g = resolveGold('/tmp/x.gold.json', JSON.stringify({ document: 'doc.txt', events: [slovakia] }), () => DOC);
  assert.equal(g.published, null);
  assert.deepEqual([g.events.length, g.milestones.length, g.indicators.length], [1, 0, 0]);
});

test('a gold file that breaks the format is a schema error with its line', () => {
  const bad = { document: 'doc.txt', published: '2006', events: [{ ...slovakia, code: 'fifty' }] };
  assert.throws(
    () => resolveGold('/tmp/x.gold.json', JSON.stringify(bad, null, 2), () => DOC),
    (e: unknown) => e instanceof DyadError && e.code === 'DATA_SCHEMA' && e.place?.line === 10 && e.place.field === '/events/0/code',
  );
  assert.throws(
    () => gold({ events: [slovakia, { ...slovakia }] }),
    (e: unknown) => e instanceof DyadError && e.code === 'DATA_SCHEMA' && /twice/.test(e.message) === true,
  );
});
