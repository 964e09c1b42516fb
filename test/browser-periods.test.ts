/**
 * The dashboard tells no more than the data, in headless Chromium over the fixture store and a note
 * written for this test: the period applies to milestones, indicators and ladder steps; an event dated
 * only to a year is listed as the year and drawn across it; periods without events get no marker and
 * count axes only whole numbers; the balance shows the net that decides the lean; a note's blanked
 * front matter is not shown; a step beside the ladder opens its sentence. Screenshots in test-results/.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Extraction } from '../src/core/model.js';
import { buildServer } from '../src/server/index.js';
import { dashboardSession, needBrowser, screenshot, viewReady, WEB_ROOT } from './browser-harness.js';
import { docId, fixtureStore, type Fixture } from './server-fixture.js';

// A note whose front matter was blanked on ingest (spaces and line breaks, so offsets stay file offsets).
const BODY =
  'In 2009 Serbia and NATO held talks on a partnership. ' +
  'Serbia ratified the Status of Forces Agreement with NATO in July 2019. ' +
  'Serbian defence spending was 1234567 EUR in 2009.';
const NOTE = `${' '.repeat(3)}\n${' '.repeat(24)}\n${' '.repeat(20)}\n${' '.repeat(3)}\n\n${BODY}`;

function at(needle: string): { start: number; end: number; text: string } {
  const start = NOTE.indexOf(needle);
  assert.ok(start >= 0, needle);
  return { start, end: start + needle.length, text: needle };
}

let fx: Fixture | null = null;
const dashboard = dashboardSession({
  async start() {
    fx = await fixtureStore();
    const id = docId(NOTE);
    const x: Extraction = {
      document: { id, published: '2019-08-01', title: 'Periods note' },
      events: [{
        id: 'per-e1', source: { principal: 'SRB', actor: 'SRB' }, target: { principal: 'NATO', actor: 'NATO' }, code: '036', root: '03',
        quadClass: 1, goldstein: 4, date: { start: '2009-01-01', end: '2009-12-31', precision: 'year' },
        evidence: at('In 2009 Serbia and NATO held talks on a partnership.'), rule: 'periods-rule-year', confidence: 0.7,
      }],
      milestones: [{
        id: 'per-m1', actor: 'SRB', org: 'NATO', instrument: 'SOFA', status: 'ratified',
        date: { start: '2019-07-01', end: '2019-07-31', precision: 'month' },
        evidence: at('Serbia ratified the Status of Forces Agreement with NATO in July 2019.'), rule: 'periods-ms',
      }],
      indicators: [{
        id: 'per-i1', subject: 'SRB', metric: 'defence spending', value: 1234567, unit: 'EUR', qualifier: null,
        date: { start: '2009-01-01', end: '2009-12-31', precision: 'year' }, evidence: at('1234567 EUR in 2009'), rule: 'periods-ind',
      }],
      warnings: [],
    };
    await fx.store.putDocument({ id, title: 'Periods note', published: '2019-08-01', text: NOTE, ingestedAt: '2026-01-01T00:00:00.000Z' }, x);
    return buildServer({ store: fx.store, token: 'periods-browser-9a3d', webRoot: WEB_ROOT });
  },
  async close() { await fx?.close(); },
});
const page = dashboard.page;

/** The tick labels of the chart's x axis. */
async function xTicks(p: Page): Promise<string[]> {
  return p.$$eval('figure.chart svg [aria-label="x-axis tick label"] text', (els) => els.map((e) => e.textContent ?? ''));
}

