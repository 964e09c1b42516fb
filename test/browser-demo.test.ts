/**
 * The dashboard over the demo corpus (examples/, loaded the way `dyad demo` loads it, with the real
 * extractor): pick SRB–NATO, see the 2015 events, open one and see its sentence highlighted; the
 * ladder, balance and indicator views; paste and upload a document with the token and see it
 * extracted. Screenshots go to test-results/.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { lazyExtractor } from '../src/cli/commands/serve.js';
import { packagePath } from '../src/core/paths.js';
import { findDocuments, ingestFiles } from '../src/ingest/index.js';
import { createExtractor } from '../src/pipeline/extract.js';
import { buildServer } from '../src/server/index.js';
import { openStore } from '../src/store/open.js';
import type { Store, StoredEvent } from '../src/store/store.js';
import { dashboardSession, pickOnTimeline, needBrowser, screenshot, viewReady, WEB_ROOT } from './browser-harness.js';

const TOKEN = 'demo-token-2c9e';
let dir = '';
let store: Store | null = null;
const dashboard = dashboardSession({
  async start() {
    dir = mkdtempSync(join(tmpdir(), 'dyad-demo-browser-'));
    store = await openStore(join(dir, 'demo.duckdb'));
    const files = findDocuments([packagePath('examples')]).files.filter((f) => !/^readme\./i.test(basename(f)));
    const summary = await ingestFiles(store, createExtractor(), files);
    assert.equal(summary.failed.length, 0, summary.failed.map((f) => f.error.describe()).join('\n'));
    return buildServer({ store, token: TOKEN, webRoot: WEB_ROOT, extractor: lazyExtractor() });
  },
  async close() {
    await store?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  },
});
const page = dashboard.page;

describe('dashboard over the demo', () => {
  test('pick SRB–NATO, see the 2015 events, click one, see its sentence highlighted', async (t) => {
    if (!needBrowser(t)) return;
    assert.ok(store);
    const expected = await store.events({ dyad: ['SRB', 'NATO'], from: '2015-01-01', to: '2015-12-31' });
    assert.ok(expected.length > 0, 'the demo holds SRB–NATO events in 2015');
    const p = await page();
    await pickOnTimeline(p, dashboard.base, { a: 'SRB', b: 'NATO', from: '2015-01-01', to: '2015-12-31' });
    await p.waitForSelector('ol.timeline li.ev');
    const ids = await p.$$eval('ol.timeline li.ev button', (els) => els.map((e) => e.getAttribute('data-event') ?? ''));
    assert.deepEqual([...ids].sort(), expected.map((e) => e.id).sort());
    const whens = await p.$$eval('ol.timeline li.ev .when', (els) => els.map((e) => e.textContent ?? ''));
    assert.ok(whens.every((w) => w.startsWith('2015')), whens.join(', '));

    const chosen = expected.find((e) => e.evidence) as StoredEvent;
    await p.click(`ol.timeline button[data-event="${chosen.id}"]`);
    const mark = p.locator('#evidence mark.hl');
    await mark.waitFor();
    assert.equal(await mark.textContent(), chosen.evidence?.text);
    assert.match((await p.locator('#evidence .facts').textContent()) ?? '', new RegExp(chosen.rule.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    await screenshot(p, 'demo-timeline-evidence');
    await p.close();
  });

  test('the ladder view shows SRB climbing the NATO ladder', async (t) => {
    if (!needBrowser(t)) return;
    const p = await page();
    await p.goto(`${dashboard.base}/?view=ladder&dyad=SRB:NATO&to=2017-12-31`);
    await viewReady(p);
    const heading = (await p.locator('#ladder-NATO').textContent()) ?? '';
    assert.doesNotMatch(heading, /No formal relationship/);
    assert.ok(await p.locator('section.ladder:has(#ladder-NATO) ol.steps li').count() >= 2);
    assert.ok(await p.locator('section.ladder:has(#ladder-NATO) figure.chart svg').count() === 1);
    await screenshot(p, 'demo-ladder');
    await p.close();
  });

  test('the balance view sets SRB–NATO beside SRB–RUS', async (t) => {
    if (!needBrowser(t)) return;
    const p = await page();
    await p.goto(`${dashboard.base}/?view=balance&dyad=SRB:NATO&vs=RUS`);
    await viewReady(p);
    assert.match((await p.locator('#lean').textContent()) ?? '', /leans/);
    assert.ok(await p.locator('table.balance tbody tr').count() >= 3);
    assert.equal(await p.locator('figure.chart').count(), 1);
    await screenshot(p, 'demo-balance');
    await p.close();
  });

  test('indicators open the sentence that states them', async (t) => {
    if (!needBrowser(t)) return;
    const p = await page();
    await p.goto(`${dashboard.base}/?view=indicators&dyad=SRB:NATO`);
    await viewReady(p);
    const sources = p.locator('table.data button', { hasText: 'source' });
    assert.ok(await sources.count() >= 1);
    await sources.first().click();
    await p.locator('#evidence mark.hl').waitFor();
    assert.ok(((await p.locator('#evidence mark.hl').textContent()) ?? '').length > 0);
    await screenshot(p, 'demo-indicators');
    await p.close();
  });

  test('upload a document with the token and see it extracted', async (t) => {
    if (!needBrowser(t)) return;
    const p = await page();
    await p.goto(`${dashboard.base}/?view=add`);
    await viewReady(p);
    const note = 'Belgrade, 3 March 2016.\n\nNATO Secretary General Jens Stoltenberg visited Belgrade on 2 March 2016 and met Prime Minister Aleksandar Vučić.\n';
    await p.setInputFiles('#doc-file', { name: 'visit-2016.txt', mimeType: 'text/plain', buffer: Buffer.from(note) });
    await p.waitForFunction(() => (document.getElementById('doc-text-input') as HTMLTextAreaElement).value.length > 0);
    assert.equal(await p.inputValue('#doc-title'), 'visit-2016');

    await p.fill('#token', 'wrong-token');
    await p.click('form.add button[type=submit]');
    await p.waitForFunction(() => /token/i.test(document.querySelector('form.add .status')?.textContent ?? ''));

    await p.fill('#token', TOKEN);
    await p.fill('#doc-published', '2016-03-03');
    await p.click('form.add button[type=submit]');
    await p.waitForFunction(() => /Stored|Already|error|could not/i.test(document.querySelector('form.add .status')?.textContent ?? ''));
    await screenshot(p, 'demo-upload');
    await p.waitForSelector('#add-result #doc-text');
    assert.match((await p.locator('form.add .status').textContent()) ?? '', /Stored/);
    assert.ok(await p.locator('#add-result mark.ev').count() >= 1, 'the visit is marked as an event');
    assert.equal(await p.locator('#add-result #doc-text').textContent(), note);
    const doc = new URL(p.url()).searchParams.get('doc');
    assert.match(doc ?? '', /^[0-9a-f]{64}$/);
    await screenshot(p, 'demo-upload');
    await p.close();
  });
});
