import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DyadEvent, Extraction } from '../core/model.js';
import { documentId, normalise } from '../pipeline/normalise/index.js';
import { openStore } from '../store/open.js';
import { findDocuments, globToRegExp } from './_walk.js';
import { readFrontMatter } from '../read/index.js';
import { normalisePublished } from './_published.js';
import { createExtractor } from '../pipeline/extract.js';
import { extractPieces, ingestFiles, prepareDocument, type DocumentExtractor } from './ingest.js';
import { createProgress } from './_progress.js';

test('front matter is read and blanked, so offsets in the rest are file offsets', () => {
  const file = '---\npublished: 2015-11-20\ntitle: "Stoltenberg in Belgrade"\n---\nNATO visited Serbia.\n';
  const fm = readFrontMatter(file, 'x.md');
  assert.equal(fm.published, '2015-11-20');
  assert.equal(fm.title, 'Stoltenberg in Belgrade');
  assert.equal(fm.text.length, file.length);
  assert.equal(fm.text.indexOf('NATO'), file.indexOf('NATO'));
  assert.equal(fm.text.trim(), 'NATO visited Serbia.');
  assert.equal(readFrontMatter('no front matter', 'y.md').published, null);
});

test("a web page whose only date is in a bar the article leaves out is dated by the layout's reading of it", async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
  try {
    const file = join(dir, 'release.html');
    writeFileSync(file, '<html><body><div class="meta-bar">Last updated: 03-Feb-2011 | Press release | Oslo</div><article>' +
      `<h1>Norway and Chile sign a fisheries accord</h1><p>${'Ministers of Norway and Chile signed an accord on fisheries in Oslo. '.repeat(12)}</p></article></body></html>`);
    const doc = await prepareDocument(file);
    assert.equal(doc.published, '2011-02-03');
    assert.doesNotMatch(doc.text, /Last updated/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('published dates keep their precision and refuse what is not a date', () => {
  assert.equal(normalisePublished('2015-11-20T08:00:00Z'), '2015-11-20');
  assert.equal(normalisePublished('2017-03'), '2017-03');
  assert.equal(normalisePublished('2017'), '2017');
  assert.equal(normalisePublished('2017-02-30'), null);
  assert.equal(normalisePublished('yesterday'), null);
});

test('globs match across folders with ** and alternatives with {}', () => {
  assert.ok(globToRegExp('**/*.md').test('a/b/c.md'));
  assert.ok(globToRegExp('**/*.md').test('c.md'));
  assert.ok(!globToRegExp('*.md').test('a/c.md'));
  assert.ok(globToRegExp('*.{md,txt}').test('c.txt'));
  assert.ok(!globToRegExp('*.{md,txt}').test('c.html'));
});

test('files, folders and globs expand to document files once each, and unmatched inputs are named', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-walk-'));
  try {
    mkdirSync(join(dir, 'sub'));
    for (const f of ['a.md', 'b.txt', 'c.html', 'd.pdf', 'e.png', 'sub/e.md']) writeFileSync(join(dir, f), 'x');
    const r = findDocuments([dir, join(dir, 'a.md'), `${dir}/**/*.md`, join(dir, 'missing.txt'), `${dir}/*.xyz`]);
    assert.deepEqual(r.files.map((f) => f.slice(dir.length + 1)), ['a.md', 'b.txt', 'c.html', 'd.pdf', 'sub/e.md']);
    assert.deepEqual(r.missing, [join(dir, 'missing.txt'), `${dir}/*.xyz`]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A stand-in extractor for these tests: one event per line "SRC TGT CODE YYYY-MM-DD". */
const lineExtractor: DocumentExtractor = {
  extract(original, input) {
    const id = documentId(normalise(original).text);
    const events: DyadEvent[] = [];
    const re = /^([A-Z]{3,4}) ([A-Z]{3,4}) (\d{3}) (\d{4}-\d{2}-\d{2})$/gm;
    for (let m = re.exec(original); m; m = re.exec(original)) {
      const [all, s = '', t = '', code = '', day = ''] = m;
      events.push({
        id: `${id.slice(0, 12)}:${m.index}`, source: { principal: s, actor: s }, target: { principal: t, actor: t }, code, root: code.slice(0, 2),
        quadClass: 1, goldstein: 1, date: { start: day, end: day, precision: 'day' }, evidence: { start: m.index, end: m.index + all.length, text: all }, rule: 'line', confidence: 1,
      });
    }
    const x: Extraction = { document: { id, published: input?.published ?? null }, events, milestones: [], indicators: [], warnings: [] };
    return x;
  },
};

test('ingest stores each document once, names each failure, and counts events apart from mentions', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
  try {
    writeFileSync(join(dir, 'one.md'), '---\npublished: 2015-11-20\ntitle: One\n---\nSRB NATO 040 2015-11-19\n');
    writeFileSync(join(dir, 'two.txt'), 'Another telling.\nSRB NATO 042 2015-11-19\nSRB RUS 057 2015-12-01\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.html'), Buffer.from([0, 1, 2, 3, 0, 0, 255, 0]));
    const store = await openStore(join(dir, 'db.duckdb'));
    try {
      const files = findDocuments([dir]).files;
      const first = await ingestFiles(store, lineExtractor, files);
      assert.equal(first.stored, 2);
      assert.deepEqual(first.failed.map((f) => [f.file.slice(dir.length + 1), f.error.code]).sort(), [['binary.html', 'INPUT_BINARY'], ['empty.txt', 'INPUT_EMPTY']]);
      assert.equal(first.events, 2);
      assert.equal(first.mentions, 1);
      const doc = await store.getDocument((await store.listDocuments()).find((d) => d.path?.endsWith('one.md'))?.id ?? '');
      assert.equal(doc?.title, 'One');
      assert.equal(doc?.published, '2015-11-20');
      const before = await store.stats();
      const again = await ingestFiles(store, lineExtractor, files);
      assert.equal(again.stored, 0);
      assert.equal(again.duplicates, 2);
      assert.deepEqual(await store.stats(), before);
      assert.equal(before.events, 2);
      assert.equal(before.mentions, 3);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a long document is extracted in pieces and stored whole, every offset pointing into the whole text', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-pieces-'));
  try {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `Paragraph ${i} of a long report.\nSRB NATO 040 ${2000 + (i % 20)}-0${1 + (i % 9)}-1${i % 10}`);
    const file = join(dir, 'long.txt');
    writeFileSync(file, `${paragraphs.join('\n\n')}\n`);
    const store = await openStore(join(dir, 'p.duckdb'));
    try {
      const s = await ingestFiles(store, lineExtractor, [file], { pieceChars: 300 });
      assert.equal(s.stored, 1);
      const doc = (await store.listDocuments())[0];
      const stored = await store.getDocument(doc?.id ?? '');
      const events = await store.events({ documentId: doc?.id ?? '' });
      assert.equal(events.length, 40);
      for (const e of events) assert.equal(stored?.text.slice(e.evidence?.start, e.evidence?.end), e.evidence?.text);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a long document goes to the store one piece at a time: each piece extracted only after the one before is stored', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-stream-'));
  try {
    const paragraphs = Array.from({ length: 30 }, (_, i) => `Part ${i}.\nSRB NATO 040 2001-0${1 + (i % 9)}-1${i % 10}`);
    const file = join(dir, 'long.txt');
    writeFileSync(file, `${paragraphs.join('\n\n')}\n`);
    const store = await openStore(join(dir, 's.duckdb'));
    const log: string[] = [];
    const counting: DocumentExtractor = {
      extract(original, input) {
        log.push('extract');
        return lineExtractor.extract(original, input);
      },
    };
    // The store as ingest sees it, noting when it takes a piece.
    const watched = new Proxy(store, {
      get(target, prop) {
        if (prop !== 'putDocument') return Reflect.get(target, prop, target) as unknown;
        return (doc: Parameters<typeof store.putDocument>[0], pieces: Iterable<Extraction>) =>
          target.putDocument(doc, (function* () {
            for (const x of pieces) {
              log.push(`store ${x.events.length}`);
              yield x;
            }
          })());
      },
    });
    const progress: [number, number][] = [];
    try {
      const s = await ingestFiles(watched, counting, [file], { pieceChars: 200, onProgress: (_f, done, total) => progress.push([done, total]) });
      assert.equal(s.stored, 1);
      assert.equal(s.events + s.mentions, 30);
      const pieces = log.filter((l) => l === 'extract').length;
      assert.ok(pieces >= 5, `${pieces} pieces`);
      // extract, store, extract, store…: never two extractions before the store took the first.
      assert.deepEqual(log, Array.from({ length: pieces }, (_, i) => ['extract', log[2 * i + 1]]).flat());
      assert.ok(log.filter((l) => l.startsWith('store')).every((l) => /^store \d+$/.test(l)));
      // Progress from 0 to the whole text, never backwards.
      const total = progress[0]?.[1] ?? 0;
      assert.deepEqual(progress[0], [0, total]);
      assert.deepEqual(progress[progress.length - 1], [total, total]);
      assert.ok(progress.every(([d], i) => i === 0 || d > (progress[i - 1]?.[0] ?? 0)));
      assert.equal(progress.length, pieces + 1);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('progress inside a long file: plain lines every 5 %, none for a file read in one piece', () => {
  const out: string[] = [];
  const stream = { write: (s: string) => out.push(s) } as unknown as NodeJS.WritableStream;
  const p = createProgress(2, false, stream);
  p.within('short.txt', 100, 100);
  p.tick('short.txt', true);
  for (let done = 0; done <= 1000; done += 10) p.within('long.txt', done, 1000);
  p.tick('long.txt', true);
  const inside = out.filter((l) => l.includes('long.txt'));
  assert.equal(inside.length, 21);
  assert.match(inside[0] ?? '', /^ingest: long\.txt: 0% \(0\.0 of 0\.0 M characters/);
  assert.match(inside[20] ?? '', /^ingest: long\.txt: 100% /);
  assert.ok(!out.some((l) => l.includes('short.txt')));
  assert.match(out[out.length - 1] ?? '', /^ingest: 2\/2 documents/);
});

test('a long document takes its kind from its first piece, which holds its top, and is stored with it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-kind-'));
  try {
    const file = join(dir, 'release.txt');
    writeFileSync(file, `Ministry notes | Press release\n\n${Array.from({ length: 20 }, (_, i) => `Paragraph ${i} of a long release.`).join('\n\n')}\n`);
    // Each piece's kind as the extractor was told it: a later piece's text alone reads as no release.
    const told: (string | undefined)[] = [];
    const kinds: DocumentExtractor = {
      extract(text, input = {}) {
        told.push(input.kind);
        const kind = input.kind ?? (/Press release/.test(text) ? 'press-release' : 'brief');
        return { document: { id: 'x', published: null, kind }, events: [], milestones: [], indicators: [], warnings: [] };
      },
    };
    const store = await openStore(join(dir, 'k.duckdb'));
    try {
      await ingestFiles(store, kinds, [file], { pieceChars: 200 });
      assert.ok(told.length > 2);
      assert.deepEqual(told.slice(1), told.slice(1).map(() => 'press-release'));
      assert.equal((await store.listDocuments())[0]?.kind, 'press-release');
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a long document\'s later pieces keep the relationship its title names', () => {
  const entries = Array.from({ length: 8 }, (_, i) => `**${i + 1} May 2010.** Officials of both countries met in Geneva for round ${i + 1} of technical work.`);
  const text = `# Chile and Peru: key dates\n\n${entries.join('\n\n')}\n\n**3 March 2012.** Chile summons the ambassador over a spying case.\n`;
  const pieces = [...extractPieces(createExtractor(), text, {}, 300)];
  assert.ok(pieces.length > 2);
  assert.ok(pieces.every((x) => x.subject?.sides.map((s) => s.principal).join('–') === 'CHL–PER'));
  // The last entry names one side only: the title's other side is the one summoned.
  const last = pieces[pieces.length - 1]?.events.map((e) => `${e.source.principal}→${e.target.principal} ${e.code}`) ?? [];
  assert.ok(last.includes('CHL→PER 114'), last.join('; '));
});
