/**
 * Ingest survives being killed: `dyad ingest` over 1,000 generated documents is SIGKILLed halfway;
 * the database opens, holds only whole documents (each with all its mentions and indicators, none
 * with a part), and a re-run completes with nothing stored twice. Killed inside one long document
 * (stored piece by piece in one transaction), it leaves nothing of that document.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packagePath } from '../src/core/paths.js';
import { prepareDocument } from '../src/ingest/index.js';
import { createExtractor } from '../src/pipeline/extract.js';
import { documentId, normalise } from '../src/pipeline/normalise/index.js';
import { openDuckDbStore } from '../src/store/duckdb/index.js';
import { runDyad } from './_run-dyad.js';

const COUNTRIES = ['Croatia', 'Hungary', 'Austria', 'Slovenia', 'Poland', 'Belarus', 'Greece', 'Bulgaria', 'Romania', 'Ukraine', 'Georgia', 'Armenia', 'Finland', 'Sweden', 'Norway', 'Estonia', 'Latvia', 'Lithuania', 'Portugal', 'Spain'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const VERBS = ['visited', 'criticised', 'praised', 'signed an agreement with', 'condemned'];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** 1,000 short notes; one in five retells an event of an earlier note (a mention, not a new event). */
function writeCorpus(dir: string, n: number): string[] {
  const r = rng(7);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const sentences: string[] = [];
  const files: string[] = [];
  for (let i = 0; i < n; i++) {
    const own: string[] = [];
    for (let k = 0; k < 2; k++) {
      const a = pick(COUNTRIES);
      let b = pick(COUNTRIES);
      if (b === a) b = COUNTRIES[(COUNTRIES.indexOf(a) + 1) % COUNTRIES.length] as string;
      own.push(`On ${1 + Math.floor(r() * 28)} ${pick(MONTHS)} ${1990 + Math.floor(r() * 30)} ${a} ${pick(VERBS)} ${b}.`);
    }
    if (i % 5 === 4 && sentences.length > 0) own.push(sentences[Math.floor(r() * sentences.length)] as string);
    sentences.push(...own.slice(0, 2));
    const file = join(dir, `note-${String(i).padStart(4, '0')}.md`);
    writeFileSync(file, `---\npublished: 2020-01-01\ntitle: Note ${i}\n---\nNote number ${i}.\n\n${own.join(' ')}\n`);
    files.push(file);
  }
  return files;
}

/** Paragraphs of dated sentences, about `bytes` long, as one document. */
function longText(bytes: number): string {
  const r = rng(11);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const out: string[] = [];
  for (let size = 0; size < bytes; ) {
    const a = pick(COUNTRIES);
    let b = pick(COUNTRIES);
    if (b === a) b = COUNTRIES[(COUNTRIES.indexOf(a) + 1) % COUNTRIES.length] as string;
    const p = `On ${1 + Math.floor(r() * 28)} ${pick(MONTHS)} ${1990 + Math.floor(r() * 30)} ${a} ${pick(VERBS)} ${b}.\n\n`;
    out.push(p);
    size += p.length;
  }
  return out.join('');
}