describe('the dashboard at the precision of its data', () => {
  test('the 2015 timeline lists and draws the 2015 milestone only', async (t) => {
    if (!needBrowser(t)) return;
    const p = await page();
    await p.goto(`${dashboard.base}/?view=timeline&dyad=SRB:NATO&from=2015-01-01&to=2015-12-31`);
    await viewReady(p);
    const ms = await p.$$eval('ol.timeline li.ms .when', (els) => els.map((e) => e.textContent ?? ''));
    assert.deepEqual(ms, ['2015-01'], 'the month-precise step of 2015, listed as its month; not 2006 or 2019');
    assert.match((await p.locator('p.summary').first().textContent()) ?? '', /2 events, 1 milestone from 2015-01-01 to 2015-12-31/);
    // The axis is the period: nothing stretches it to 2006 or 2019.
    const ticks = await xTicks(p);
    assert.ok(ticks.length > 0 && ticks.every((x) => !/20(0\d|1[0-46-9])/.test(x)), ticks.join(' '));
    await screenshot(p, 'periods-timeline-2015');
    await p.close();
  });

  test('an event known only to its year is listed as the year and drawn across it', async (t) => {
    if (!needBrowser(t)) return;
    const p = await page();
    await p.goto(`${dashboard.base}/?view=timeline&dyad=SRB:NATO`);
    await viewReady(p);
    const whens = await p.$$eval('ol.timeline li .when', (els) => els.map((e) => e.textContent ?? ''));
    assert.ok(whens.includes('2009'), whens.join(', '));
    assert.ok(!whens.some((w) => w.startsWith('2009-01-01')), whens.join(', '));
    assert.ok(whens.includes('2019-07'), 'the SOFA step, at its month');
    await screenshot(p, 'periods-timeline-all');

    await p.goto(`${dashboard.base}/?view=timeline&dyad=SRB:NATO&from=2009-01-01&to=2009-12-31`);
    await viewReady(p);
    assert.deepEqual(await p.$$eval('ol.timeline li .when', (els) => els.map((e) => e.textContent ?? '')), ['2009']);
    // A bar from the first to the last day of 2009: the whole width of the axis, not a dot on 1 January.
    const bar = await p.$$eval('figure.chart svg [aria-label="bar"] rect', (els) => els.map((e) => Number(e.getAttribute('width'))));
    assert.equal(bar.length, 1);
    const frame = await p.$eval('figure.chart svg [aria-label="x-axis tick"]', (g) => (g as SVGGraphicsElement).getBBox().width);
    assert.ok(bar[0]! >= frame * 0.95, `bar ${bar[0]} px, axis ${frame} px`);
    assert.equal(await p.locator('figure.chart svg [aria-label="dot"] path').count(), 0, 'no dot for a year-only event');
    await screenshot(p, 'periods-timeline-2009');
    await p.close();
  });

  test('indicators follow the period; large figures are grouped', async (t) => {
    if (!needBrowser(t)) return;
    const p = await page();
    await p.goto(`${dashboard.base}/?view=indicators&dyad=SRB:NATO`);
    await viewReady(p);
    assert.equal(await p.locator('table.data tbody tr').count(), 2, 'all figures without a period, the undated one too');
    await p.goto(`${dashboard.base}/?view=indicators&dyad=SRB:NATO&from=2009-01-01&to=2009-12-31`);
    await viewReady(p);
    const rows = await p.$$eval('table.data tbody tr', (trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? '')));
    assert.deepEqual(rows.map((r) => r.slice(1, 4)), [['defence spending', '1,234,567 EUR', '2009']]);
    await screenshot(p, 'periods-indicators-2009');
    await p.goto(`${dashboard.base}/?view=indicators&dyad=SRB:NATO&from=2015-01-01&to=2015-12-31`);
    await viewReady(p);
    assert.equal(await p.locator('p.empty', { hasText: 'No indicators in this period' }).count(), 1);
    await p.close();
  });

  test('by quarter, only periods with events get a marker and the count axis has whole numbers', async (t) => {
    if (!needBrowser(t)) return;
    assert.ok(fx);
    const p = await page();
    await p.goto(`${dashboard.base}/?view=trend&dyad=SRB:NATO&by=quarter`);
    await viewReady(p);
    const rows = await fx.store.dyadSeries({ a: 'SRB', b: 'NATO', by: 'quarter' });
    const nonZero = rows.filter((r) => r.direction !== 'both').reduce((n, r) => n + r.quad.filter((q) => q > 0).length, 0);
    const quadDots = await p.locator('figure.chart').first().locator('svg [aria-label="dot"] path').count();
    assert.equal(quadDots, nonZero, 'one marker per quad class and quarter that holds events, none for the dozens of empty quarters');
    // The event known only to 2009 is not drawn in 2009-Q1; the note says one event was left out.
    assert.ok(!rows.some((r) => r.period.startsWith('2009')), rows.map((r) => r.period).join(' '));
    assert.match((await p.locator('p.unplaced').textContent()) ?? '', /^1 event is dated less precisely than a quarter/);
    const yTicks = await p.locator('figure.chart').first().locator('svg [aria-label="y-axis tick label"] text').allTextContents();
    assert.ok(yTicks.length >= 2 && yTicks.every((x) => /^\d[\d,]*$/.test(x)), yTicks.join(' '));
    await screenshot(p, 'periods-trend-quarter');
    await p.close();
  });

  test('the ladder lists the period\'s steps, and the SOFA beside the ladder opens its sentence', async (t) => {
    if (!needBrowser(t)) return;
    const p = await page();
    await p.goto(`${dashboard.base}/?view=ladder&dyad=SRB:NATO&from=2010-01-01&to=2020-01-01`);
    await viewReady(p);
    const nato = p.locator('section.ladder:has(#ladder-NATO) ol.steps');
    assert.match((await p.locator('section.ladder:has(#ladder-NATO) p.earlier').textContent()) ?? '', /1 earlier step, before 2010-01-01/);
    const items = await nato.locator('li').allTextContents();
    assert.equal(items.length, 2, 'the period\'s step and the SOFA');
    assert.ok(items.some((x) => x.startsWith('2015-01 · IPAP signed')), items.join(' | '));
    await nato.locator('li.side button', { hasText: 'SOFA ratified' }).click();
    await p.locator('#evidence mark.hl').waitFor();
    assert.equal(await p.locator('#evidence mark.hl').textContent(), 'Serbia ratified the Status of Forces Agreement with NATO in July 2019.');
    // The note opens with blanked front matter: the panel shows the text, not an empty block, and the
    // sentence is in view.
    const first = await p.$eval('#evidence .doc-text', (d) => d.textContent ?? '');
    assert.ok(first.startsWith('In 2009'), JSON.stringify(first.slice(0, 30)));
    const inView = await p.$eval('#evidence mark.hl', (m) => {
      const r = m.getBoundingClientRect();
      const panel = document.getElementById('evidence')!.getBoundingClientRect();
      return r.top >= panel.top && r.bottom <= panel.bottom;
    });
    assert.ok(inView, 'the sentence is scrolled into view');
    await screenshot(p, 'periods-ladder-sofa');
    await p.close();
  });

  test('the balance table shows the net that decides the lean', async (t) => {
    if (!needBrowser(t)) return;
    const p = await page();
    await p.goto(`${dashboard.base}/?view=balance&dyad=SRB:NATO&vs=RUS`);
    await viewReady(p);
    const heads = await p.locator('table.balance thead th').allTextContents();
    assert.ok(heads.includes('SRB–NATO net') && heads.includes('SRB–RUS net'), heads.join(' | '));
    const total = await p.locator('table.balance tfoot td').allTextContents();
    const lean = (await p.locator('#lean').textContent()) ?? '';
    const nets = await p.locator('table.balance tfoot td.net').allTextContents();
    assert.equal(nets.length, 2);
    for (const n of nets) assert.ok(lean.includes(`net ${n}`), `${lean} / ${n}`);
    assert.ok(total.length >= 7);
    await screenshot(p, 'periods-balance');
    await p.close();
  });
});
