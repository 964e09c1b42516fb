import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { packagePath } from '../src/core/paths.js';
import type { DyadEvent, Indicator, Milestone } from '../src/core/model.js';
import { assertNoStackTrace, fixture, runDyad } from './_run-dyad.js';

interface FileJson {
  document: { path: string; published: string | null; id: string };
  events: DyadEvent[];
  milestones: Milestone[];
  indicators: Indicator[];
  warnings: string[];
}

const montenegro = fixture('extract', 'montenegro-nato.txt');
const finland = fixture('extract', 'finland-nato.txt');

function extractJson(args: string[]): FileJson {
  const r = runDyad(['extract', ...args, '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as FileJson;
}

test('extract --format json gives the interchange shape, every evidence a slice of the file as read', () => {
  const text = readFileSync(montenegro, 'utf8');
  const x = extractJson([montenegro, '--published', '2017-12']);
  assert.equal(x.document.path, montenegro);
  assert.equal(x.document.published, '2017-12');
  assert.match(x.document.id, /^[0-9a-f]{64}$/);
  assert.ok(x.events.length > 0, 'no events');
  for (const item of [...x.events, ...x.milestones, ...x.indicators]) {
    assert.equal(text.slice(item.evidence.start, item.evidence.end), item.evidence.text);
    assert.ok(item.rule.length > 0);
  }
  for (const e of x.events) {
    assert.match(e.code, /^\d{3,4}$/);
    assert.ok(e.date === null || (typeof e.date.start === 'string' || e.date.start === null));
  }
  // "Montenegro and NATO signed a transit agreement": a material agreement between the two.
  assert.ok(
    x.events.some((e) => new Set([e.source.principal, e.target.principal]).has('MNE') && [e.source.principal, e.target.principal].includes('NATO') && e.root === '05'),
    'no MNE–NATO agreement event',
  );
});

test('ndjson has one line per item with its kind, the same items as json', () => {
  const x = extractJson([montenegro]);
  const r = runDyad(['extract', montenegro, '--format', 'ndjson']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { kind: string; document: string });
  const count = (k: string) => lines.filter((l) => l.kind === k).length;
  assert.equal(count('document'), 1);
  assert.equal(count('event'), x.events.length);
  assert.equal(count('milestone'), x.milestones.length);
  assert.equal(count('indicator'), x.indicators.length);
  assert.ok(lines.every((l) => l.document === montenegro));
});

test('csv is one table with a kind column, a row per item', () => {
  const x = extractJson([montenegro]);
  const r = runDyad(['extract', montenegro, '--format', 'csv']);
  assert.equal(r.status, 0, r.stderr);
  const rows = r.stdout.trim().split('\n');
  const header = (rows[0] ?? '').split(',');
  assert.equal(header[1], 'kind');
  assert.ok(header.includes('evidence_text') && header.includes('rule'));
  // Evidence sentences of the fixture hold no line breaks, so one row is one line.
  assert.equal(rows.length - 1, x.events.length + x.milestones.length + x.indicators.length);
  assert.equal(rows.filter((l) => l.split(',')[1] === 'event').length, x.events.length);
});

test('the table shows events with their rule and sentence, then milestones and indicators', () => {
  const x = extractJson([montenegro]);
  const r = runDyad(['extract', montenegro]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^== .*montenegro-nato\.txt/);
  assert.match(r.stdout, /\nevents\ndate +source → target +code +name +rule +evidence/);
  assert.match(r.stdout, /\nmilestones\n/);
  assert.match(r.stdout, /\nindicators\n/);
  const first = x.events[0];
  assert.ok(first);
  assert.ok(r.stdout.includes(first.rule));
});

test('several files give a JSON array, one object per file', () => {
  const r = runDyad(['extract', montenegro, finland, '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const all = JSON.parse(r.stdout) as FileJson[];
  assert.deepEqual(all.map((f) => f.document.path), [montenegro, finland]);
});

test('- reads standard input', () => {
  const r = runDyad(['extract', '-', '--format', 'json'], { input: readFileSync(finland) });
  assert.equal(r.status, 0, r.stderr);
  const x = JSON.parse(r.stdout) as FileJson;
  assert.equal(x.document.path, '-');
  assert.deepEqual(x, { ...extractJson([finland]), document: x.document });
});

test('a document read in chunks cut at paragraph breaks gives the same items at the same offsets as read whole', () => {
  const key = (f: FileJson) => [
    // Where an item starts, not where it ends: the clause an event rule takes may reach further
    // with more context, and that is the pipeline's business, not the reader's.
    ...f.events.map((e) => `e ${e.evidence.start} ${e.code} ${e.source.principal} ${e.target.principal}`),
    ...f.milestones.map((m) => `m ${m.evidence.start} ${m.actor} ${m.instrument} ${m.status}`),
    ...f.indicators.map((n) => `i ${n.evidence.start} ${n.value} ${n.unit}`),
  ].sort();
  const whole = extractJson([montenegro]);
  const chunked = runDyad(['extract', montenegro, '--format', 'json', '--chunk-chars', '300', '--stats']);
  assert.equal(chunked.status, 0, chunked.stderr);
  const stats = JSON.parse(/stats: (\{.*\})/.exec(chunked.stderr)?.[1] ?? '{}') as { chunks: number };
  assert.ok(stats.chunks >= 2, `read in ${stats.chunks} chunks`);
  const parts = JSON.parse(chunked.stdout) as FileJson;
  assert.deepEqual(key(parts), key(whole));
  const text = readFileSync(montenegro, 'utf8');
  for (const item of [...parts.events, ...parts.milestones, ...parts.indicators]) {
    assert.equal(text.slice(item.evidence.start, item.evidence.end), item.evidence.text);
  }
});

test('wrong usage exits 2 with a message: unknown format, bad --published', () => {
  for (const args of [['--format', 'xml'], ['--published', 'spring']]) {
    const r = runDyad(['extract', montenegro, ...args]);
    assert.equal(r.status, 2, args.join(' '));
    assert.match(r.stderr, /^dyad: /);
    assertNoStackTrace(r.stderr);
  }
});

test('a --dict file that does not exist is a clear error', () => {
  const r = runDyad(['extract', montenegro, '--dict', fixture('extract', 'no-such-dict.yaml')]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /no-such-dict\.yaml/);
  assertNoStackTrace(r.stderr);
});

test('a reader that stops early (| head) ends the run quietly, without EPIPE or a stack trace', () => {
  const files = Array.from({ length: 12 }, () => JSON.stringify(montenegro)).join(' ');
  const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(packagePath('bin', 'dyad.js'))} extract ${files} --format ndjson | head -c 10 > /dev/null; exit \${PIPESTATUS[0]}`;
  const r = spawnSync('bash', ['-c', cmd], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stderr, '');
});

test('a Markdown file: front matter blanked in place (nothing extracted from it), its published date used', () => {
  const md = fixture('extract', 'sweden-nato.md');
  const text = readFileSync(md, 'utf8');
  const bodyStart = text.indexOf('---', 3) + 3;
  const x = extractJson([md, '--published', '1999']);
  assert.equal(x.document.published, '2024-03-08');
  assert.ok(x.events.length > 0, 'no events');
  for (const item of [...x.events, ...x.milestones, ...x.indicators]) {
    assert.ok(item.evidence.start >= bodyStart, `extracted from the front matter: ${item.evidence.text}`);
    assert.equal(text.slice(item.evidence.start, item.evidence.end), item.evidence.text);
  }
});
