import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DyadError } from '../core/errors.js';
import { docxBytes, writeDocx } from '../testing/docx.js';
import { pagesOf, writePdf } from '../testing/pdf.js';
import { formatOf, htmlText, layOut, pageAt, readDocument, readDocumentBytesAs, type TextPiece } from './index.js';

function tmp(): { dir: string; done: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-read-'));
  return { dir, done: () => rmSync(dir, { recursive: true, force: true }) };
}

async function refusal(p: Promise<unknown>): Promise<DyadError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof DyadError, `not a DyadError: ${String(e)}`);
    return e;
  }
  assert.fail('no error');
}

// ---- HTML ----

test('HTML entities are decoded as a browser decodes them, named and numeric', () => {
  const h = htmlText('<p>M&uuml;ller met &Scaron;ef&ccaron;ovi&ccaron; and &scaron;ljivo&#x161; &#8211; &amp; Co&#8217;s &quot;envoy&quot;.</p>');
  assert.equal(h.text, 'Müller met Šefčovič and šljivoš – & Co’s "envoy".');
});

test('scripts, styles, forms and hidden elements give no text; inline tags do not split words', () => {
  const h = htmlText('<html><head><title>T &amp; U</title><style>p{color:red}</style></head><body>' +
    '<script>document.write("<p>Croatia invaded Slovenia</p>")</script><noscript>Enable scripts</noscript>' +
    '<p>The <b>Alliance</b>&#8217;s chief   went to Zagreb.</p><div hidden>Secret line</div><form><button>Subscribe</button></form>' +
    '<p style="display:none">Invisible</p><p>Ministers met.</p></body></html>');
  assert.equal(h.text, 'The Alliance’s chief went to Zagreb.\n\nMinisters met.');
  assert.equal(h.title, 'T & U');
});

test('a news page is reduced to its article: navigation, related links and footer dropped, headings and paragraphs kept', () => {
  const para = (n: number) => `<p>Paragraph ${n}: Latvian and Estonian ministers met in Riga on Tuesday to discuss the regional air policing rota, a long-running arrangement among the Baltic states and their allies.</p>`;
  const html = `<!doctype html><html lang="en"><head><title>Baltic ministers meet</title><meta property="article:published_time" content="2019-05-14T10:00:00Z"></head><body>
    <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
    <main><article><h1>Baltic ministers meet</h1>${[1, 2, 3, 4, 5].map(para).join('')}</article>
    <aside class="related"><h3>Related</h3><ul><li><a href="/a">Ten things to see in Tallinn</a></li><li><a href="/b">Quiz of the week</a></li></ul></aside></main>
    <footer><p>Copyright News Ltd. All rights reserved. Cookie settings.</p></footer></body></html>`;
  const h = htmlText(html);
  for (const n of [1, 2, 3, 4, 5]) assert.match(h.text, new RegExp(`Paragraph ${n}: Latvian`));
  assert.doesNotMatch(h.text, /Home|Sport|Tallinn|Quiz|Copyright|Cookie/);
  assert.match(h.text, /Paragraph 1: [^\n]+\n\nParagraph 2/);
  assert.equal(h.published, '2019-05-14T10:00:00Z');
  assert.equal(h.language, 'en');
});

test('table rows read as one line each, cells joined by " | "', () => {
  const h = htmlText('<table><tr><th>Date</th><th>Event</th></tr><tr><td>12 March 2008</td> <td>Talks opened</td></tr><tr><td>2009</td><td>Applied</td></tr></table>');
  assert.equal(h.text, 'Date | Event\n\n12 March 2008 | Talks opened\n\n2009 | Applied');
});

test('a page date comes from JSON-LD or <time datetime> when no meta tag gives one', () => {
  assert.equal(htmlText('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2021-06-02"}</script><p>Text.</p>').published, '2021-06-02');
  assert.equal(htmlText('<p>Posted <time datetime="2016-11-16">16 Nov</time></p>').published, '2016-11-16');
});

test("a page with no dated metadata is dated by the caller's reading of its whole text, bars included", () => {
  // A dated bar Readability drops with the page's other furniture still dates the page.
  const bar = '<html><body><div class="meta-bar">Last updated: 03-Feb-2011 | Press release | Oslo</div><article>' +
    `<h1>Norway and Chile sign a fisheries accord</h1><p>${'Ministers of Norway and Chile signed an accord on fisheries in Oslo. '.repeat(12)}</p></article></body></html>`;
  const asked: string[] = [];
  const statedDate = (text: string): string | null => {
    asked.push(text);
    return /Last updated: 03-Feb-2011/.test(text) ? '2011-02-03' : null;
  };
  const page = htmlText(bar, { statedDate });
  assert.equal(page.published, '2011-02-03');
  assert.doesNotMatch(page.text, /Last updated/);
  assert.equal(asked.length, 1);
  assert.equal(htmlText(bar).published, null);
  // Metadata's date wins: the page's text is not read for one.
  asked.length = 0;
  assert.equal(htmlText('<meta name="date" content="2012-01-05"><p>Last updated: 03-Feb-2011</p>', { statedDate }).published, '2012-01-05');
  assert.deepEqual(asked, []);
});

