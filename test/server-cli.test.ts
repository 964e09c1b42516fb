/**
 * `dyad serve` as a user runs it: its own process on a loopback port, printing its address, answering
 * the API, serving the dashboard, and stopping cleanly on SIGTERM.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath } from '../src/core/paths.js';
import { fixtureStore } from './server-fixture.js';

test('dyad serve prints its address, answers, and stops on SIGTERM', async () => {
  const fx = await fixtureStore();
  await fx.store.close();
  const db = join(fx.dir, 'test.duckdb');
  const child = spawn(process.execPath, [packagePath('bin', 'dyad.js'), 'serve', '--db', db, '--port', '0', '--read-only'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const base = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        const m = /Dyad dashboard: (http:\/\/127\.0\.0\.1:\d+)\//.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      child.once('exit', (code) => reject(new Error(`exited ${String(code)} before listening: ${out}`)));
    });
    const health = (await (await fetch(`${base}/api/health`)).json()) as { ok: boolean; engine: string };
    assert.deepEqual(health, { ok: true, engine: 'duckdb' });
    const events = (await (await fetch(`${base}/api/events?dyad=SRB:NATO`)).json()) as { items: unknown[] };
    assert.equal(events.items.length, 2);
    const write = await fetch(`${base}/api/documents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"text":"x"}' });
    assert.equal(write.status, 403, 'a read-only server takes no writes');
    assert.equal(((await write.json()) as { error: { code: string } }).error.code, 'READ_ONLY');
    const bad = await fetch(`${base}/api/events?limit=1e99`);
    assert.equal(bad.status, 400);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    assert.equal(await exited, 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(fx.dir, { recursive: true, force: true });
  }
});
