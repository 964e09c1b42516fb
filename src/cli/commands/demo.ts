/**
 * `dyad demo [--db PATH] [--examples DIR]`: adds the example corpus to a database (default
 * ./dyad.duckdb) and prints what an analyst wants first — the Serbia–NATO timeline with its evidence,
 * Serbia's ladders (NATO, EU, CSTO), its balance between NATO and Russia by year, and the figures the
 * texts state. It never deletes or replaces anything: document ids are hashes of their text, so
 * examples already stored are skipped, and a user's own documents and imported rows stay as they are
 * (`npm start` runs it before `dyad serve`, every time).
 */
import { defineCommand } from 'citty';
import { basename } from 'node:path';
import { balance, ladderStandings, timeline } from '../../analysis/index.js';
import { DyadError } from '../../core/errors.js';
import { packagePath } from '../../core/paths.js';
import { createProgress, findDocuments, ingestFiles } from '../../ingest/index.js';
import { loadCameo } from '../../knowledge/cameo/index.js';
import { createExtractor } from '../../pipeline/extract.js';
import { DEFAULT_DB, openStore } from '../../store/open.js';
import type { Store } from '../../store/store.js';
import { renderTable } from '../output.js';
import { describeSummary } from './ingest.js';
import { flatBalance } from './balance.js';
import { describeStandings } from './ladder.js';
import { cut, showDate } from './_store-args.js';

/** What the demo shows: the actor, its partners, the ladders, the day ladders are read at when no milestone is dated. */
export interface DemoFocus {
  actor: string;
  partner: string;
  rival: string;
  orgs: string[];
  at: string;
}

export const SERBIA: DemoFocus = { actor: 'SRB', partner: 'NATO', rival: 'RUS', orgs: ['NATO', 'EU', 'CSTO'], at: '2017-12-31' };

function heading(title: string): string {
  return `\n== ${title} ${'='.repeat(Math.max(3, 96 - title.length))}\n`;
}

/** The analyst's first page for `focus`, as text. */
export async function demoReport(store: Store, focus: DemoFocus): Promise<string> {
  const cameo = loadCameo();
  const name = (code: string) => (cameo.has(code) ? cameo.get(code).name : code);
  const out: string[] = [];
  const { actor: a, partner: p, rival: r } = focus;

  const items = await timeline(store, { a, b: p });
  const dated = items.filter((i) => i.date !== null);
  const undated = items.length - dated.length;
  out.push(heading(`${a}–${p} timeline: ${items.filter((i) => i.kind === 'event').length} events, ${items.filter((i) => i.kind === 'milestone').length} milestones (★)`));
  out.push(
    renderTable(
      dated.map((i) => ({
        date: showDate(i.date),
        what: i.kind === 'milestone' ? `★ ${i.label}` : `${i.label} ${cut(name(i.code), 34)}`,
        docs: i.kind === 'event' ? i.mentions : '',
        evidence: cut(i.evidence?.text, 88),
      })),
      ['date', 'what', 'docs', 'evidence'],
      96,
    ),
  );
  if (undated) out.push(`(${undated} undated item${undated > 1 ? 's' : ''} not shown: dyad events --dyad ${a}:${p} lists them)`);

  // The ladders as the documents leave them: at the last dated milestone of the actor.
  const days = (await store.milestones({ actor: a })).map((m) => m.date?.end ?? m.date?.start ?? '').filter(Boolean).sort();
  const at = days[days.length - 1] ?? focus.at;
  const standings = await ladderStandings(store, { actor: a, at });
  out.push(heading(`${a}'s ladders at ${at}, the last dated milestone`));
  out.push(describeStandings(standings.filter((s) => focus.orgs.includes(s.org)), at));

  const b = await balance(store, { actor: a, first: p, second: r, by: 'year' });
  out.push(heading(`${a} between ${p} and ${r}, by year (net = weighted cooperative − conflictual acts)`));
  out.push(renderTable(flatBalance(b)));

  const indicators = await store.indicators();
  out.push(heading(`Indicators: ${indicators.length} figures stated in the documents`));
  out.push(
    renderTable(
      indicators.map((i) => ({
        subject: i.subject,
        metric: i.metric,
        value: `${i.qualifier ? `${i.qualifier} ` : ''}${i.value}${i.unit === '%' ? '%' : ` ${i.unit}`}`,
        date: showDate(i.date),
        evidence: cut(i.evidence.text, 70),
      })),
      undefined,
      80,
    ),
  );
  const s = await store.stats();
  out.push(heading('In the database'));
  out.push(`${s.documents} documents, ${s.events} events told by ${s.mentions} mentions, ${s.milestones} milestones, ${s.indicators} indicators.`);
  out.push(`Next: npx dyad events --dyad ${a}:${p} · npx dyad dyad ${a} ${p} --by year · npx dyad balance ${a} ${p} ${r} · npx dyad ladder ${a} --org ${p} · npx dyad evidence EVENT_ID`);
  return `${out.join('\n')}\n`;
}

export default defineCommand({
  meta: { name: 'demo', description: 'Add the examples/ documents to a database (keeping what it holds) and show the Serbia–NATO story: timeline, ladders, balance, indicators' },
  args: {
    db: { type: 'string', description: `The database the examples are added to (default ${DEFAULT_DB}); nothing in it is deleted`, valueHint: 'PATH' },
    examples: { type: 'string', description: 'The corpus folder (default: the package examples/)', valueHint: 'DIR' },
  },
  async run({ args }) {
    const db = args.db ?? DEFAULT_DB;
    if (db.includes('://')) throw new DyadError('BAD_ARGUMENT', 'the demo builds a DuckDB file', { place: { field: '--db' }, hint: 'Give a file path.' });
    const corpus = args.examples ?? packagePath('examples');
    const files = findDocuments([corpus]).files.filter((f) => !/^readme\./i.test(basename(f)));
    if (files.length === 0) throw new DyadError('INPUT_NOT_FOUND', 'no example documents', { place: { file: corpus }, hint: 'The examples/ folder of the package holds them.' });
    const store = await openStore(db);
    try {
      const extractor = createExtractor();
      const progress = createProgress(files.length);
      const summary = await ingestFiles(store, extractor, files, { onFile: (file, o) => progress.tick(file, o.status !== 'failed') }).finally(() => progress.stop());
      for (const f of summary.failed) console.error(`dyad: ${f.error.describe()}`);
      const kept = summary.duplicates > 0 ? ' (examples already there were skipped; nothing stored was changed)' : '';
      process.stdout.write(`Dyad demo: the examples of ${corpus} in ${db}${kept}\n${describeSummary(summary)}\n`);
      process.stdout.write(await demoReport(store, SERBIA));
      if (summary.failed.length > 0) process.exitCode = 1;
    } finally {
      await store.close();
    }
  },
});