// ---- formats ----

test('the format is told from the first bytes before the name, and from the name otherwise', () => {
  assert.equal(formatOf('note.txt', new TextEncoder().encode('%PDF-1.7')), 'pdf');
  assert.equal(formatOf('brief.DOCX'), 'docx');
  assert.equal(formatOf('page.htm'), 'html');
  assert.equal(formatOf('note.md'), 'markdown');
  assert.equal(formatOf('README'), 'text');
});

// ---- Word ----

test('a Word document gives its paragraphs and headings as paragraphs, and its title from its properties', async () => {
  const bytes = docxBytes([{ text: 'Chile and Peru', heading: 1 }, 'On 3 March 2014 Chile and Peru signed a maritime accord.', 'Lima ratified it & Santiago <too>.'], 'Pacific notes');
  const d = await readDocumentBytesAs(bytes, 'notes.docx');
  assert.equal(d.format, 'docx');
  assert.equal(d.text, 'Chile and Peru\n\nOn 3 March 2014 Chile and Peru signed a maritime accord.\n\nLima ratified it & Santiago <too>.');
  assert.equal(d.title, 'Pacific notes');
});

test('a damaged Word file is refused with INPUT_FORMAT naming it, and so is a zip that holds no document', async () => {
  const good = docxBytes(['Some text.']);
  const cut = good.subarray(0, Math.floor(good.length / 2));
  const e = await refusal(readDocumentBytesAs(cut, 'broken.docx'));
  assert.equal(e.code, 'INPUT_FORMAT');
  assert.equal(e.place?.file, 'broken.docx');
  assert.ok(e.hint);
  const junk = await refusal(readDocumentBytesAs(new TextEncoder().encode('not a zip at all'), 'junk.docx'));
  assert.equal(junk.code, 'INPUT_FORMAT');
});

// ---- PDF layout (pieces written by hand) ----

const piece = (text: string, x: number, y: number, size = 10): TextPiece => ({ text, x, y, width: text.length * size * 0.5, size });

test('PDF lines of a paragraph are joined, words hyphenated at a line end made whole, a compound the text uses keeps its hyphen', () => {
  const laid = layOut([{ page: 1, width: 600, height: 800, pieces: [
    piece('Norway and Iceland signed a fisheries agree-', 50, 700),
    piece('ment in 1999 after long-running talks on the', 50, 688),
    piece('cod quota, a long-', 50, 676),
    piece('running dispute.', 50, 664),
  ] }]);
  assert.equal(laid.text, 'Norway and Iceland signed a fisheries agreement in 1999 after long-running talks on the cod quota, a long-running dispute.');
});

test('two-column PDF pages are read column by column, a title across both first', () => {
  const left = ['Left one Chile and', 'Left two Peru signed', 'Left three a treaty', 'Left four in Lima', 'Left five that year', 'Left six and then'];
  const right = ['Right one Bolivia', 'Right two protested', 'Right three at once', 'Right four and then', 'Right five withdrew', 'Right six its envoy.'];
  const pieces = [piece('A title that spans both of the columns of this page', 60, 760, 14)];
  left.forEach((t, i) => pieces.push(piece(t, 50, 700 - i * 12)));
  right.forEach((t, i) => pieces.push(piece(t, 320, 700 - i * 12)));
  const laid = layOut([{ page: 1, width: 600, height: 800, pieces }]);
  assert.equal(laid.text, `A title that spans both of the columns of this page\n\n${[...left, ...right].join(' ')}`);
});

test('running headers, footers and page numbers are dropped; the pages of the text are recorded', () => {
  const pages = [1, 2, 3].map((n) => ({
    page: n, width: 600, height: 800, pieces: [
      piece('Quarterly Review of Andean Affairs', 50, 780, 8),
      piece(`Body of page ${n} tells how Ecuador and Colombia met again in the`, 50, 700),
      piece('capital.', 50, 688),
      piece(`Page ${n} of 3`, 280, 30, 8),
    ],
  }));
  const laid = layOut(pages);
  assert.equal(laid.text, [1, 2, 3].map((n) => `Body of page ${n} tells how Ecuador and Colombia met again in the capital.`).join('\n\n'));
  assert.equal(laid.dropped, 6);
  assert.equal(pageAt(laid.pages, laid.text.indexOf('page 2')), 2);
  assert.equal(pageAt(laid.pages, laid.text.indexOf('page 3')), 3);
  assert.equal(pageAt(laid.pages, 0), 1);
  assert.equal(pageAt(null, 5), null);
});

