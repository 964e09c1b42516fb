/** What the benchmarks that write to ClickHouse share: dropping their own database on every server. */
import { createClient, ClickHouseLogLevel } from '@clickhouse/client';
import { parseClickHouseUrl } from '../src/store/clickhouse/index.js';

/** Drop the database `url` names, on the queried node and on every shard. */
export async function dropBenchDatabase(url: string): Promise<void> {
  const target = parseClickHouseUrl(url);
  for (const h of new Set([target.url, ...target.shards])) {
    const c = createClient({ url: h, log: { level: ClickHouseLogLevel.OFF } });
    await c.command({ query: `DROP DATABASE IF EXISTS ${target.database}` }).catch(() => undefined);
    await c.close();
  }
}
