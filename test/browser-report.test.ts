/**
 * The dashboard's "Report" action in headless Chromium over the fixture store: the report of the dyad
 * on screen, with its period and third party, saved as a file — the same bytes the API gives.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildServer } from '../src/server/index.js';
import { dashboardSession, needBrowser, screenshot, viewReady, WEB_ROOT } from './browser-harness.js';
import { fixtureStore, type Fixture } from './server-fixture.js';

let fx: Fixture | null = null;
const dashboard = dashboardSession({
  async start() {
    fx = await fixtureStore();
    return buildServer({ store: fx.store, token: 'report-token', private: true, webRoot: WEB_ROOT });
  },
  async close() { await fx?.close(); },
});

test('"Report" saves the report of the dyad on screen, on a private server too', async (t) => {
  const app = dashboard.app;
  if (!needBrowser(t) || !app) return;
  const p = await dashboard.page();
  await p.goto(`${dashboard.base}/?view=balance&dyad=SRB:NATO&from=2014-01-01&to=2016-12-31&vs=RUS`);
  await p.fill('#read-token', 'report-token');
  await p.click('form.token button[type=submit]');
  await p.waitForSelector('#lean');
  await viewReady(p);
  await p.selectOption('#report-format', 'html');
  const [download] = await Promise.all([p.waitForEvent('download'), p.click('#report-button')]);
  assert.equal(download.suggestedFilename(), 'SRB-NATO-2014-2016.html');
  const saved = readFileSync(await download.path());
  const api = await app.inject({ url: '/api/reports/SRB/NATO?from=2014-01-01&to=2016-12-31&against=RUS&format=html', headers: { authorization: 'Bearer report-token' } });
  assert.equal(api.statusCode, 200);
  assert.ok(saved.equals(api.rawPayload), 'the file saved is the report the API gives');
  const html = saved.toString('utf8');
  assert.match(html, /<h1>Serbia and NATO, 2014–2016<\/h1>/);
  assert.match(html, /Balance: Serbia between NATO and Russia/);
  await p.waitForSelector('#report-status:has-text("Saved SRB-NATO-2014-2016.html")');
  await screenshot(p, 'report-action');

  // An error from the API is shown where the action is.
  await p.goto(`${dashboard.base}/?view=trend&dyad=SRB:SRB`);
  await viewReady(p);
  await p.click('#report-button');
  await p.waitForSelector('#report-status:has-text("different principals")');
});
