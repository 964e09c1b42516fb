import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, openSync, rmSync, writeSync, closeSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertNoStackTrace, fixture, runDyad } from './_run-dyad.js';

const good = fixture('extract', 'finland-nato.txt');

const cases: [string, string, RegExp][] = [
  ['empty.txt', 'INPUT_EMPTY', /the file is empty/],
  ['blank.txt', 'INPUT_EMPTY', /only white space/],
  ['image.gif', 'INPUT_BINARY', /not a text file: it contains NUL bytes/],
  ['latin1.txt', 'INPUT_ENCODING', /not valid UTF-8 at byte 24/],
  ['no-such-file.txt', 'INPUT_NOT_FOUND', /no such file/],
];

for (const [name, code, message] of cases) {
  test(`${name}: one clear line naming the file and ${code}, the good file still extracted, exit 1`, () => {
    const bad = fixture('bad-input', name);
    const r = runDyad(['extract', bad, good, '--format', 'json']);
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`^dyad: ${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    assert.match(r.stderr, message);
    assert.ok(r.stderr.includes(`[${code}]`), r.stderr);
    assertNoStackTrace(r.stderr);
    const out = JSON.parse(r.stdout) as { document: { path: string } }[];
    assert.deepEqual(out.map((d) => d.document.path), [good]);
  });
}

test('a directory given as a document is a clear error', () => {
  const r = runDyad(['extract', fixture('bad-input')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /is a directory \[INPUT_NOT_FOUND\]/);
  assertNoStackTrace(r.stderr);
});

test('a file over --max-bytes is refused with INPUT_TOO_LARGE', () => {
  const r = runDyad(['extract', good, '--max-bytes', '100']);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /\[INPUT_TOO_LARGE\]/);
  assertNoStackTrace(r.stderr);
});

/** Sentences written for this test, about many dyads and years, so the pipeline has real work. */
const SENTENCES = [
  'In March 2010 the Prime Minister of Montenegro visited NATO headquarters in Brussels.',
  'Georgia joined the Partnership for Peace in 1994.',
  'The Croatian Parliament ratified the SOFA in June 2004.',
  'Finland applied for NATO membership in May 2022.',
  'Around 45 percent of Finns supported membership in the spring of 2022.',
  'Russia criticised the enlargement of the Alliance in 2023.',
  'Armenia and the CSTO held consultations in Yerevan in late 2021.',
  'The weather was mild and the harvest was good that year.',
];

/**
 * About 50 MB: mostly paragraphs, and one stretch of about 3 MB with no line break at all, so the
 * reader must fall back to cutting at sentence ends.
 */
function writeLargeText(path: string, bytes: number): void {
  const fd = openSync(path, 'w');
  try {
    let written = 0;
    let i = 0;
    while (written < bytes) {
      const long = i === 40;
      const n = long ? 40_000 : 6;
      const parts: string[] = [];
      for (let k = 0; k < n; k++) parts.push(SENTENCES[(i + k) % SENTENCES.length] as string);
      const paragraph = `${parts.join(' ')}\n\n`;
      written += writeSync(fd, paragraph);
      i++;
    }
  } finally {
    closeSync(fd);
  }
}

/*
 * Peak memory bound. The file is 50 MB of ASCII; held whole it would be 50 MB of string plus, through
 * the pipeline, token objects for some 9 million tokens (hundreds of bytes each: gigabytes). Read in
 * chunks of 256 Ki characters, the peak is Node and wink-nlp's model (about 150 MB resident on this
 * machine) plus one chunk's tokens and sentences (tens of MB) plus the reader's buffers. 400 MiB
 * allows for garbage not yet collected, and is still far below what holding the file would take.
 */
const MAX_RSS_MIB = 400;

test('a 50 MB text is extracted in bounded memory, with exit 0 and no stack trace', { timeout: 60 * 60 * 1000 }, (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bad-input-'));
  try {
    const big = join(dir, 'large.txt');
    writeLargeText(big, 50 * 1024 * 1024);
    const size = statSync(big).size;
    const r = runDyad(['extract', big, '--format', 'ndjson', '--stats'], { stdio: ['ignore', 'ignore', 'pipe'] });
    assert.equal(r.status, 0, r.stderr);
    assertNoStackTrace(r.stderr);
    const stats = JSON.parse(/stats: (\{.*\})/.exec(r.stderr)?.[1] ?? '{}') as { bytes: number; chunks: number; events: number; maxRssMiB: number };
    t.diagnostic(`50 MB run: ${JSON.stringify(stats)}`);
    assert.equal(stats.bytes, size);
    assert.ok(stats.chunks > 100, `read in ${stats.chunks} chunks`);
    assert.ok(stats.events > 0, 'no events in 50 MB of event sentences');
    assert.ok(stats.maxRssMiB < MAX_RSS_MIB, `peak RSS ${stats.maxRssMiB} MiB ≥ ${MAX_RSS_MIB} MiB`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
