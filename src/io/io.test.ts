import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DyadError } from '../core/errors.js';
import { firstInvalidUtf8, Utf8Validator } from './_utf8.js';
import { cutPoint } from './_split.js';
import { decodeDocumentBytes, memorySource, openSource, readDocumentFile, type DocumentChunk } from './index.js';

const utf8 = (s: string) => new TextEncoder().encode(s);

function codeOf(fn: () => unknown): { code: string; offset: number | undefined } {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof DyadError, `expected a DyadError, got ${String(e)}`);
    return { code: e.code, offset: e.place?.offset };
  }
  assert.fail('expected an error');
}

test('valid UTF-8, multi-byte and astral characters included, has no invalid offset', () => {
  assert.equal(firstInvalidUtf8(utf8('Priština, Vučić, NATO’s 🙂 plan')), -1);
});

test('the offset of the first invalid byte is reported', () => {
  const bytes = Uint8Array.from([...utf8('Caf'), 0xe9, 0x20, 0x61]); // Latin-1 é
  assert.equal(firstInvalidUtf8(bytes), 3);
});

test('overlong encodings, encoded surrogates and truncated sequences are invalid', () => {
  assert.equal(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0xaf])), 1);
  assert.equal(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80])), 0);
  assert.equal(firstInvalidUtf8(Uint8Array.from([0x41, 0x42, 0xe2, 0x80])), 2);
  assert.equal(firstInvalidUtf8(Uint8Array.from([0xf4, 0x90, 0x80, 0x80])), 0);
});

test('a sequence split across two pieces is still valid', () => {
  const bytes = utf8('a’b');
  const v = new Utf8Validator();
  assert.equal(v.push(bytes.subarray(0, 2)), -1);
  assert.equal(v.push(bytes.subarray(2)), -1);
  assert.equal(v.end(), -1);
});

test('empty and white-space-only input is INPUT_EMPTY', () => {
  assert.equal(codeOf(() => decodeDocumentBytes(new Uint8Array(0), 'x')).code, 'INPUT_EMPTY');
  assert.equal(codeOf(() => decodeDocumentBytes(utf8('\uFEFF \n\t\n'), 'x')).code, 'INPUT_EMPTY');
});

test('NUL bytes make a file binary, with the offset of the first', () => {
  const r = codeOf(() => decodeDocumentBytes(Uint8Array.from([...utf8('text'), 0, 1, 2]), 'x'));
  assert.deepEqual(r, { code: 'INPUT_BINARY', offset: 4 });
});

test('a high share of control characters makes a file binary', () => {
  const bytes = Uint8Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? 0x01 : 0x41));
  assert.equal(codeOf(() => decodeDocumentBytes(bytes, 'x')).code, 'INPUT_BINARY');
});

test('UTF-16 with a byte-order mark is an encoding error, not binary', () => {
  const bytes = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42, 0x00]);
  assert.equal(codeOf(() => decodeDocumentBytes(bytes, 'x')).code, 'INPUT_ENCODING');
});

test('Latin-1 text is INPUT_ENCODING with the byte offset', () => {
  const bytes = Uint8Array.from([...utf8('Beograd and Pri'), 0x9a, ...utf8('tina')]);
  assert.deepEqual(codeOf(() => decodeDocumentBytes(bytes, 'x')), { code: 'INPUT_ENCODING', offset: 15 });
});

test('a leading byte-order mark is dropped from the text', () => {
  assert.equal(decodeDocumentBytes(utf8('\uFEFFHello.'), 'x'), 'Hello.');
});

test('a missing file is INPUT_NOT_FOUND naming it', () => {
  try {
    readDocumentFile('/nonexistent/dyad-test.txt');
    assert.fail('expected an error');
  } catch (e) {
    assert.ok(e instanceof DyadError);
    assert.equal(e.code, 'INPUT_NOT_FOUND');
    assert.equal(e.place?.file, '/nonexistent/dyad-test.txt');
  }
});

test('readDocumentFile refuses a file above its limit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-io-'));
  try {
    const p = join(dir, 'a.txt');
    writeFileSync(p, 'A sentence of text.\n'.repeat(10));
    assert.equal(codeOf(() => readDocumentFile(p, 50)).code, 'INPUT_TOO_LARGE');
    assert.equal(readDocumentFile(p).length, 200);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('cutPoint prefers a paragraph break, then a line break, then a sentence end', () => {
  const para = 'One two. Three four.\n\nFive six. Seven eight nine ten.';
  assert.equal(cutPoint(para, 40), para.indexOf('Five'));
  const line = 'One two three. Four five\nsix seven eight nine ten';
  assert.equal(cutPoint(line, 40), line.indexOf('\n') + 1);
  const sentences = 'One two three four. Five six seven eight nine ten eleven';
  assert.equal(cutPoint(sentences, 40), sentences.indexOf('Five'));
  assert.equal(cutPoint('short', 40), 5);
});

test('cutPoint never splits a surrogate pair', () => {
  const text = 'x'.repeat(9) + '🙂' + 'y'.repeat(20);
  assert.equal(cutPoint(text, 10), 9);
});

async function collect(text: string, chunkChars: number): Promise<DocumentChunk[]> {
  const doc = await openSource(memorySource('mem', utf8(text)), { chunkChars });
  const out: DocumentChunk[] = [];
  for await (const c of doc.chunks()) out.push(c);
  return out;
}

test('chunks put together give back the text, each with its offset, the last marked', async () => {
  const paragraph = (i: number) => `Paragraph ${i} says that Country ${i} signed an agreement. It was ratified.\n\n`;
  const text = Array.from({ length: 200 }, (_, i) => paragraph(i)).join('');
  const chunks = await collect(text, 1000);
  assert.ok(chunks.length > 5);
  assert.equal(chunks.map((c) => c.text).join(''), text);
  for (const c of chunks) assert.equal(text.slice(c.offset, c.offset + c.text.length), c.text);
  assert.deepEqual(chunks.map((c) => c.last), chunks.map((_, i) => i === chunks.length - 1));
  // Each chunk but the last ends at a paragraph break.
  for (const c of chunks.slice(0, -1)) assert.ok(c.text.endsWith('\n\n'), JSON.stringify(c.text.slice(-20)));
});

test('a small document is one chunk, its byte-order mark dropped', async () => {
  const chunks = await collect('\uFEFFOne sentence.', 1000);
  assert.deepEqual(chunks, [{ offset: 0, text: 'One sentence.', index: 0, last: true }]);
});

test('openSource checks before any chunk is read', async () => {
  await assert.rejects(
    openSource(memorySource('mem', Uint8Array.from([0x41, 0xff, 0x41]))),
    (e: unknown) => e instanceof DyadError && e.code === 'INPUT_ENCODING' && e.place?.offset === 1,
  );
});
