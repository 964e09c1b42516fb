/**
 * The ClickHouse engine beyond the contract suite: store URLs, values surviving the round trip, and a
 * shard that is down (a STORE_SHARD_DOWN naming it, or with partial=1 an answer marked partial).
 * Server tests run when DYAD_CLICKHOUSE_URL names servers (always under CI).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { isDyadError } from '../../core/errors.js';
import type { DyadEvent, Indicator, Milestone } from '../../core/model.js';
import { packagePath } from '../../core/paths.js';
import { openStore } from '../open.js';
import { parseClickHouseUrl } from './_conn.js';
import { str } from './_sql.js';
import { isPartial, openClickHouseStore } from './store.js';
import { NO_SERVERS, openTestClickHouseStore, testServers, testStoreUrl } from './testing.js';

function servers(t: { skip(msg: string): void }): boolean {
  if (testServers()) return true;
  if (process.env['CI'] === 'true') assert.fail(NO_SERVERS);
  t.skip(NO_SERVERS);
  return false;
}

test('a clickhouse:// URL gives the node, database, cluster, shards and partial option', () => {
  const one = parseClickHouseUrl('clickhouse://127.0.0.1:8124/dyad');
  assert.deepEqual(one, { url: 'http://127.0.0.1:8124', database: 'dyad', cluster: null, shards: [], allowPartial: false });
  const many = parseClickHouseUrl('clickhouse://ch1:8123/obs?cluster=dyad&shards=ch1:8123,ch2:8123&partial=1');
  assert.deepEqual(many, { url: 'http://ch1:8123', database: 'obs', cluster: 'dyad', shards: ['http://ch1:8123', 'http://ch2:8123'], allowPartial: true });
});

test('a bad clickhouse:// URL is a BAD_ARGUMENT on --db saying what is wrong', () => {
  const bad = (url: string, why: RegExp) =>
    assert.throws(() => parseClickHouseUrl(url), (e) => isDyadError(e) && e.code === 'BAD_ARGUMENT' && e.place?.field === '--db' && why.test(e.message));
  bad('clickhouse://host/dyad', /port/);
  bad('clickhouse://host:8123/dy-ad', /database name/);
  bad('clickhouse://host:8123/dyad?cluster=dyad', /shards=/);
  bad('clickhouse://host:8123/dyad?shards=a:1', /cluster=/);
  bad('clickhouse://host:8123/dyad?cluster=dyad&shards=a', /HOST:PORT/);
  bad('clickhouse://host:8123/dyad?colour=red', /unknown option/);
});

test('a server that does not answer is a STORE error naming it, with a hint', async () => {
  await assert.rejects(openStore('clickhouse://127.0.0.1:1/dyad'), (e) => isDyadError(e) && e.code === 'STORE' && /127\.0\.0\.1:1/.test(e.message) && !!e.hint);
});

test('text with quotes, backslashes, tabs, newlines and non-Latin letters comes back as it went in', async (t) => {
  if (!servers(t)) return;
  const store = await openTestClickHouseStore('single');
  try {
    const text = "l'Alliance \\ «Vučić» \t tab \n line \r\n \\N end\\";
    const r = await store.conn.one(`SELECT ${str(text)} AS v`);
    assert.equal(r?.['v'], text);
    await store.putDocument(
      { id: "d'1\\", path: 'a\tb.md', title: text, published: '2015-01-01', text, ingestedAt: '2026-01-01T00:00:00Z' },
      { document: { id: "d'1\\", published: '2015-01-01' }, events: [], milestones: [], indicators: [], warnings: [] },
    );
    const d = await store.getDocument("d'1\\");
    assert.equal(d?.text, text);
    assert.equal(d?.title, text);
    assert.equal(d?.path, 'a\tb.md');
    assert.equal(d?.ingestedAt, '2026-01-01T00:00:00Z');
  } finally {
    await store.close();
  }
});

test('a read-only store on a database without Dyad tables is NOT_FOUND; an unknown cluster is a BAD_ARGUMENT', async (t) => {
  if (!servers(t)) return;
  await assert.rejects(
    openClickHouseStore(testStoreUrl('single', 'dyad_no_such_db'), { readOnly: true }),
    (e) => isDyadError(e) && (e.code === 'NOT_FOUND' || e.code === 'STORE'),
  );
  const s = testServers();
  await assert.rejects(
    openClickHouseStore(`clickhouse://${s?.node ?? ''}/dyad_x?cluster=no_such_cluster&shards=${s?.node ?? ''}`),
    (e) => isDyadError(e) && e.code === 'BAD_ARGUMENT' && /no_such_cluster/.test(e.message),
  );
});

/** Event i of 40 on its own day, so none tells another again. */
function ev(i: number): DyadEvent {
  const day = new Date(Date.UTC(2015, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
  return {
    id: `down:e${i}`, source: { principal: 'SRB', actor: 'Serbia' }, target: { principal: 'NATO', actor: 'NATO' }, code: '040', root: '04',
    quadClass: 1, goldstein: 1, date: { start: day, end: day, precision: 'day' }, evidence: { start: i, end: i + 1, text: `s${i}` }, rule: 'r', confidence: 1,
  };
}

test('a shard that is down fails the query naming the shard, or with partial=1 gives an answer marked partial', async (t) => {
  if (!servers(t)) return;
  const s = testServers();
  if (!s?.cluster) {
    if (process.env['CI'] === 'true') assert.fail(NO_SERVERS);
    t.skip('no cluster named (DYAD_CLICKHOUSE_CLUSTER)');
    return;
  }
  const script = packagePath('scripts', 'clickhouse', 'cluster.sh');
  // Holds the cluster lock until closed: no other test file uses the cluster while shard 2 is down.
  const store = await openTestClickHouseStore('cluster');
  const database = store.conn.target.database;
  const partialStore = await openClickHouseStore(testStoreUrl('cluster', database, 'partial=1'));
  try {
    // 40 events on 40 different ids: both shards hold some (events are sharded by id).
    const events = Array.from({ length: 40 }, (_, i) => ev(i));
    await store.putDocument(
      { id: 'down-doc', published: null, text: 'x', ingestedAt: '2026-01-01T00:00:00Z' },
      { document: { id: 'down-doc', published: null }, events, milestones: [], indicators: [], warnings: [] },
    );
    const full = await store.events({ dyad: ['SRB', 'NATO'] });
    assert.equal(full.length, 40);
    assert.equal(isPartial(full), false);

    const shard2 = (await store.conn.all(`SELECT host_address, port FROM system.clusters WHERE cluster = ${str(s.cluster)} AND shard_num = 2`))[0];
    const address = `${String(shard2?.['host_address'])}:${String(shard2?.['port'])}`;
    execFileSync('bash', [script, 'stop-shard', '2'], { stdio: 'ignore' });
    try {
      await assert.rejects(
        store.events({ dyad: ['SRB', 'NATO'] }),
        (e) => isDyadError(e) && e.code === 'STORE_SHARD_DOWN' && e.message.includes(address),
      );
      await assert.rejects(store.dyadSeries({ a: 'SRB', b: 'NATO', by: 'year' }), (e) => isDyadError(e) && e.code === 'STORE_SHARD_DOWN');
      const some = await partialStore.events({ dyad: ['SRB', 'NATO'] });
      assert.ok(some.length > 0 && some.length < 40, `shard 1 alone holds part of the events (got ${some.length})`);
      assert.equal(isPartial(some), true);
      assert.deepEqual(partialStore.lastQuery.unavailableShards, [address]);
      const series = await partialStore.dyadSeries({ a: 'SRB', b: 'NATO', by: 'year' });
      assert.equal(isPartial(series), true);
      assert.equal(series[0]?.events, some.length);
    } finally {
      execFileSync('bash', [script, 'start-shard', '2'], { stdio: 'ignore' });
    }
    const again = await partialStore.events({ dyad: ['SRB', 'NATO'] });
    assert.equal(again.length, 40);
    assert.equal(isPartial(again), false);
    assert.equal(partialStore.lastQuery.partial, false);
  } finally {
    await partialStore.close();
    await store.close();
  }
});

test('an aborted import leaves nothing behind; the same rows and bad rows imported after go in once', async (t) => {
  if (!servers(t)) return;
  const store = await openTestClickHouseStore('single');
  try {
    const rows = [1, 2, 3].map((i) => ({
      dataset: 'icews' as const, rowKey: `k${i}|2015-01-0${i}`, source: { principal: 'SRB', actor: 'Serbia' }, target: { principal: 'RUS', actor: 'Russia' },
      code: '040', root: '04', quadClass: 1 as const, goldstein: 1, date: { start: `2015-01-0${i}`, end: `2015-01-0${i}`, precision: 'day' as const },
      mentions: 1, sourceUrl: null, line: i,
    }));
    const bad = [{ file: 'f.tab', line: 9, reason: 'too few columns', raw: 'x' }];
    const aborted = await store.beginImport({ batchId: 'b1', file: 'f.tab', dataset: 'icews' });
    await aborted.add(rows);
    await aborted.quarantine(bad);
    await aborted.abort();
    assert.deepEqual(await store.stats(), { documents: 0, events: 0, mentions: 0, milestones: 0, indicators: 0, quarantined: 0 });
    for (const expected of [{ inserted: 3, duplicates: 0, quarantined: 1 }, { inserted: 0, duplicates: 3, quarantined: 1 }]) {
      const sink = await store.beginImport({ batchId: `b-${expected.inserted}`, file: 'f.tab', dataset: 'icews' });
      await sink.add(rows);
      await sink.quarantine(bad);
      assert.deepEqual(await sink.finish(), expected);
    }
    const stats = await store.stats();
    assert.equal(stats.events, 3);
    assert.equal(stats.quarantined, 1, 'the same bad row, imported twice, is quarantined once');
  } finally {
    await store.close();
  }
});

test('a database from before evidence pages gets the page columns when opened for writing, and then keeps pages', async (t) => {
  if (!servers(t)) return;
  const store = await openTestClickHouseStore('cluster');
  try {
    // Made old: the page columns, and the sector columns that came after them, dropped everywhere and the
    // schema recorded as the first one.
    const { conn } = store;
    const later: [string, string][] = [
      ...['events', 'event_mentions', 'milestones', 'indicators'].map((table): [string, string] => [table, 'evidence_page']),
      ['events', 'source_sector'],
      ['events', 'target_sector'],
    ];
    for (const [table, column] of later) {
      for (const client of conn.shardClients) await conn.run(`ALTER TABLE ${table}_local DROP COLUMN ${column}`, client);
      await conn.run(`ALTER TABLE ${table} DROP COLUMN ${column}`);
    }
    await conn.run('DROP TABLE schema_version');
    await conn.run(`CREATE TABLE schema_version (version UInt32, name String, applied_at DateTime) ENGINE = ReplacingMergeTree ORDER BY version`);
    await conn.run(`INSERT INTO schema_version (version, name, applied_at) VALUES (1, 'first', now())`);
    const url = testStoreUrl('cluster', conn.target.database);
    await assert.rejects(openClickHouseStore(url, { readOnly: true }), (e) => isDyadError(e) && e.code === 'STORE' && !!e.hint);
    const upgraded = await openClickHouseStore(url);
    try {
      const e = { ...ev(1), id: 'paged', evidence: { start: 0, end: 2, text: 'on a page', page: 7 } };
      await upgraded.putDocument(
        { id: 'pdf', published: '2015-01-01', text: 'on a page', ingestedAt: '2026-01-01T00:00:00Z' },
        { document: { id: 'pdf', published: '2015-01-01' }, events: [e], milestones: [], indicators: [], warnings: [] },
      );
      assert.equal((await upgraded.events({ dyad: ['SRB', 'NATO'] }))[0]?.evidence?.page, 7);
      assert.equal((await upgraded.evidence('paged'))?.mentions[0]?.evidence.page, 7);
      const versions = await upgraded.conn.all('SELECT version FROM schema_version FINAL ORDER BY version');
      assert.deepEqual(versions.map((r) => Number(r['version'])), [1, 3, 4, 5]);
    } finally {
      await upgraded.close();
    }
  } finally {
    await store.close();
  }
});

test("a database made before the sides' sectors gains their columns when opened for writing", async (t) => {
  if (!servers(t)) return;
  const store = await openTestClickHouseStore('single');
  try {
    const database = store.conn.target.database;
    // Made older: the sector columns dropped and the schema recorded as the one before them.
    for (const c of ['source_sector', 'target_sector']) await store.conn.run(`ALTER TABLE events DROP COLUMN ${c}`);
    await store.conn.run('DROP TABLE schema_version');
    await store.conn.run(`CREATE TABLE schema_version (version UInt32, name String, applied_at DateTime) ENGINE = ReplacingMergeTree ORDER BY version`);
    await store.conn.run(`INSERT INTO schema_version (version, name, applied_at) VALUES (1, 'first', now()), (3, 'pages', now()), (4, 'kinds', now())`);
    const again = await openClickHouseStore(testStoreUrl('single', database));
    try {
      const cols = await again.conn.all(`SELECT name FROM system.columns WHERE database = ${str(database)} AND table = 'events'`);
      assert.ok(['source_sector', 'target_sector'].every((c) => cols.some((r) => r['name'] === c)));
      const e = { ...ev(1), id: 'sector:e1', source: { principal: 'PER', actor: 'Peruvian police', sector: 'police' } };
      await again.putDocument(
        { id: 'sector-doc', published: '2015-01-02', text: 'x', ingestedAt: '2026-01-01T00:00:00Z' },
        { document: { id: 'sector-doc', published: '2015-01-02' }, events: [e], milestones: [], indicators: [], warnings: [] },
      );
      const [got] = await again.events({ dyad: ['PER', 'NATO'] });
      assert.equal(got?.source.sector, 'police');
    } finally {
      await again.close();
    }
  } finally {
    await store.close();
  }
});

test('a database made before documents had a kind gets the column on open: its documents keep theirs without one', async (t) => {
  if (!servers(t)) return;
  const node = testServers()?.node ?? '';
  const database = `dyad_test_kind_${process.pid}`;
  const sql = async (query: string): Promise<string> => {
    const r = await fetch(`http://${node}/`, { method: 'POST', body: query });
    const body = await r.text();
    if (!r.ok) throw new Error(body);
    return body;
  };
  await sql(`CREATE DATABASE IF NOT EXISTS ${database}`);
  try {
    // The documents table and schema record as the first schema made them.
    await sql(`CREATE TABLE ${database}.documents (id String, path Nullable(String), title Nullable(String), published Nullable(String),
      language Nullable(String), text String, ingested_at DateTime) ENGINE = ReplacingMergeTree ORDER BY id`);
    await sql(`CREATE TABLE ${database}.schema_version (version UInt32, name String, applied_at DateTime) ENGINE = ReplacingMergeTree ORDER BY version`);
    await sql(`INSERT INTO ${database}.schema_version VALUES (1, 'first', now())`);
    await sql(`INSERT INTO ${database}.documents VALUES ('old', 'old.md', 'Old', '2010', 'en', 'old text', now())`);
    const store = await openClickHouseStore(testStoreUrl('single', database));
    try {
      const old = await store.getDocument('old');
      assert.equal(old?.title, 'Old');
      assert.equal(old && 'kind' in old, false);
      await store.putDocument(
        { id: 'new', published: null, text: 'new text', ingestedAt: '2026-01-01T00:00:00Z', kind: 'chronology' },
        { document: { id: 'new', published: null }, events: [], milestones: [], indicators: [], warnings: [] },
      );
      assert.equal((await store.getDocument('new'))?.kind, 'chronology');
    } finally {
      await store.close();
    }
    // Opened again, the column is there already: nothing to add, nothing fails.
    await (await openClickHouseStore(testStoreUrl('single', database))).close();
  } finally {
    await sql(`DROP DATABASE IF EXISTS ${database}`);
  }
});

test('tables whose added columns sit elsewhere, in another order, store and give back every value in its own column', async (t) => {
  if (!servers(t)) return;
  const store = await openTestClickHouseStore('cluster');
  try {
    // The columns migrations add, dropped and put back by hand in another order, between the first ones.
    const { conn } = store;
    const moved: [table: string, column: string, type: string, after: string][] = [
      ['events', 'target_sector', 'Nullable(String)', 'id'],
      ['events', 'evidence_page', 'Nullable(Int32)', 'dataset'],
      ['events', 'source_sector', 'Nullable(String)', 'code'],
      ['event_mentions', 'evidence_page', 'Nullable(Int32)', 'event_id'],
      ['milestones', 'evidence_page', 'Nullable(Int32)', 'id'],
      ['indicators', 'evidence_page', 'Nullable(Int32)', 'id'],
      ['documents', 'kind', 'Nullable(String)', 'id'],
    ];
    for (const [table, column] of moved) {
      for (const client of conn.shardClients) await conn.run(`ALTER TABLE ${table}_local DROP COLUMN ${column}`, client);
      await conn.run(`ALTER TABLE ${table} DROP COLUMN ${column}`);
    }
    for (const [table, column, type, after] of moved) {
      for (const client of conn.shardClients) await conn.run(`ALTER TABLE ${table}_local ADD COLUMN ${column} ${type} AFTER ${after}`, client);
      await conn.run(`ALTER TABLE ${table} ADD COLUMN ${column} ${type} AFTER ${after}`);
    }
    const order = await conn.all('DESCRIBE TABLE events_local');
    assert.deepEqual(order.slice(0, 4).map((r) => r['name']), ['id', 'target_sector', 'dataset', 'evidence_page'], 'the columns were moved');

    const told = (id: string, page: number): DyadEvent => ({
      ...ev(1),
      id,
      source: { principal: 'PER', actor: 'Peruvian police', sector: 'police' },
      target: { principal: 'BOL', actor: 'Bolivian Congress', sector: 'legislature' },
      evidence: { start: 0, end: 4, text: 'told', page },
    });
    const milestone: Milestone = {
      id: 'm1', actor: 'PER', org: 'NATO', instrument: 'PfP', status: 'signed', date: { start: '2015-01-02', end: '2015-01-02', precision: 'day' },
      evidence: { start: 5, end: 9, text: 'signed', page: 3 }, rule: 'mr',
    };
    const indicator: Indicator = {
      id: 'i1', subject: 'PER', metric: 'support', value: 61, unit: '%', qualifier: 'over', date: { start: '2015-01-02', end: '2015-01-02', precision: 'day' },
      evidence: { start: 10, end: 14, text: 'sixty', page: 4 }, rule: 'ir',
    };
    await store.putDocument(
      { id: 'first', published: '2015-01-02', text: 'told signed sixty', ingestedAt: '2026-01-01T00:00:00Z', kind: 'chronology' },
      { document: { id: 'first', published: '2015-01-02' }, events: [told('first:e', 7)], milestones: [milestone], indicators: [indicator], warnings: [] },
    );
    // Told again by a second document: the stored event is read whole and written again, one mention up.
    await store.putDocument(
      { id: 'second', published: '2015-01-03', text: 'told again', ingestedAt: '2026-01-02T00:00:00Z', kind: 'news' },
      { document: { id: 'second', published: '2015-01-03' }, events: [told('second:e', 9)], milestones: [], indicators: [], warnings: [] },
    );
    const [e] = await store.events({ dyad: ['PER', 'BOL'] });
    assert.equal(e?.id, 'first:e');
    assert.equal(e?.mentions, 2);
    assert.deepEqual([e?.source.sector, e?.target.sector, e?.evidence?.page, e?.code], ['police', 'legislature', 7, '040']);
    assert.deepEqual((await store.evidence('first:e'))?.mentions.map((m) => m.evidence.page).sort(), [7, 9]);
    assert.equal((await store.getDocument('first'))?.kind, 'chronology');
    const [m] = await store.milestones({ actor: 'PER' });
    assert.deepEqual([m?.instrument, m?.status, m?.evidence?.page], ['PfP', 'signed', 3]);
    const [i] = await store.indicators('PER');
    assert.deepEqual([i?.value, i?.unit, i?.evidence?.page], [61, '%', 4]);
    // The first document removed: the event is written again with the second's evidence, sectors kept.
    await store.removeDocument('first');
    const [left] = await store.events({ dyad: ['PER', 'BOL'] });
    assert.deepEqual([left?.mentions, left?.evidence?.page, left?.source.sector, left?.target.sector], [1, 9, 'police', 'legislature']);
  } finally {
    await store.close();
  }
});
