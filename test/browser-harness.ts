/**
 * What the browser tests share: Debian's Chromium driven by playwright-core (never a downloaded
 * browser), the server listening on a free loopback port, and screenshots under `test-results/`.
 * Without Chromium or a built dashboard the tests skip on a user's machine and fail under CI.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { TestContext } from 'node:test';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { packagePath } from '../src/core/paths.js';

export const CHROMIUM = process.env['DYAD_CHROMIUM'] ?? '/usr/bin/chromium';
export const WEB_ROOT = packagePath('dist', 'web');
export const RESULTS = packagePath('test-results');

/** Why the browser tests cannot run here, or null when they can. */
export function browserMissing(): string | null {
  if (!existsSync(CHROMIUM)) return `needs Chromium at ${CHROMIUM} (apt-get install chromium)`;
  if (!existsSync(join(WEB_ROOT, 'index.html'))) return 'needs the built dashboard (npm run build)';
  return null;
}

/** Skip the test (or fail it under CI) when the browser or the dashboard is missing. */
export function needBrowser(t: TestContext): boolean {
  const why = browserMissing();
  if (!why) return true;
  if (process.env['CI']) throw new Error(why);
  t.skip(why);
  return false;
}

/** Launch Chromium headless; Playwright gives it a fresh temporary profile (user data dir) each launch. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
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
