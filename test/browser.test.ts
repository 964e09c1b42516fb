/**
 * The dashboard in headless Chromium over the fixture store: pick a dyad, see its events, open one's
 * evidence with the sentence highlighted; the balance and document views; markup in a document shown
 * as text, never run; the layout at a phone's width. Each test leaves a screenshot in test-results/.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildServer } from '../src/server/index.js';
import { dashboardSession, pickOnTimeline, listen, needBrowser, screenshot, viewReady, WEB_ROOT } from './browser-harness.js';
import { DOCS, docId, fixtureStore, type Fixture } from './server-fixture.js';

const TOKEN = 'browser-token-51f0';
let fx: Fixture | null = null;
const dashboard = dashboardSession({
  async start() {
    fx = await fixtureStore();
    return buildServer({ store: fx.store, token: TOKEN, webRoot: WEB_ROOT });
  },
  async close() { await fx?.close(); },
});
const page = dashboard.page;

describe('dashboard', () => {
  test('pick SRB–NATO, see the 2015 events, open one and see its sentence highlighted', async (t) => {
    if (!needBrowser(t)) return;
    const p = await page();
    await pickOnTimeline(p, dashboard.base, { a: 'SRB', b: 'NATO', from: '2015-01-01', to: '2015-12-31' });
    await p.waitForSelector('ol.timeline');
    const url = new URL(p.url());
    assert.equal(url.searchParams.get('dyad'), 'SRB:NATO');
    assert.equal(url.searchParams.get('view'), 'timeline');
    assert.equal(url.searchParams.get('from'), '2015-01-01');
    const whens = await p.$$eval('ol.timeline li.ev .when', (els) => els.map((e) => e.textContent ?? ''));
    assert.equal(whens.length, 2);
    assert.ok(whens.every((w) => w.startsWith('2015')), whens.join(','));
    const milestones = await p.$$eval('ol.timeline li.ms', (els) => els.length);
    assert.equal(milestones, 1, 'the 2015 milestone only; 2006 is outside the period');

    const visit = p.locator('ol.timeline li.ev button', { hasText: 'NATO → SRB' });
    await visit.focus();
    await p.keyboard.press('Enter');
    const mark = p.locator('#evidence mark.hl');
    await mark.waitFor();
    assert.equal(await mark.textContent(), 'The NATO Secretary General visited Belgrade on 19 November 2015.');
    assert.match((await p.locator('#evidence .facts').textContent()) ?? '', /fixture-rule-042/);
    assert.ok(new URL(p.url()).searchParams.get('event'), 'the open event is in the URL');
    await screenshot(p, 'timeline-evidence');

    // The address alone brings the same view back, evidence open.
    const shared = await page();
    await shared.goto(p.url());
    await shared.locator('#evidence mark.hl').waitFor();
    assert.equal(await shared.locator('#evidence mark.hl').textContent(), await mark.textContent());
    await shared.close();

    await p.keyboard.press('Escape');
    assert.equal(await p.locator('#evidence').isHidden(), true);
    await p.close();
  });

  test('the trend view draws both directions with quad classes told by shape as well as colour', async (t) => {
    if (!needBrowser(t)) return;
    const p = await page();
    await p.goto(`${dashboard.base}/?view=trend&dyad=SRB:RUS`);
    await viewReady(p);
    await p.selectOption('#by', 'quarter');
    await p.click('#filters button[type=submit]');
    await p.waitForFunction(() => new URL(location.href).searchParams.get('by') === 'quarter');
    await viewReady(p);
    await p.locator('h2', { hasText: 'events by quarter' }).waitFor();
    const charts = await p.locator('figure.chart svg').count();
    assert.ok(charts >= 2, `charts: ${charts}`);
    const symbols = await p.$$eval('figure.chart svg [aria-label="symbol"] path, figure.chart svg g[aria-label=dot] path', (els) => new Set(els.map((e) => e.getAttribute('d'))).size);
    assert.ok(symbols >= 2, 'more than one marker shape');
    await screenshot(p, 'trend');
    // Another source: the fixture holds documents only, so GDELT has nothing for this dyad.
    await p.selectOption('#dataset', 'gdelt');
    await p.click('#filters button[type=submit]');
    await p.locator('p.empty').waitFor();
    assert.equal(new URL(p.url()).searchParams.get('dataset'), 'gdelt');
    await p.close();
  });

  test('the ladder view draws the step chart and opens a step\'s sentence', async (t) => {
    if (!needBrowser(t)) return;
    const p = await page();
    await p.goto(`${dashboard.base}/?view=ladder&dyad=SRB:NATO&to=2016-01-01`);
    await viewReady(p);
    const heading = (await p.locator('#ladder-NATO').textContent()) ?? '';
    assert.match(heading, /NATO: Individual Partnership Action Plan since 2015-01$/, 'at the month the text states');
    assert.ok(await p.locator('section.ladder figure.chart svg').count() >= 1);
    const steps = await p.locator('section.ladder:has(#ladder-NATO) ol.steps button').allTextContents();
    assert.equal(steps.length, 2);
    await p.locator('section.ladder:has(#ladder-NATO) ol.steps button').first().click();
    await p.locator('#evidence mark.hl').waitFor();
    assert.equal(await p.locator('#evidence mark.hl').textContent(), 'Serbia had joined the Partnership for Peace in December 2006.');
    await screenshot(p, 'ladder');
    await p.close();
  });

  test('the balance view sets SRB–NATO against SRB–RUS', async (t) => {
    if (!needBrowser(t)) return;
    const p = await page();
    await p.goto(`${dashboard.base}/?view=balance&dyad=SRB:NATO&vs=RUS`);
    await viewReady(p);
    const lean = (await p.locator('#lean').textContent()) ?? '';
    assert.match(lean, /NATO: 2 events/);
    assert.match(lean, /RUS: 3 events/);
    const rows = await p.locator('table.balance tbody tr').count();
    assert.ok(rows >= 2);
    await screenshot(p, 'balance');
    await p.close();
  });

  test('document text with <script> and onerror= markup is shown as text, never run', async (t) => {
    if (!needBrowser(t)) return;
    const p = await page();
    const id = docId(DOCS.hostile.text);
    await p.goto(`${dashboard.base}/?view=documents&doc=${id}`);
    await viewReady(p);
    const shown = (await p.locator('#doc-text').textContent()) ?? '';
    assert.equal(shown, DOCS.hostile.text, 'the text appears exactly as stored');
    assert.equal(await p.locator('#doc-text img, #doc-text script, #doc-text b').count(), 0);
    assert.equal(await p.locator('h2', { hasText: '<script>alert(1)</script>' }).count(), 1, 'the title too is text');
    const marked = (await p.locator('#doc-text mark.ev').textContent()) ?? '';
    assert.ok(marked.includes('onmouseover='));
    await p.locator('#doc-text mark.ev').hover();
    assert.equal(await p.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    await screenshot(p, 'hostile-document');
    await p.close();
  });

  test('a document view marks every extraction in the text', async (t) => {
    if (!needBrowser(t)) return;
    const p = await page();
    await p.goto(`${dashboard.base}/?view=documents&doc=${docId(DOCS.visit.text)}`);
    await viewReady(p);
    assert.equal(await p.locator('#doc-text mark.ev').count(), 2);
    assert.equal(await p.locator('#doc-text mark.ms').count(), 2);
    assert.equal(await p.locator('#doc-text mark.in').count(), 1);
    assert.equal(await p.locator('.doc-index li').count(), 5);
    await screenshot(p, 'document');
    await p.close();
  });

  test('a private server asks for its token before it shows anything', async (t) => {
    if (!needBrowser(t)) return;
    assert.ok(fx);
    const priv = await buildServer({ store: fx.store, token: TOKEN, private: true, webRoot: WEB_ROOT });
    try {
      const url = await listen(priv);
      const p = await page();
      await p.goto(`${url}/?view=timeline&dyad=SRB:NATO`);
      await p.locator('#read-token').waitFor();
      assert.equal(await p.locator('ol.timeline').count(), 0);
      await p.fill('#read-token', TOKEN);
      await p.click('form.token button[type=submit]');
      await p.waitForSelector('ol.timeline li.ev');
      assert.equal(await p.locator('ol.timeline li.ev').count(), 2);
      await screenshot(p, 'private-token');
      await p.close();
    } finally {
      await priv.close();
    }
  });

  test("on a phone's width the timeline fits without sideways scrolling", async (t) => {
    if (!needBrowser(t)) return;
    const p = await page(390, 844);
    await p.goto(`${dashboard.base}/?view=timeline&dyad=SRB:RUS`);
    await viewReady(p);
    await p.waitForSelector('ol.timeline');
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `page is ${overflow}px wider than the screen`);
    await p.locator('ol.timeline li.ev button').first().click();
    await p.locator('#evidence mark.hl').waitFor();
    await screenshot(p, 'phone-timeline');
    for (const view of ['trend', 'ladder', 'balance', 'indicators', 'documents', 'add']) {
      await p.goto(`${dashboard.base}/?view=${view}&dyad=SRB:NATO&vs=RUS&to=2016-01-01`);
      await viewReady(p);
      const wider = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(wider <= 1, `${view}: the page is ${wider}px wider than the screen`);
    }
    await screenshot(p, 'phone-add');
    await p.close();
  });
});
