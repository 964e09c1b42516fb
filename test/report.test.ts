/**
 * `dyad report` end to end on the example corpus as `npm start` loads it: SRB–NATO 2006–2017 against
 * RUS in HTML, Markdown and PDF. The PDF's text (pdftotext) shows the ladder steps with their years and
 * the timeline, and every quote of its notes is found in a stored document; the first two pages are kept
 * as images in test-results/ for a person to look at. The API gives the same HTML byte for byte, and the
 * same Markdown (zipped with its files). Bad arguments get the CLI's usual messages.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { packagePath } from '../src/core/paths.js';
import { loadLadders } from '../src/knowledge/ladders/index.js';
import { buildServer } from '../src/server/index.js';
import { openStore } from '../src/store/open.js';
import { chromiumPath, printPdf } from '../src/report/index.js';
import { assertNoStackTrace, runDyad } from './_run-dyad.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-report-e2e-'));
const db = join(dir, 'demo.duckdb');
const demo = runDyad(['demo', '--db', db]);
const ARGS = ['report', 'SRB', 'NATO', '--from', '2006', '--to', '2017', '--against', 'RUS', '--db', db];
const RESULTS = packagePath('test-results');

test.after(() => rmSync(dir, { recursive: true, force: true }));

/** Whitespace as one space, so text cut into lines (a PDF's) compares with the stored text. */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function tool(name: string): boolean {
  return spawnSync(name, ['-v']).error === undefined;
}

async function storedTexts(): Promise<string[]> {
  const store = await openStore(db, { readOnly: true });
  try {
    const docs = await store.listDocuments(10_000, 0);
    return Promise.all(docs.map(async (d) => flat((await store.getDocument(d.id))?.text ?? '')));
  } finally {
    await store.close();
  }
}

test('the PDF report shows the ladder steps with their years, the timeline, and quotes every source verbatim', async (t) => {
  assert.equal(demo.status, 0, demo.stderr);
  if (!existsSync(chromiumPath()) || !tool('pdftotext') || !tool('pdftoppm')) {
    if (process.env['CI']) assert.fail('needs chromium and poppler-utils (pdftotext, pdftoppm)');
    t.skip('needs chromium and poppler-utils');
    return;
  }
  const pdf = join(dir, 'report.pdf');
  const run = runDyad([...ARGS, '--format', 'pdf', '--out', pdf]);
  assert.equal(run.status, 0, run.stderr);
  assertNoStackTrace(run.stderr);
  assert.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');
  const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
  assert.match(info, /Page size:\s+[\d.]+ x [\d.]+ pts \(A4\)/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const raw = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).stdout;
  // Every page carries its number in the footer; the footers go before the text is read as one.
  for (let p = 1; p <= pages; p++) assert.match(raw, new RegExp(`Page ${p} of ${pages}`));
  const text = flat(raw.replace(/Page \d+ of \d+/g, ' ').replace(/\f/g, ' '));

  // The ladder: every step up to the end of 2017, with its year and the rung it reached.
  const ladder = runDyad(['ladder', 'SRB', '--org', 'NATO', '--at', '2017-12-31', '--format', 'json', '--db', db]);
  const [standing] = JSON.parse(ladder.stdout) as { history: { day: string; rung: string }[] }[];
  const rungs = loadLadders().get('NATO').rungs;
  assert.ok((standing?.history.length ?? 0) >= 3);
  for (const step of standing?.history ?? []) {
    const rung = rungs.find((r) => r.id === step.rung)?.name ?? step.rung;
    assert.match(text, new RegExp(`${step.day.slice(0, 4)}: [^“]+ reaching “${rung}”`), `ladder step ${step.day} ${step.rung}`);
  }

  // The timeline: one row per event or step, each marked with its glyph.
  const timeline = text.slice(text.lastIndexOf('Timeline'), text.lastIndexOf('Appendix'));
  const rows = timeline.match(/[●■▲◆⚑]/g) ?? [];
  assert.ok(rows.length >= 10, `timeline rows: ${rows.length}`);

  // Every note that quotes a document quotes it verbatim.
  const docs = await storedTexts();
  const quotes = [...text.matchAll(/\d+\. “(.+?)” — /g)].map((m) => m[1] ?? '');
  assert.ok(quotes.length >= rows.length / 2, `quotes: ${quotes.length}`);
  for (const q of quotes) assert.ok(docs.some((d) => d.includes(q)), `quote not in any stored document: ${q}`);

  // Serbian names in Latin letters come through the fonts whole.
  assert.match(text, /Vučić|Tadić|Koštunica|Dačić/);

  mkdirSync(RESULTS, { recursive: true });
  const out = spawnSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '2', pdf, join(RESULTS, 'report-SRB-NATO-page')]);
  assert.equal(out.status, 0, String(out.stderr));
  assert.ok(existsSync(join(RESULTS, 'report-SRB-NATO-page-1.png')) && existsSync(join(RESULTS, 'report-SRB-NATO-page-2.png')));
});

