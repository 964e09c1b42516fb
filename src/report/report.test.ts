import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DyadError } from '../core/errors.js';
import type { DyadEvent, Evidence, Milestone } from '../core/model.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/store.js';
import { intervalWords, periodWords, reportPeriod } from './_dates.js';
import { loadWords } from './_words.js';
import { buildReport, renderHtml, renderMarkdown } from './index.js';

const w = loadWords();

test('a period is given as years, months or days and widened to whole days', () => {
  assert.deepEqual(reportPeriod('2006', '2017', { from: '--from', to: '--to' }), { from: '2006-01-01', to: '2017-12-31' });
  assert.deepEqual(reportPeriod('2016-02', '2016-02', { from: 'f', to: 't' }), { from: '2016-02-01', to: '2016-02-29' });
  assert.deepEqual(reportPeriod(undefined, '2015-11-20', { from: 'f', to: 't' }), { to: '2015-11-20' });
  for (const [from, to, field] of [['2015-02-30', undefined, 'f'], ['2006-13', undefined, 'f'], ['06', undefined, 'f'], ['0000', undefined, 'f'], ['2017', '2006', 'f'], [undefined, 'soon', 't']] as const) {
    assert.throws(() => reportPeriod(from, to, { from: 'f', to: 't' }), (e: unknown) => e instanceof DyadError && e.code === 'BAD_ARGUMENT' && e.place?.field === field);
  }
  assert.equal(periodWords('2006-01-01', '2017-12-31', w), '2006–2017');
  assert.equal(periodWords('2006-03-01', undefined, w), 'since March 2006');
  assert.equal(intervalWords({ start: '2015-01-15', end: '2015-01-15', precision: 'day' }, w), '15 January 2015');
  assert.equal(intervalWords({ start: '2005-06-01', end: '2005-08-31', precision: 'season' }, w), 'June–August 2005');
  assert.equal(intervalWords(null, w), null);
});

