/**
 * What the browser tests share: Debian's Chromium driven by playwright-core (never a downloaded
 * browser), the server listening on a free loopback port, pages with room for a slow machine, and
 * screenshots under `test-results/`. Without Chromium or a built dashboard the tests skip on a user's
 * machine and fail under CI.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { after, before, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { packagePath } from '../src/core/paths.js';
import { CHROMIUM_ARGS, chromiumPath } from '../src/report/pdf.js';

export const CHROMIUM = chromiumPath();
export const WEB_ROOT = packagePath('dist', 'web');
export const RESULTS = packagePath('test-results');
const CHROMIUM_MISSING = `needs Chromium at ${CHROMIUM} (apt-get install chromium)`;

/** Why the browser tests cannot run here, or null when they can. */
export function browserMissing(): string | null {
  if (!existsSync(CHROMIUM)) return CHROMIUM_MISSING;
  if (!existsSync(join(WEB_ROOT, 'index.html'))) return 'needs the built dashboard (npm run build)';
  return null;
}

/** Skip the test (or fail it under CI) when the browser or the dashboard is missing. */
export function needBrowser(t: TestContext): boolean {
  return need(t, browserMissing());
}

/** Skip the test (or fail it under CI) when Chromium is missing; for tests that need no dashboard. */
export function needChromium(t: TestContext): boolean {
  return need(t, existsSync(CHROMIUM) ? null : CHROMIUM_MISSING);
}

function need(t: TestContext, why: string | null): boolean {
  if (!why) return true;
  if (process.env['CI']) throw new Error(why);
  t.skip(why);
  return false;
}

/** Launch Chromium headless; Playwright gives it a fresh temporary profile (user data dir) each launch. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** Listen on a free loopback port and return the base URL. */
export async function listen(app: FastifyInstance): Promise<string> {
  await app.listen({ host: '127.0.0.1', port: 0 });
  const addr = app.server.address();
  if (!addr || typeof addr !== 'object') throw new Error('server has no address');
  return `http://127.0.0.1:${addr.port}`;
}

/** Save a full-page screenshot as `test-results/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  await page.screenshot({ path: join(RESULTS, `${name}.png`), fullPage: true });
}

/** Wait until the dashboard has finished rendering its current view. */
export async function viewReady(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(document.getElementById('main')?.dataset['ready']));
}

/**
 * Pick a dyad and a period the way a person does, from the dashboard's front page: type both
 * principals and the dates, submit, open the timeline.
 */
export async function pickOnTimeline(page: Page, base: string, o: { a: string; b: string; from: string; to: string }): Promise<void> {
  await page.goto(`${base}/`);
  await viewReady(page);
  await page.fill('#pick-a', o.a);
  await page.fill('#pick-b', o.b);
  await page.fill('#from', o.from);
  await page.fill('#to', o.to);
  await page.click('#filters button[type=submit]');
  await page.click('#views a[data-view=timeline]');
}

/** How a test file brings up the server it drives, and what it tears down after the server. */
export interface DashboardSetup {
  /** Build the server (over a store the file makes); it is listened on and closed by the session. */
  start(): Promise<FastifyInstance>;
  /** Release what `start` made besides the server (its store, a temporary folder); runs after the server closed. */
  close?(): Promise<void>;
}

/** One test file's dashboard: the server's base URL, the server itself and fresh pages in one Chromium. */
export interface DashboardSession {
  /** `http://127.0.0.1:<port>`, once the file's `before` hook has run. */
  readonly base: string;
  /** The server, or null when the browser tests cannot run here. */
  readonly app: FastifyInstance | null;
  /** A new page at the given viewport that fails the test on any page error. */
  page(width?: number, height?: number): Promise<Page>;
}

/**
 * Register the file's `before` and `after` hooks: start the server and Chromium when both can run,
 * and close them (then `setup.close`) afterwards.
 */
export function dashboardSession(setup: DashboardSetup): DashboardSession {
  let app: FastifyInstance | null = null;
  let browser: Browser | null = null;
  let base = '';
  before(async () => {
    if (browserMissing()) return;
    app = await setup.start();
    base = await listen(app);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await app?.close();
    await setup.close?.();
  });
  return {
    get base() { return base; },
    get app() { return app; },
    async page(width = 1280, height = 900) {
      assert.ok(browser);
      const p = await browser.newPage({ viewport: { width, height } });
      // CI runs two test files at once on a small machine: give slow renders room before calling them lost.
      p.setDefaultTimeout(60_000);
      p.on('pageerror', (e) => assert.fail(`page error: ${e.message}`));
      return p;
    },
  };
}