test('the PDF carries Serbian Latin and Cyrillic letters in an embedded font', async (t) => {
  if (!existsSync(chromiumPath()) || !tool('pdftotext') || !tool('pdffonts')) {
    if (process.env['CI']) assert.fail('needs chromium and poppler-utils');
    t.skip('needs chromium and poppler-utils');
    return;
  }
  const file = join(dir, 'letters.pdf');
  writeFileSync(file, await printPdf('<!doctype html><html><head><style>html { font-family: "DejaVu Serif", serif; }</style></head><body><p>Vučić, Đilas, Šešelj — Вучић, Ђилас, Шешељ</p></body></html>'));
  assert.match(spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout, /Vučić, Đilas, Šešelj — Вучић, Ђилас, Шешељ/);
  assert.match(spawnSync('pdffonts', [file], { encoding: 'utf8' }).stdout, /DejaVuSerif\s.*\byes\s+yes\s+yes/);
});

test('the HTML report is one file with the charts as SVG, and the API gives it byte for byte', async () => {
  assert.equal(demo.status, 0, demo.stderr);
  const file = join(dir, 'report.html');
  const run = runDyad([...ARGS, '--format', 'html', '--out', file]);
  assert.equal(run.status, 0, run.stderr);
  const html = readFileSync(file);
  const s = html.toString('utf8');
  assert.ok((s.match(/<svg[^>]*class="plot-[^"]*"/g) ?? []).length >= 4, 'ladder, trend, cooperation and balance charts');
  assert.doesNotMatch(s, /<script|<link|src="http/i);
  // Every timeline row cites its source.
  const rows = s.slice(s.indexOf('<section id="timeline">')).split('<tr class="').slice(1);
  assert.ok(rows.length >= 10);
  for (const row of rows) if (/^(event|milestone)/.test(row)) assert.match(row.split('</tr>')[0] ?? '', /<sup class="ref">/);

  const store = await openStore(db, { readOnly: true });
  const app = await buildServer({ store, webRoot: null });
  try {
    const res = await app.inject('/api/reports/SRB/NATO?from=2006&to=2017&against=RUS&format=html');
    assert.equal(res.statusCode, 200, res.body);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    assert.ok(res.rawPayload.equals(html), 'the API and the CLI give the same HTML bytes');

    const md = join(dir, 'briefs', 'report.md');
    const mdRun = runDyad([...ARGS, '--format', 'md', '--out', md]);
    assert.equal(mdRun.status, 0, mdRun.stderr);
    const zip = await app.inject('/api/reports/SRB/NATO?from=2006&to=2017&against=RUS&format=md');
    assert.equal(zip.headers['content-type'], 'application/zip');
    const files = unzipSync(new Uint8Array(zip.rawPayload));
    const names = Object.keys(files).sort();
    assert.ok(names.includes('SRB-NATO-2006-2017.md') && names.includes('SRB-NATO-2006-2017-trend.svg') && names.includes('SRB-NATO-2006-2017-events.csv'), names.join());
    // The CLI names the files after --out; the same report otherwise.
    const cliMd = readFileSync(md, 'utf8');
    assert.equal(cliMd.replaceAll('report-', 'SRB-NATO-2006-2017-'), strFromU8(files['SRB-NATO-2006-2017.md']!));
    for (const name of names.filter((n) => n !== 'SRB-NATO-2006-2017.md')) {
      assert.equal(readFileSync(join(dir, 'briefs', name.replace('SRB-NATO-2006-2017-', 'report-')), 'utf8'), strFromU8(files[name]!), name);
    }
    const spec = (await app.inject('/api/openapi.json')).json() as { paths: Record<string, { get?: { responses: Record<string, { content?: object }> } }> };
    assert.deepEqual(Object.keys(spec.paths['/api/reports/{a}/{b}']?.get?.responses['200']?.content ?? {}).sort(), ['application/pdf', 'application/zip', 'text/html']);
    const bad = await app.inject('/api/reports/SRB/NATO?from=2006-13');
    assert.equal(bad.statusCode, 400);
    assert.equal((bad.json() as { error: { field: string } }).error.field, 'querystring.from');
  } finally {
    await app.close();
    await store.close();
  }
});

test('bad arguments get the usual clear errors', () => {
  assert.equal(demo.status, 0, demo.stderr);
  const cases: [string[], number, RegExp][] = [
    [['report', 'SRB', '--db', db], 2, /b|Missing|required/i],
    [['report', 'SRB', 'NATO', '--from', '2006-13', '--db', db], 2, /--from.*not a year, month or day|not a year, month or day.*--from/],
    [['report', 'SRB', 'NATO', '--from', '2017', '--to', '2006', '--db', db], 2, /starts .* after it ends/],
    [['report', 'SRB', 'NATO', '--format', 'docx', '--db', db], 2, /unknown format 'docx'[^]*md, html, pdf/],
    [['report', 'SRB', 'srb', '--db', db], 2, /two different principals/],
    [['report', 'SRB', 'NATO', '--format', 'md', '--out', '-', '--db', db], 2, /needs a file/],
    [['report', 'SRB', 'NATO', '--db', join(dir, 'missing.duckdb')], 1, /no database at/],
    [['report', 'SRB', 'NATO', '--out', join(dir, 'demo.duckdb', 'r.html'), '--db', db], 2, /cannot write the report/],
  ];
  for (const [args, status, message] of cases) {
    const r = runDyad(args, { cwd: dir });
    assert.equal(r.status, status, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, message);
    assertNoStackTrace(r.stderr);
  }
  const quiet = runDyad(['report', 'SRB', 'NATO', '--from', '1990', '--to', '1991', '--format', 'html', '--out', '-', '--db', db]);
  assert.equal(quiet.status, 0, quiet.stderr);
  assert.match(quiet.stdout, /Dyad holds no events and no ladder steps between Serbia and NATO for 1990–1991\./);
});
