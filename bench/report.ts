/**
 * bench/report: how long a report of one dyad takes from a 10-million-event DuckDB store — built and
 * rendered as HTML, and as PDF (printed by Chromium) — beside the dyad's series query on the same store
 * in the same run, as ratios. Two dyads: the busiest (every event in its CSV appendix) and a middling one.
 * The store is built once and kept under the temporary folder, so reruns start at the measuring.
 *
 *   npm run bench:report -- [--events 10000000] [--reps 3] [--dir DIR]
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildReport, renderReport } from '../src/report/index.js';
import { openDuckDbStore } from '../src/store/duckdb/index.js';
import { loadSyntheticEvents, syntheticCountries } from './_synthetic.js';
import { median, timeRuns } from './_timing.js';

const { values: args } = parseArgs({
  options: {
    events: { type: 'string', default: '10000000' },
    reps: { type: 'string', default: '3' },
    dir: { type: 'string', default: join(tmpdir(), 'dyad-bench-report') },
  },
});
const TOTAL = Number(args.events);
const REPS = Number(args.reps);
const COUNTRIES = 200;

const time = (fn: () => Promise<unknown>): Promise<number[]> => timeRuns(fn, REPS);

async function main(): Promise<void> {
  mkdirSync(args.dir, { recursive: true });
  const path = join(args.dir, `events-${TOTAL}.duckdb`);
  const done = `${path}.done`;
  const store = await openDuckDbStore(path);
  try {
    if (!existsSync(done)) {
      console.log(`bench/report: building a store of ${TOTAL.toLocaleString('en')} synthetic events at ${path} (kept for the next run)`);
      const load = await loadSyntheticEvents(store, { total: TOTAL, countries: COUNTRIES, years: 30, order: 'sorted' });
      writeFileSync(done, `${load.rows}\n`);
      console.log(`load: ${load.rows.toLocaleString('en')} rows in ${(load.ms / 1000).toFixed(1)} s`);
    } else {
      console.log(`bench/report: the store of ${TOTAL.toLocaleString('en')} events at ${path} (delete it to rebuild)`);
    }
    // The same seeded weights as the loader: C000–C001 is the busiest dyad, C020–C050 a middling one.
    const { codes } = syntheticCountries(COUNTRIES);
    const dyads: [string, string, string][] = [[codes[0]!, codes[1]!, codes[2]!], [codes[20]!, codes[50]!, codes[21]!]];
    for (const [a, b, c] of dyads) {
      const q = { a, b, against: c, from: '2000-01-01', to: '2019-12-31' };
      const series = await time(() => store.dyadSeries({ a, b, by: 'year', from: q.from, to: q.to }));
      let events = 0;
      const html = await time(async () => {
        const r = await buildReport(store, q);
        events = r.appendix.count;
        await renderReport(r, 'html');
      });
      const pdf = await time(async () => renderReport(await buildReport(store, q), 'pdf'));
      const base = median(series);
      const line = (name: string, xs: number[]) =>
        console.log(`  ${name.padEnd(26)} median ${median(xs).toFixed(1).padStart(9)} ms   × series ${(median(xs) / base).toFixed(1)}`);
      console.log(`-- ${a}–${b} against ${c}, 2000–2019: ${events.toLocaleString('en')} events (machine load ${loadavg()[0]?.toFixed(1)})`);
      line('dyad series by year', series);
      line('report, HTML', html);
      line('report, PDF', pdf);
    }
  } finally {
    await store.close();
  }
}

await main();
