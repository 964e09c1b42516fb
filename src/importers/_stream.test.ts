import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { zipSync, strToU8 } from 'fflate';
import { detectCompression, headLines, lineBatches } from './_stream.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-stream-'));

async function allLines(file: string, batchLines?: number): Promise<[number, string][]> {
  const out: [number, string][] = [];
  for await (const b of lineBatches(file, batchLines ? { batchLines } : {})) b.lines.forEach((l, i) => out.push([b.firstLine + i, l]));
  return out;
}

const TEXT = '\uFEFFfirst\tline\r\nsecond\n\nfourth, no newline at the end';
const EXPECTED: [number, string][] = [[1, 'first\tline'], [2, 'second'], [3, ''], [4, 'fourth, no newline at the end']];

test('plain, gzip and zip files give the same numbered lines (BOM and \\r dropped, last line kept)', async () => {
  const plain = join(dir, 'a.tsv');
  writeFileSync(plain, TEXT);
  const gz = join(dir, 'a.tsv.gz');
  writeFileSync(gz, gzipSync(Buffer.from(TEXT)));
  const zip = join(dir, 'a.zip');
  writeFileSync(zip, zipSync({ 'a.tsv': strToU8(TEXT) }));
  assert.equal(await detectCompression(plain), 'none');
  assert.equal(await detectCompression(gz), 'gzip');
  assert.equal(await detectCompression(zip), 'zip');
  for (const f of [plain, gz, zip]) assert.deepEqual(await allLines(f), EXPECTED, f);
});

test('line numbers run on across batches and across chunk boundaries', async () => {
  const lines = Array.from({ length: 50_000 }, (_, i) => `row ${i + 1}\t${'x'.repeat(i % 97)}`);
  const file = join(dir, 'big.tsv.gz');
  writeFileSync(file, gzipSync(Buffer.from(`${lines.join('\n')}\n`)));
  const got = await allLines(file, 777);
  assert.equal(got.length, lines.length);
  assert.deepEqual(got[12_345], [12_346, lines[12_345]]);
  assert.deepEqual(got.at(-1), [50_000, lines.at(-1)]);
});

test('bytes that are not UTF-8 become U+FFFD on their own line only', async () => {
  const file = join(dir, 'latin1.tsv');
  writeFileSync(file, Buffer.concat([Buffer.from('ok\n'), Buffer.from([0x42, 0x65, 0x6c, 0x67, 0x72, 0x61, 0x64, 0xe9, 0x0a]), Buffer.from('ok again\n')]));
  const got = await allLines(file);
  assert.equal(got.length, 3);
  assert.ok(got[1]?.[1].includes('\uFFFD'));
  assert.equal(got[2]?.[1], 'ok again');
});

test('headLines reads only what it needs', async () => {
  const file = join(dir, 'head.tsv');
  writeFileSync(file, 'a\nb\nc\n');
  assert.deepEqual(await headLines(file, 2), ['a', 'b']);
});

test('a damaged gzip file is reported as such', async () => {
  const file = join(dir, 'bad.gz');
  const good = gzipSync(Buffer.from('x\n'.repeat(1000)));
  writeFileSync(file, good.subarray(0, good.length - 20));
  await assert.rejects(allLines(file), (e: unknown) => (e as { code?: string }).code === 'IMPORT_FORMAT');
});
