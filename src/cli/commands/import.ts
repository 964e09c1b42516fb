/**
 * `dyad import FILE... [--format gdelt|gdelt1|icews|acled|auto] [--path auto|bulk|rows] [--db PATH]`:
 * loads event-dataset files (plain, .gz or .zip) into the store. Each file is its own batch; a bad row is
 * quarantined and counted, a file that cannot be read is named and the others go on; exit 1 if any
 * file failed. A progress bar (bytes, rows, rate, ETA) on a terminal, one line per file otherwise.
 */
import { defineCommand } from 'citty';
import { many } from '../arguments.js';
import cliProgress from 'cli-progress';
import { DyadError, isDyadError } from '../../core/errors.js';
import { importFile, parseImportFormat, type ImportPath, type ImportProgress } from '../../importers/index.js';
import { parseFormat, printRows } from '../output.js';
import { dbArg, withStore } from './_store-args.js';

function parsePath(v: string): ImportPath {
  if (v === 'auto' || v === 'bulk' || v === 'rows') return v;
  throw new DyadError('BAD_ARGUMENT', `unknown import path '${v}'`, { place: { field: '--path' }, hint: 'Use auto, bulk or rows.' });
}

function progressBar(): { update(p: ImportProgress): void; stop(): void } {
  if (!process.stderr.isTTY) return { update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: '{file} |{bar}| {percentage}% {value_mb}/{total_mb} MB | {rows} rows | {rate} rows/s | ETA {eta_formatted} | {phase}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = 0;
  return {
    update(p) {
      if (!started) {
        started = Date.now();
        bar.start(p.totalBytes, 0, { file: p.file.split('/').pop(), rows: 0, rate: 0, value_mb: '0', total_mb: (p.totalBytes / 1e6).toFixed(1), phase: p.phase });
      }
      const secs = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(p.bytes, { rows: p.rows, rate: Math.round(p.rows / secs), value_mb: (p.bytes / 1e6).toFixed(1), phase: p.phase });
    },
    stop() {
      if (started) bar.stop();
      started = 0;
    },
  };
}

export default defineCommand({
  meta: { name: 'import', description: 'Import GDELT 2.0/1.0, ICEWS or ACLED files (plain, .gz, .zip) into the store' },
  args: {
    files: many({ description: 'Dataset files', required: true, valueHint: 'FILE...' }),
    format: { type: 'string', description: 'gdelt, gdelt1, icews, acled or auto (detected from the first line)', default: 'auto', valueHint: 'FORMAT' },
    path: { type: 'string', description: 'auto (bulk CSV reader where possible), bulk or rows', default: 'auto', valueHint: 'PATH' },
    summary: { type: 'string', description: 'Summary output: table, json, ndjson or csv', default: 'table', valueHint: 'FORMAT' },
    db: dbArg,
  },
  async run({ args }) {
    const format = parseImportFormat(args.format);
    const path = parsePath(args.path);
    const out = parseFormat(args.summary);
    const files = (args._ as string[]).length ? (args._ as string[]) : [args.files];
    const rows: Record<string, unknown>[] = [];
    let failed = 0;
    await withStore(args.db, 'write', async (store) => {
      for (const file of files) {
        const bar = progressBar();
        const t0 = Date.now();
        try {
          const r = await importFile(store, file, { format, path, onProgress: (p) => bar.update(p) });
          bar.stop();
          const secs = (Date.now() - t0) / 1000;
          rows.push({ file, format: r.format, path: r.path, rows: r.rows, inserted: r.inserted, duplicates: r.duplicates, quarantined: r.quarantined, 'rows/s': Math.round(r.rows / Math.max(secs, 0.001)) });
          if (!process.stderr.isTTY) console.error(`dyad: imported ${file}: ${r.inserted} new, ${r.duplicates} already stored, ${r.quarantined} quarantined`);
        } catch (err) {
          bar.stop();
          if (!isDyadError(err)) throw err;
          failed++;
          console.error(`dyad: ${err.describe()}`);
          rows.push({ file, format: '', path: '', rows: 0, inserted: 0, duplicates: 0, quarantined: 0, 'rows/s': 0, error: err.code });
        }
      }
    });
    printRows(rows, out);
    if (failed) process.exitCode = 1;
  },
});