test('the words file is checked: a missing template or a placeholder the report does not fill names the field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-words-'));
  try {
    const file = join(dir, 'words.yaml');
    writeFileSync(file, 'months: [a, b, c, d, e, f, g, h, i, j, k, l]\nbyline: x\n');
    assert.throws(() => loadWords(file), (e: unknown) => e instanceof DyadError && e.code === 'DATA_SCHEMA');
    assert.throws(() => w.t('summary', 'no-data', { a: 'A' }), (e: unknown) => e instanceof DyadError && e.code === 'DATA_SCHEMA' && /summary\.no-data/.test(e.place?.field ?? ''));
    assert.equal(w.list(['A', 'B', 'C']), 'A, B and C');
    assert.equal(w.t('summary', 'figures', { count: 1, subjects: 'Ruritania', newest: '2001' }), 'The texts cite 1 figure about Ruritania; the newest is from 2001.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// A made-up pair, Ruritania (RUR) and NATO, with a third party (XKX), so no sentence can come from elsewhere.
const TEXT = 'Ruritania joined the Partnership for Peace in March 2003. Its parliament praised NATO in May 2004, <b>loudly</b>. ' +
  'Vučić (Вучић) criticised NATO in June 2005. Ruritania hosted Kosovo officials in July 2005. Support for NATO stood at 41 percent.';

function span(needle: string): Evidence {
  const start = TEXT.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length, text: needle };
}

function ev(id: string, s: string, t: string, code: string, quadClass: 1 | 2 | 3 | 4, day: string, needle: string): DyadEvent {
  return { id, source: { principal: s, actor: s }, target: { principal: t, actor: t }, code, root: code.slice(0, 2), quadClass, goldstein: quadClass < 3 ? 3 : -2,
    date: { start: day, end: day, precision: 'day' }, evidence: span(needle), rule: 'r', confidence: 1 };
}

async function withStore(fn: (store: Store) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-report-'));
  const store = await openStore(join(dir, 'r.duckdb'));
  try {
    const milestone: Milestone = { id: 'm1', actor: 'RUR', org: 'NATO', instrument: 'PfP', status: 'joined', date: { start: '2003-03-01', end: '2003-03-31', precision: 'month' },
      evidence: span('joined the Partnership for Peace in March 2003'), rule: 'm' };
    // The criticism is quoted from page 2 of the document, as a PDF's evidence is.
    const criticised = ev('e2', 'RUR', 'NATO', '111', 3, '2005-06-10', 'criticised NATO in June 2005');
    const events = [
      ev('e1', 'RUR', 'NATO', '051', 1, '2004-05-10', 'Its parliament praised NATO in May 2004'),
      { ...criticised, evidence: { ...criticised.evidence, page: 2 } },
      ev('e3', 'RUR', 'XKX', '043', 1, '2005-07-10', 'Ruritania hosted Kosovo officials in July 2005'),
    ];
    await store.putDocument({ id: 'doc-rur', path: '/somewhere/ruritania-note.md', title: 'Ruritania <note>', published: '2006-01', text: TEXT, ingestedAt: '2026-01-01T00:00:00Z' },
      { document: { id: 'doc-rur', published: '2006-01' }, events, milestones: [milestone], warnings: [],
        indicators: [{ id: 'i1', subject: 'RUR', metric: 'support for NATO', value: 41, unit: '%', qualifier: null, date: null, evidence: span('41 percent'), rule: 'i' }] });
    const sink = await store.beginImport({ batchId: 'b1', file: 'events.csv', dataset: 'gdelt' });
    await sink.add([{ dataset: 'gdelt', rowKey: '987654', source: { principal: 'NATO', actor: 'NATO' }, target: { principal: 'RUR', actor: 'RUR' }, code: '042', root: '04',
      quadClass: 1, goldstein: 1.9, date: { start: '2005-09-01', end: '2005-09-01', precision: 'day' }, mentions: 3, sourceUrl: 'https://example.org/x', line: 1 }]);
    await sink.finish();
    await fn(store);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a report is written from the store: ladder steps, counts, the balance and every source quoted whole', async () => {
  await withStore(async (store) => {
    const r = await buildReport(store, { a: 'rur', b: 'NATO', from: '2003-01-01', to: '2005-12-31', against: 'XKX' });
    assert.equal(r.title, 'RUR and NATO, 2003–2005');
    assert.match(r.summary[0] ?? '', /^RUR joined NATO’s Partnership for Peace in March 2003\.$/);
    assert.ok(r.summary.some((s) => s === 'Of 3 events over 2003–2005, 2 are cooperative and 1 conflictual: cooperative events outnumber conflictual ones 2 to 1.'), r.summary.join('\n'));
    assert.match(r.ladder.standing, /stood on the rung “Partnership for Peace”/);
    assert.equal(r.timeline.rows.length, 4);
    // Every note of a document quotes the whole sentence, as the stored text has it.
    const notes = [...r.ladder.notes, ...r.indicators.notes, ...r.timeline.notes];
    for (const n of notes.filter((x) => x.quote)) assert.ok(TEXT.includes(n.quote ?? '?'), n.quote);
    const paged = notes.find((n) => n.quote === 'Vučić (Вучић) criticised NATO in June 2005.');
    assert.match(paged?.text ?? '', /published January 2006, p\. 2\.$/, 'a quote from a page names it');
    assert.ok(notes.filter((n) => n !== paged).every((n) => !/, p\. \d/.test(n.text)), 'a quote without a page names none');
    assert.ok(notes.some((n) => /^GDELT 2\.0 row 987654, https:\/\/example\.org\/x\.$/.test(n.text)), 'an imported event cites its dataset and row');
    assert.match(notes[0]?.text ?? '', /— Ruritania <note> \(ruritania-note\.md\), published January 2006\.$/);
    assert.equal(r.appendix.count, 3);
    assert.match(r.appendix.csv.split('\n')[0] ?? '', /^id,dataset,/);
    assert.deepEqual(r.balance?.balance.rows.map((x) => x.period), ['2004', '2005']);

    const html = renderHtml(r, { generator: 'Dyad test' });
    assert.ok(!html.includes('<note>') && html.includes('Ruritania &lt;note&gt;'), 'text is escaped');
    assert.ok(!/<script/i.test(html));
    assert.equal((html.match(/<svg[^>]*class="plot-/g) ?? []).length, 4, 'ladder, trend, cooperation and balance charts');
    assert.match(html, /href="data:text\/csv;charset=utf-8;base64,/);
    assert.equal(renderHtml(r, { generator: 'Dyad test' }), html, 'the same report renders to the same bytes');

    const md = renderMarkdown(r, { stem: 'rur', generator: 'Dyad test' });
    assert.deepEqual(md.files.map((f) => f.name), ['rur-ladder.svg', 'rur-trend.svg', 'rur-cooperation.svg', 'rur-balance.svg', 'rur-events.csv']);
    assert.match(md.files[0]?.content ?? '', /^<\?xml[^]*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(md.text, /\[\^1\]: “Ruritania joined the Partnership for Peace in March 2003\.”/);
    assert.match(md.text, /!\[[^\]]+\]\(rur-trend\.svg\)/);

    // A dyad with more events than the appendix holds says how many it leaves out and how to get them all.
    const capped = await buildReport(store, { a: 'RUR', b: 'NATO', from: '2003-01-01', to: '2005-12-31' }, { appendixEvents: 1, timelineEvents: 1 });
    assert.deepEqual([capped.appendix.rows, capped.appendix.count], [1, 3]);
    assert.equal(capped.appendix.csv.trim().split('\n').length, 2);
    assert.match(renderHtml(capped, { generator: 'x' }), /The first 1 of 3 events of the report, in date order, as CSV: <a download=/);
    assert.match(capped.timeline.intro, /^The first 1 of 3 events in date order/);
  });
});

test('a dyad with no data, or a period with no events, says so plainly', async () => {
  await withStore(async (store) => {
    const none = await buildReport(store, { a: 'RUR', b: 'CSTO' });
    assert.deepEqual(none.summary, ['Dyad holds no events and no ladder steps between RUR and CSTO.']);
    assert.equal(none.timeline.rows.length, 0);
    const quiet = await buildReport(store, { a: 'RUR', b: 'NATO', from: '1990-01-01', to: '1991-12-31' });
    assert.deepEqual(quiet.summary, ['Dyad holds no events and no ladder steps between RUR and NATO for 1990–1991.']);
    assert.match(quiet.trend.empty ?? '', /No dated events between RUR and NATO in 1990–1991/);
    assert.match(renderMarkdown(quiet, { stem: 'q', generator: 'x' }).text, /No events\./);
    // A name Dyad does not know is an error, not an empty report.
    await assert.rejects(buildReport(store, { a: 'RUR', b: 'XYZ' }), (e: unknown) => e instanceof DyadError && e.code === 'UNKNOWN_ACTOR' && e.place?.field === 'b');
    await assert.rejects(buildReport(store, { a: 'RUR', b: 'rur' }), (e: unknown) => e instanceof DyadError && e.code === 'BAD_ARGUMENT');
    await assert.rejects(buildReport(store, { a: 'RUR', b: 'NATO', against: 'NATO' }), (e: unknown) => e instanceof DyadError && e.place?.field === 'against');
  });
});
