/**
 * One database, server and command line together: while `dyad serve` holds a DuckDB file, `dyad
 * ingest`, `dyad import` and the query commands on the same file work (they go through the server's
 * local channel), the API serves what they wrote at once, and `/api/stats` counts it. A read-only
 * server says so, and a server killed without cleaning up leaves nothing in the way.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gdeltLine } from '../src/importers/_fixtures.js';
import { runDyad } from './_run-dyad.js';
import { fixtureStore, type Fixture } from './server-fixture.js';
import { startServe } from './serve-process.js';

const NOTE = 'Oslo, March 2016.\n\nNorway criticised Chile on 14 March 2016. Chile praised Norway on 20 March 2016.\n';

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const r = await fetch(url, init);
  assert.equal(r.status, 200, `${url}: ${r.status} ${await r.clone().text()}`);
  return (await r.json()) as T;
}

/** The fixture database, closed so that a server can hold it, and a note to ingest beside it. */
async function closedFixture(): Promise<{ fx: Fixture; db: string; note: string }> {
  const fx = await fixtureStore();
  await fx.store.close();
  const note = join(fx.dir, 'oslo.txt');
  writeFileSync(note, NOTE);
  return { fx, db: join(fx.dir, 'test.duckdb'), note };
}

interface Stats {
  documents: number;
  events: number;
}

test('with dyad serve running, dyad ingest on the same database stores, and the API serves it at once', async () => {
  const { fx, db, note } = await closedFixture();
  const server = await startServe(['--db', db], { DYAD_TOKEN: 'secret' });
  try {
    const endpoint = `${db}.serve.json`;
    assert.ok(existsSync(endpoint), 'the server writes its endpoint beside the database');
    assert.equal(statSync(endpoint).mode & 0o077, 0, 'the endpoint file (it holds a key) is readable by its owner only');
    const before = await json<Stats>(`${server.base}/api/stats`);
    assert.equal(before.documents, 3);
    // Nothing of Norway and Chile yet: an answer the server may keep, which the ingest must make stale.
    const none = await json<{ items: unknown[] }>(`${server.base}/api/events?dyad=NOR:CHL`);
    assert.equal(none.items.length, 0);

    const ingest = runDyad(['ingest', note, '--db', db]);
    assert.equal(ingest.status, 0, ingest.stderr);
    assert.match(ingest.stdout, /1 stored/);

    const events = await json<{ items: { source: { principal: string }; code: string }[] }>(`${server.base}/api/events?dyad=NOR:CHL`);
    assert.deepEqual(events.items.map((e) => `${e.source.principal} ${e.code}`).sort(), ['CHL 051', 'NOR 111']);
    const after = await json<Stats>(`${server.base}/api/stats`);
    assert.equal(after.documents, 4);
    assert.equal(after.events, before.events + 2);

    // Reads from the command line go through the server too, and see the same.
    const listed = runDyad(['events', '--dyad', 'NOR:CHL', '--db', db, '--format', 'json']);
    assert.equal(listed.status, 0, listed.stderr);
    assert.equal((JSON.parse(listed.stdout) as unknown[]).length, 2);
    // The same file again is a duplicate, as it would be without the server.
    const again = runDyad(['ingest', note, '--db', db]);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stdout, /1 already stored/);
  } finally {
    assert.equal(await server.stop(), 0);
    assert.ok(!existsSync(`${db}.serve.json`), 'the endpoint file goes with the server');
  }
  // Without the server the commands open the file themselves and find what was stored through it.
  const direct = runDyad(['events', '--dyad', 'NOR:CHL', '--db', db, '--format', 'json']);
  assert.equal(direct.status, 0, direct.stderr);
  assert.equal((JSON.parse(direct.stdout) as unknown[]).length, 2);
  await fx.close().catch(() => undefined);
});

test('a read-only server says read-only to API writes, while dyad ingest and dyad import on its database still go through', async () => {
  const { fx, db, note } = await closedFixture();
  const server = await startServe(['--db', db, '--read-only'], { DYAD_TOKEN: 'secret' });
  try {
    assert.match(server.output(), /read-only/);
    const write = await fetch(`${server.base}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer secret' },
      body: JSON.stringify({ text: NOTE }),
    });
    assert.equal(write.status, 403);
    const body = (await write.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'READ_ONLY');
    assert.match(body.error.message, /read-only/);
    assert.doesNotMatch(body.error.message, /without a token/);

    const ingest = runDyad(['ingest', note, '--db', db]);
    assert.equal(ingest.status, 0, ingest.stderr);
    const stats = await json<Stats>(`${server.base}/api/stats`);
    assert.equal(stats.documents, 4);

    // A dataset file is imported by the server, which reads it where the command found it.
    const gdelt = join(fx.dir, 'rows.export.CSV');
    writeFileSync(gdelt, `${[gdeltLine({ id: '501', day: '20160301' }), gdeltLine({ id: '502', day: '20160302', code: '051' })].join('\n')}\n`);
    const imported = runDyad(['import', gdelt, '--db', db, '--summary', 'json']);
    assert.equal(imported.status, 0, imported.stderr);
    assert.deepEqual((JSON.parse(imported.stdout) as { inserted: number }[]).map((r) => r.inserted), [2]);
    const gdeltEvents = await json<{ items: unknown[] }>(`${server.base}/api/events?dataset=gdelt`);
    assert.equal(gdeltEvents.items.length, 2);
    assert.equal((await json<Stats>(`${server.base}/api/stats`)).events, stats.events + 2);
  } finally {
    assert.equal(await server.stop(), 0);
    await fx.close().catch(() => undefined);
  }
});

test('a second dyad serve on a served database names the first; a server killed outright leaves nothing in the way', async () => {
  const { fx, db } = await closedFixture();
  const server = await startServe(['--db', db]);
  try {
    const second = runDyad(['serve', '--db', db, '--port', '0']);
    assert.equal(second.status, 1);
    assert.match(second.stderr, new RegExp(`already served by process ${String(server.child.pid)}`));
  } finally {
    server.child.kill('SIGKILL');
    await new Promise((resolve) => server.child.once('exit', resolve));
  }
  assert.ok(existsSync(`${db}.serve.json`), 'a killed server leaves its endpoint file');
  const listed = runDyad(['events', '--dyad', 'SRB:NATO', '--db', db, '--format', 'json']);
  assert.equal(listed.status, 0, listed.stderr);
  assert.equal((JSON.parse(listed.stdout) as unknown[]).length, 2);
  await fx.close().catch(() => undefined);
});
