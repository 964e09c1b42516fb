/**
 * The seed brief as PDF (printed by Chromium, one column and two, with a running header and page
 * numbers) and as Word scores as the text does under `dyad eval`, and PDF evidence names the page
 * it is on, also once stored (events, mentions, export, the report's notes). The PDF and Word files are
 * made here from ../shared's text and never kept.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildServer } from '../src/server/index.js';
import { openStore } from '../src/store/open.js';
import { sharedFile } from '../src/testing/shared.js';
import { docxBytes } from '../src/testing/docx.js';
import { launchChromium, needChromium } from './browser-harness.js';
import { assertNoStackTrace, runDyad } from './_run-dyad.js';

interface Totals {
  events: { f1: number };
  eventsIgnoringDates: { f1: number };
  milestones: { f1: number };
  indicators: { f1: number };
}

function totals(args: string[]): Totals {
  const r = runDyad(['eval', ...args, '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  return (JSON.parse(r.stdout) as { total: Totals }).total;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The brief's lines as an HTML page to print: each line a paragraph, as a word processor would set it. */
function page(text: string, columns: boolean): string {
  const css = `body{font:11pt serif}${columns ? 'main{columns:2;column-gap:1.5em}' : ''}p{margin:0 0 .6em}`;
  const body = text.split('\n').filter((l) => l.trim()).map((l) => `<p>${esc(l)}</p>`).join('\n');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>Policy brief</title><style>${css}</style><main>${body}</main></html>`;
}

async function printPdf(html: string, path: string): Promise<void> {
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage();
    await tab.setContent(html);
    await tab.pdf({
      path,
      format: 'A4',
      margin: { top: '2cm', bottom: '2cm', left: '2cm', right: '2cm' },
      displayHeaderFooter: true,
      headerTemplate: '<div style="font-size:8px;width:100%;text-align:center">Policy brief — working copy</div>',
      footerTemplate: '<div style="font-size:8px;width:100%;text-align:center"><span class="pageNumber"></span></div>',
    });
  } finally {
    await browser.close();
  }
}

const fold = (s: string) => s.replace(/-\s+/g, '').replace(/[\s-]+/g, ' ').trim();

test('the seed brief as PDF and as Word scores as the text does, and PDF evidence names its page, stored too', { timeout: 10 * 60 * 1000 }, async (t) => {
  const gold = sharedFile(t, 'gold', 'serbia-nato-brief.gold.json');
  const seed = sharedFile(t, 'seeds', 'serbia-nato-brief.txt');
  if (!gold || !seed || !needChromium(t)) return;
  const dir = mkdtempSync(join(tmpdir(), 'dyad-formats-'));
  try {
    const text = readFileSync(seed, 'utf8');
    const pdf = join(dir, 'brief.pdf');
    const columns = join(dir, 'brief-columns.pdf');
    const docx = join(dir, 'brief.docx');
    await printPdf(page(text, false), pdf);
    await printPdf(page(text, true), columns);
    writeFileSync(docx, docxBytes(text.split('\n').filter((l) => l.trim())));

    const base = totals([gold]);
    for (const file of [pdf, columns, docx]) {
      const got = totals([gold, '--document', file]);
      t.diagnostic(`${file.split('/').pop()}: events ${got.events.f1.toFixed(3)} (text ${base.events.f1.toFixed(3)}), milestones ${got.milestones.f1.toFixed(3)}, indicators ${got.indicators.f1.toFixed(3)}`);
      for (const k of ['events', 'eventsIgnoringDates', 'milestones', 'indicators'] as const) {
        assert.ok(Math.abs(got[k].f1 - base[k].f1) <= 0.01, `${file}: ${k} F1 ${got[k].f1} against ${base[k].f1} for the text`);
      }
    }

    // Every evidence of the PDF names a page, and its sentence is on that page as poppler reads it.
    const r = runDyad(['extract', pdf, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const x = JSON.parse(r.stdout) as { document: { format: string }; events: { evidence: { start: number; text: string; page?: number } }[] };
    assert.equal(x.document.format, 'pdf');
    assert.ok(x.events.length > 20);
    const pages = new Set<number>();
    for (const e of x.events) {
      assert.ok(Number.isInteger(e.evidence.page) && (e.evidence.page ?? 0) >= 1, `no page on ${JSON.stringify(e.evidence)}`);
      pages.add(e.evidence.page as number);
    }
    assert.ok(pages.size >= 2, 'evidence on more than one page');
    let checked = 0;
    for (const e of x.events) {
      const n = String(e.evidence.page);
      let onPage: string;
      try {
        onPage = execFileSync('pdftotext', ['-f', n, '-l', n, pdf, '-'], { encoding: 'utf8' });
      } catch {
        t.diagnostic('pdftotext is missing: the page check against poppler is left out');
        break;
      }
      const words = fold(e.evidence.text).split(' ').slice(0, 4).join(' ');
      assert.ok(fold(onPage).includes(words), `"${words}" is not on page ${n}`);
      checked++;
    }
    t.diagnostic(`${checked} evidence pages checked against pdftotext`);

    // Stored, the pages come back: in the events and their mentions, in the export and in the report's notes.
    const pageAt = new Map(x.events.map((e) => [e.evidence.start, e.evidence.page]));
    const db = join(dir, 'store.duckdb');
    const ingested = runDyad(['ingest', pdf, '--db', db]);
    assert.equal(ingested.status, 0, ingested.stderr);
    const listed = runDyad(['events', '--db', db, '--format', 'json']);
    assert.equal(listed.status, 0, listed.stderr);
    const stored = JSON.parse(listed.stdout) as { id: string; mentions: number; evidence: { start: number; page?: number } }[];
    assert.ok(stored.length > 10);
    for (const e of stored) assert.equal(e.evidence.page, pageAt.get(e.evidence.start), `stored page of ${JSON.stringify(e.evidence)}`);
    const told = stored.find((e) => e.mentions > 1) ?? stored[0];
    const proof = runDyad(['evidence', told?.id ?? '', '--db', db, '--format', 'json']);
    assert.equal(proof.status, 0, proof.stderr);
    for (const m of (JSON.parse(proof.stdout) as { mentions: { evidence: { start: number; page?: number } }[] }).mentions) {
      assert.equal(m.evidence.page, pageAt.get(m.evidence.start));
    }
    // The API gives the same pages: an event's mentions and the indicators.
    const store = await openStore(db, { readOnly: true });
    const app = await buildServer({ store, webRoot: null });
    try {
      const api = await app.inject({ method: 'GET', url: `/api/events/${encodeURIComponent(told?.id ?? '')}/evidence` });
      assert.equal(api.statusCode, 200, api.body);
      for (const m of (api.json() as { mentions: { evidence: { start: number; page?: number } }[] }).mentions) {
        assert.equal(m.evidence.page, pageAt.get(m.evidence.start));
      }
      const figures = await app.inject({ method: 'GET', url: '/api/indicators?subject=SRB' });
      assert.equal(figures.statusCode, 200, figures.body);
      const { items } = figures.json() as { items: { evidence: { page?: number } }[] };
      assert.ok(items.length > 0 && items.every((i) => Number.isInteger(i.evidence.page)), 'every indicator of the PDF names its page');
    } finally {
      await app.close();
      await store.close();
    }
    const exported = runDyad(['export', '--db', db, '--format', 'ndjson']);
    assert.equal(exported.status, 0, exported.stderr);
    const rows = exported.stdout.trim().split('\n').map((l) => JSON.parse(l) as { evidence_page: number | null });
    assert.ok(rows.every((r) => Number.isInteger(r.evidence_page)), 'every exported row names its page');
    const report = join(dir, 'report.md');
    const made = runDyad(['report', 'SRB', 'NATO', '--db', db, '--format', 'md', '--out', report]);
    assert.equal(made.status, 0, made.stderr);
    assert.match(readFileSync(report, 'utf8'), /”[^\n]*, p\. [1-9]\d*\./, 'a note names the page of its quote');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('hostile files: a damaged Word file, a PDF without text, HTML with scripts — clear messages, the other files still read', { timeout: 5 * 60 * 1000 }, async () => {
  const { writePdf, pagesOf } = await import('../src/testing/pdf.js');
  const dir = mkdtempSync(join(tmpdir(), 'dyad-hostile-'));
  try {
    const broken = join(dir, 'broken.docx');
    writeFileSync(broken, docxBytes(['Peru and Chile met.']).subarray(0, 200));
    const scanned = join(dir, 'scanned.pdf');
    writePdf(scanned, [{ imageSide: 300 }]);
    const locked = join(dir, 'locked.pdf');
    writePdf(locked, pagesOf(['Belize and Guatemala went to court.']), { encrypted: true });
    const page = join(dir, 'page.html');
    writeFileSync(page, '<html><body><script>while(true){}</script><p>In &Scaron;ibenik the ministers of T&uuml;rkiye and Greece met on Tuesday.</p></body></html>');
    const r = runDyad(['extract', broken, scanned, locked, page, '--format', 'json']);
    assert.equal(r.status, 1);
    assertNoStackTrace(r.stderr);
    assert.match(r.stderr, /broken\.docx: not a readable Word document.*\[INPUT_FORMAT\]/);
    assert.match(r.stderr, /scanned\.pdf: the PDF has no text layer.*\[INPUT_NO_TEXT\]/);
    assert.match(r.stderr, /locked\.pdf: the PDF is protected by a password \[INPUT_ENCRYPTED\]/);
    // The page is read (its script never run), and its entities decoded: the evidence quotes them.
    assert.match(r.stdout, /"format":"html"/);
    const out = JSON.parse(r.stdout) as { events: { evidence: { text: string } }[] }[];
    assert.ok(out[0]?.events.some((e) => e.evidence.text.includes('ministers of Türkiye and Greece met')), r.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a 50 MB PDF (a large scan with a few pages of text) is read in bounded memory', { timeout: 10 * 60 * 1000 }, async (t) => {
  const { writePdf, pagesOf } = await import('../src/testing/pdf.js');
  const dir = mkdtempSync(join(tmpdir(), 'dyad-big-pdf-'));
  try {
    const big = join(dir, 'big.pdf');
    const text = pagesOf(Array.from({ length: 40 }, (_, i) => `Note ${i + 1}. Norway and Iceland signed a fisheries accord in Reykjavik in 2004 after talks.`));
    writePdf(big, [...text, { imageSide: 7300 }, ...text]);
    const r = runDyad(['extract', big, '--format', 'ndjson', '--stats'], { stdio: ['ignore', 'pipe', 'pipe'] });
    assert.equal(r.status, 0, r.stderr);
    assertNoStackTrace(r.stderr);
    const stats = JSON.parse(/stats: (\{.*\})/.exec(r.stderr)?.[1] ?? '{}') as { bytes: number; events: number; maxRssMiB: number };
    t.diagnostic(`50 MB PDF: ${JSON.stringify(stats)}`);
    assert.ok(stats.bytes > 50 * 1000 * 1000);
    assert.ok(stats.events >= 40, `${stats.events} events`);
    // The file is held once by the reader and once by pdf.js (~110 MB) beside Node and wink-nlp (~150 MB).
    assert.ok(stats.maxRssMiB < 600, `peak RSS ${stats.maxRssMiB} MiB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