/** `killAt`: documents done before the kill, -1 for inside the first long document, null for none. */
function ingest(dir: string, db: string, killAt: number | null): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [packagePath('bin', 'dyad.js'), 'ingest', dir, '--db', db], { env: { ...process.env, TZ: 'UTC' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => {
      stderr += b.toString();
      const done = [...stderr.matchAll(/ingest: (\d+)\/\d+ documents/g)].map((m) => Number(m[1]));
      // Inside one long document: kill once some of its pieces are stored, before the last.
      const inside = [...stderr.matchAll(/ingest: .*: (\d+)% \(/g)].map((m) => Number(m[1])).filter((pct) => pct > 0 && pct < 100);
      const reached = killAt === -1 ? inside.length > 0 : killAt !== null && Math.max(0, ...done) >= killAt;
      if (reached && child.exitCode === null) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

test('an ingest killed halfway leaves whole documents only, and a re-run completes with nothing twice', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-kill-'));
  const corpus = join(dir, 'corpus');
  const db = join(dir, 'kill.duckdb');
  try {
    const { mkdirSync } = await import('node:fs');
    mkdirSync(corpus);
    const files = writeCorpus(corpus, 1000);

    // What each document holds when stored whole, from the same extractor the CLI runs.
    const extractor = createExtractor();
    const expected = new Map<string, { events: number; indicators: number }>();
    for (const f of files) {
      const doc = await prepareDocument(f);
      const x = extractor.extract(doc.text, { path: f, published: doc.published });
      expected.set(documentId(normalise(doc.text).text), { events: x.events.length, indicators: x.indicators.length });
    }
    const totalMentions = [...expected.values()].reduce((s, e) => s + e.events, 0);
    assert.ok(totalMentions > 1500, `the generated notes give events (${totalMentions})`);

    const killed = await ingest(corpus, db, 500);
    assert.equal(killed.signal, 'SIGKILL', `ingest finished before it could be killed:\n${killed.stdout}`);

    const check = async () => {
      const store = await openDuckDbStore(db);
      try {
        const docs = (await store.db.all('SELECT id FROM documents')).map((r) => String(r['id']));
        for (const id of docs) {
          const want = expected.get(id);
          assert.ok(want, `document ${id} is one of the corpus`);
          const m = await store.db.one('SELECT count(*) AS n FROM event_mentions WHERE document_id = $1', [id]);
          const ind = await store.db.one('SELECT count(*) AS n FROM indicators WHERE document_id = $1', [id]);
          assert.equal(Number(m?.['n']), want.events, `mentions of ${id}`);
          assert.equal(Number(ind?.['n']), want.indicators, `indicators of ${id}`);
        }
        const orphans = await store.db.one(
          `SELECT (SELECT count(*) FROM event_mentions WHERE document_id NOT IN (SELECT id FROM documents))
                + (SELECT count(*) FROM events WHERE dataset = 'dyad' AND document_id NOT IN (SELECT id FROM documents))
                + (SELECT count(*) FROM milestones WHERE document_id NOT IN (SELECT id FROM documents)) AS n`,
        );
        assert.equal(Number(orphans?.['n']), 0, 'rows of documents that are not stored');
        const twice = await store.db.one(
          'SELECT count(*) AS n FROM (SELECT document_id, evidence_start, evidence_end FROM event_mentions GROUP BY ALL HAVING count(*) > 1)',
        );
        assert.equal(Number(twice?.['n']), 0, 'a sentence told twice');
        const counts = await store.db.one(`SELECT (SELECT COALESCE(sum(mentions), 0) FROM events WHERE dataset = 'dyad') AS told, (SELECT count(*) FROM event_mentions) AS rows`);
        assert.equal(Number(counts?.['told']), Number(counts?.['rows']), 'event mention counts agree with mention rows');
        return { documents: docs.length, stats: await store.stats() };
      } finally {
        await store.close();
      }
    };

    const half = await check();
    assert.ok(half.documents >= 500 && half.documents < 1000, `${half.documents} documents after the kill`);

    const rerun = await ingest(corpus, db, null);
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.match(rerun.stdout, new RegExp(`${1000 - half.documents} stored, ${half.documents} already stored, 0 failed`));
    const full = await check();
    assert.equal(full.documents, 1000);
    assert.equal(full.stats.mentions, totalMentions);
    assert.ok(full.stats.events < totalMentions, 'retold events are mentions of one event');

    const again = runDyad(['ingest', corpus, '--db', db]);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /0 stored, 1000 already stored/);
    assert.deepEqual((await check()).stats, full.stats);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an ingest killed inside a long document leaves none of it, and a re-run stores it whole', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-kill-long-'));
  const file = join(dir, 'long.txt');
  const db = join(dir, 'long.duckdb');
  try {
    writeFileSync(file, longText(1_200_000));
    const killed = await ingest(file, db, -1);
    assert.equal(killed.signal, 'SIGKILL', `ingest finished before it could be killed:\n${killed.stderr}`);
    const empty = await openDuckDbStore(db);
    try {
      const counts = await empty.db.one(
        `SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM events) + (SELECT count(*) FROM event_mentions)
              + (SELECT count(*) FROM milestones) + (SELECT count(*) FROM indicators) AS n`,
      );
      assert.equal(Number(counts?.['n']), 0, 'rows of a document that was never stored whole');
    } finally {
      await empty.close();
    }
    const rerun = await ingest(file, db, null);
    assert.equal(rerun.code, 0, rerun.stderr);
    assert.match(rerun.stdout, /1 stored, 0 already stored, 0 failed/);
    const whole = await openDuckDbStore(db);
    try {
      const s = await whole.stats();
      assert.equal(s.documents, 1);
      const rows = await whole.db.one('SELECT count(*) AS n FROM event_mentions');
      assert.equal(s.mentions, Number(rows?.['n']));
      assert.ok(s.mentions > 1000, `${s.mentions} mentions`);
    } finally {
      await whole.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