test('a paragraph broken by a page break stays one paragraph', () => {
  const laid = layOut([
    { page: 1, width: 600, height: 800, pieces: [piece('Kenya and Tanzania agreed a border accord that the two', 50, 700), piece('governments had discussed since 2001 and that parliament', 50, 688)] },
    { page: 2, width: 600, height: 800, pieces: [piece('Nairobi ratified quickly.', 50, 700)] },
  ]);
  assert.equal(laid.text, 'Kenya and Tanzania agreed a border accord that the two governments had discussed since 2001 and that parliament Nairobi ratified quickly.');
  assert.equal(laid.pages.length, 2);
});

test('footnotes are kept apart from the body, after it, and their marks leave the sentence', () => {
  const laid = layOut([{ page: 1, width: 600, height: 800, pieces: [
    piece('Uruguay joined the treaty in 1998', 50, 700), piece('1', 215, 704, 6), piece(' and Paraguay followed', 218, 700),
    piece('in 2001 after a long debate in its senate.', 50, 688),
    piece('The ministers met again in Asuncion in the spring.', 50, 670),
    piece('1 See the ministry archive for the text of the treaty.', 50, 80, 7),
  ] }]);
  assert.equal(laid.footnotes, 1);
  const [body, note] = laid.text.split('\n\n1 See');
  assert.match(body ?? '', /Uruguay joined the treaty in 1998 and Paraguay followed in 2001/);
  assert.doesNotMatch(body ?? '', /archive/);
  assert.match(note ?? '', /ministry archive/);
});

// ---- PDF files ----

test('a PDF file gives its text in reading order with the page of every stretch', async () => {
  const t = tmp();
  try {
    const path = join(t.dir, 'note.pdf');
    const paragraphs = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1}. Chile and Argentina held talks on the Beagle Channel and agreed to meet again in Santiago, where the two foreign ministers signed a joint statement on fisheries.`);
    writePdf(path, pagesOf(paragraphs, { perPage: 30 }), { title: 'Southern cone notes' });
    const d = await readDocument(path);
    assert.equal(d.format, 'pdf');
    assert.equal(d.title, 'Southern cone notes');
    assert.equal(d.text, paragraphs.join('\n\n'));
    assert.ok(d.pages && d.pages.length >= 2, 'more than one page');
    assert.equal(pageAt(d.pages, 0), 1);
    assert.equal(pageAt(d.pages, d.text.length - 1), d.pages?.at(-1)?.page);
  } finally {
    t.done();
  }
});

test('hostile PDFs: no text layer, a password, a damaged file — each refused with its own code, naming the file', async () => {
  const t = tmp();
  try {
    const scanned = join(t.dir, 'scanned.pdf');
    writePdf(scanned, [{ imageSide: 200 }, { imageSide: 200 }]);
    const e1 = await refusal(readDocument(scanned));
    assert.equal(e1.code, 'INPUT_NO_TEXT');
    assert.equal(e1.place?.file, scanned);
    assert.match(e1.hint ?? '', /OCR/);

    const locked = join(t.dir, 'locked.pdf');
    writePdf(locked, pagesOf(['Belize and Guatemala took their dispute to the court.']), { encrypted: true });
    const e2 = await refusal(readDocument(locked));
    assert.equal(e2.code, 'INPUT_ENCRYPTED');
    assert.equal(e2.place?.file, locked);

    const damaged = join(t.dir, 'damaged.pdf');
    writeFileSync(damaged, '%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage without end');
    const e3 = await refusal(readDocument(damaged));
    assert.ok(['INPUT_FORMAT', 'INPUT_NO_TEXT'].includes(e3.code), e3.code);
    assert.equal(e3.place?.file, damaged);
  } finally {
    t.done();
  }
});

test('an empty file of any format is INPUT_EMPTY', async () => {
  for (const name of ['x.pdf', 'x.docx', 'x.html', 'x.txt']) {
    const e = await refusal(readDocumentBytesAs(new Uint8Array(0), name));
    assert.equal(e.code, 'INPUT_EMPTY', name);
  }
});

test('a Word file written by writeDocx reads back from disk', async () => {
  const t = tmp();
  try {
    const path = join(t.dir, 'x.docx');
    writeDocx(path, ['Ghana and Togo reopened the border.']);
    assert.equal((await readDocument(path)).text, 'Ghana and Togo reopened the border.');
  } finally {
    t.done();
  }
});
