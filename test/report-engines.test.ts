/**
 * The same report from DuckDB and from the two-shard ClickHouse cluster: the example corpus (as `npm
 * start` loads it) goes into both, and the reports of SRB–NATO against RUS and of XKX–SRB are compared
 * whole — the data, the HTML and the Markdown with its files. Runs when DYAD_CLICKHOUSE_URL names
 * servers (always under CI).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Extraction } from '../src/core/model.js';
import { packagePath } from '../src/core/paths.js';
import { findDocuments, ingestFiles, type DocumentExtractor } from '../src/ingest/index.js';
import { createExtractor } from '../src/pipeline/extract.js';
import { buildReport, renderHtml, renderMarkdown, type ReportQuery } from '../src/report/index.js';
import { NO_SERVERS, openTestClickHouseStore, testServers } from '../src/store/clickhouse/testing.js';
import { openStore } from '../src/store/open.js';
import type { Store } from '../src/store/store.js';

const QUERIES: ReportQuery[] = [
  { a: 'SRB', b: 'NATO', from: '2006-01-01', to: '2017-12-31', against: 'RUS' },
  { a: 'XKX', b: 'SRB' },
];

/** Each document extracted once, whichever store it goes into. */
function once(extractor: DocumentExtractor): DocumentExtractor {
  const memo = new Map<string, Extraction>();
  return {
    extract(text, input) {
      const key = `${JSON.stringify(input ?? {})}\n${text}`;
      let x = memo.get(key);
      if (!x) memo.set(key, (x = extractor.extract(text, input)));
      return x;
    },
  };
}

async function reports(store: Store): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const q of QUERIES) {
    const r = await buildReport(store, q);
    out.push(r, renderHtml(r, { generator: 'Dyad' }), renderMarkdown(r, { stem: 'r', generator: 'Dyad' }));
  }
  return out;
}

test('DuckDB and the ClickHouse cluster give the same reports', async (t) => {
  if (!testServers()) {
    if (process.env['CI']) assert.fail(NO_SERVERS);
    t.skip(NO_SERVERS);
    return;
  }
  const files = findDocuments([packagePath('examples')]).files.filter((f) => !/^readme\./i.test(basename(f)));
  const extractor = once(createExtractor());
  const dir = mkdtempSync(join(tmpdir(), 'dyad-report-engines-'));
  const duck = await openStore(join(dir, 'r.duckdb'));
  const click = await openTestClickHouseStore('cluster');
  try {
    const [d, c] = [await ingestFiles(duck, extractor, files), await ingestFiles(click, extractor, files)];
    assert.equal(d.failed.length, 0);
    assert.deepEqual([c.stored, c.failed.length], [d.stored, 0]);
    const [fromDuck, fromClick] = [await reports(duck), await reports(click)];
    // The data exercises what it should: a report with a ladder, a balance, figures and a long timeline.
    const first = fromDuck[0] as { timeline: { rows: unknown[] }; ladder: { steps: unknown[] }; balance: unknown; indicators: { rows: unknown[] } };
    assert.ok(first.timeline.rows.length >= 10 && first.ladder.steps.length >= 3 && first.balance && first.indicators.rows.length > 0);
    for (let i = 0; i < fromDuck.length; i++) assert.deepEqual(fromClick[i], fromDuck[i], `report part ${i}`);
  } finally {
    await click.close();
    await duck.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
