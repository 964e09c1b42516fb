/**
 * For tests of the ClickHouse engine: a fresh database per store (dropped again on close), opened on the
 * servers the environment names — DYAD_CLICKHOUSE_URL (the queried node's HTTP address),
 * DYAD_CLICKHOUSE_CLUSTER and DYAD_CLICKHOUSE_SHARDS (the shards' HTTP addresses) — and a lock that keeps
 * a test that stops a shard from running while another test file uses the cluster.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { createClient, ClickHouseLogLevel } from '@clickhouse/client';
import type { Store } from '../store.js';
import { openClickHouseStore, type ClickHouseStore, type ClickHouseStoreOptions } from './store.js';

/** The servers the tests may use, or null when the environment names none. */
export interface TestServers {
  node: string;
  cluster: string | null;
  shards: string[];
}

export function testServers(): TestServers | null {
  const url = process.env['DYAD_CLICKHOUSE_URL']?.trim();
  if (!url) return null;
  const shards = (process.env['DYAD_CLICKHOUSE_SHARDS'] ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  return { node: url.replace(/^https?:\/\//, '').replace(/\/$/, ''), cluster: process.env['DYAD_CLICKHOUSE_CLUSTER']?.trim() || null, shards };
}

/** Why ClickHouse tests cannot run here; under CI that is a failure, on a user's clone a skip. */
export const NO_SERVERS = 'no ClickHouse servers: set DYAD_CLICKHOUSE_URL (and DYAD_CLICKHOUSE_CLUSTER, DYAD_CLICKHOUSE_SHARDS) — scripts/clickhouse/cluster.sh start';

/** The store URL of a fresh database on one server or on the cluster. */
export function testStoreUrl(kind: 'single' | 'cluster', database: string, extra = ''): string {
  const s = testServers();
  if (!s) throw new Error(NO_SERVERS);
  if (kind === 'single') return `clickhouse://${s.node}/${database}${extra ? `?${extra}` : ''}`;
  if (!s.cluster || s.shards.length === 0) throw new Error(NO_SERVERS);
  return `clickhouse://${s.node}/${database}?cluster=${s.cluster}&shards=${s.shards.join(',')}${extra ? `&${extra}` : ''}`;
}

const LOCK = join(tmpdir(), 'dyad-clickhouse-cluster-test.lock');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Hold the cluster for this process until the returned release runs (other holders are waited for). */
export async function lockCluster(): Promise<() => void> {
  for (;;) {
    try {
      const fd = openSync(LOCK, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return () => {
        if (!released) rmSync(LOCK, { force: true });
        released = true;
      };
    } catch {
      const holder = Number(readFileSync(LOCK, { encoding: 'utf8', flag: 'r' }) || '0');
      if (holder > 0 && !alive(holder)) rmSync(LOCK, { force: true });
      else await sleep(200);
    }
  }
}

/** Drop a test database on the node and on every shard. */
async function dropDatabase(database: string): Promise<void> {
  const s = testServers();
  if (!s) return;
  const hosts = new Set([s.node, ...(s.cluster ? s.shards : [])]);
  for (const h of hosts) {
    const c = createClient({ url: `http://${h}`, log: { level: ClickHouseLogLevel.OFF } });
    await c.command({ query: `DROP DATABASE IF EXISTS ${database}` }).catch(() => undefined);
    await c.close();
  }
}

/**
 * A fresh, empty ClickHouse store for a test, on one server or the cluster; closing it drops its
 * database (and, on the cluster, lets a shard-stopping test run).
 */
export async function openTestClickHouseStore(kind: 'single' | 'cluster', options: ClickHouseStoreOptions = {}): Promise<ClickHouseStore> {
  const database = `dyad_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const release = kind === 'cluster' ? await lockCluster() : () => undefined;
  try {
    const store = await openClickHouseStore(testStoreUrl(kind, database), options);
    const close = store.close.bind(store);
    store.close = async () => {
      try {
        await close();
        await dropDatabase(database);
      } finally {
        release();
      }
    };
    return store;
  } catch (err) {
    release();
    await dropDatabase(database);
    throw err;
  }
}

/** The contract suite's ClickHouse engines: present only when servers are named (always under CI, where they must be). */
export function clickHouseContractEngines(): { name: string; open: (dir: string) => Promise<Store> }[] {
  const s = testServers();
  if (!s && process.env['CI'] !== 'true') return [];
  return [
    { name: 'clickhouse', open: () => openTestClickHouseStore('single') },
    { name: 'clickhouse-cluster', open: () => openTestClickHouseStore('cluster') },
  ];
}
