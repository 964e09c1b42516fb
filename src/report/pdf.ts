/**
 * A report as PDF: the print form of the HTML report, printed by Chromium (Debian's `chromium`,
 * driven by playwright-core, which never downloads a browser) on A4 with page numbers in the footer.
 * Fonts: DejaVu (fonts-dejavu-core) carries Serbian Latin and Cyrillic.
 */
import { existsSync } from 'node:fs';
import { DyadError } from '../core/errors.js';
import { html as esc } from './_escape.js';
import { loadWords, type Words } from './_words.js';

/** Where Chromium is: `DYAD_CHROMIUM`, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  return process.env['DYAD_CHROMIUM'] || '/usr/bin/chromium';
}

/** The flags Chromium needs to print headless in a container (no sandbox, no GPU, no network chatter). */
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Print the print-form HTML of a report to PDF bytes. */
export async function printPdf(html: string, o: { words?: Words } = {}): Promise<Buffer> {
  const w = o.words ?? loadWords();
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new DyadError('UNAVAILABLE', `PDF reports need Chromium, and there is none at ${executablePath}`, {
      place: { field: 'format' },
      hint: 'Install it (apt-get install chromium fonts-dejavu-core) or set DYAD_CHROMIUM; --format html or md need no browser.',
    });
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    // The report holds no script and links nothing outside itself; refuse any request all the same.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const mark = '\u0001';
    const pageWords = esc(w.t('labels', 'page', { page: `${mark}p`, pages: `${mark}n` }))
      .replace(`${mark}p`, '<span class="pageNumber"></span>').replace(`${mark}n`, '<span class="totalPages"></span>');
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="width:100%;font:8px 'DejaVu Sans',sans-serif;color:#555;text-align:center">${pageWords}</div>`,
      // No tagged structure or outline: with the timeline's and appendix's tables they made the file five
      // times larger and its printing twice as slow.
    });
  } finally {
    await browser.close();
  }
}
