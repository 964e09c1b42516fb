/**
 * `dyad ingest PATH... [--db PATH] [--published DATE] [--dict FILE]... [--verbs|--actors|--agents FILE]...`: extract and store documents
 * (.txt, .md, .html; files, folders, globs). Each document is one transaction; a document already
 * stored is skipped. A progress bar on a terminal, plain lines otherwise; a summary at the end; exit
 * code 1 if any file failed, each failure named.
 */
import { defineCommand } from 'citty';
import { many } from '../arguments.js';
import { DyadError } from '../../core/errors.js';
import { createProgress, findDocuments, ingestFiles, type IngestSummary } from '../../ingest/index.js';
import { createExtractor } from '../../pipeline/extract.js';
import { DICTIONARY_ARGS, checkPublished, dictionaryFiles, repeatedOption, warnDictionaryProblem } from './_extract-args.js';
import { dbArg, withStore } from './_store-args.js';

/** The summary as the lines a person reads at the end. */
export function describeSummary(s: IngestSummary): string {
  const rate = s.seconds > 0 ? ` (${(s.stored / s.seconds).toFixed(1)} docs/s)` : '';
  return [
    `ingest: ${s.files} files: ${s.stored} stored, ${s.duplicates} already stored, ${s.failed.length} failed, in ${s.seconds.toFixed(1)} s${rate}`,
    `        ${s.events} new events, ${s.mentions} more mentions of stored events, ${s.milestones} milestones, ${s.indicators} indicators` +
      (s.warnings ? `, ${s.warnings} warnings` : ''),
  ].join('\n');
}

export default defineCommand({
  meta: { name: 'ingest', description: 'Extract and store documents (.txt, .md, .html; files, folders, globs)' },
  args: {
    paths: many({ description: 'Files, folders or globs', required: true }),
    db: dbArg,
    published: { type: 'string', description: 'Published date for files that state none', valueHint: 'YYYY[-MM[-DD]]' },
    dict: { type: 'string', description: 'Extra actor dictionary (YAML); repeatable', valueHint: 'FILE' },
    ...DICTIONARY_ARGS,
  },
  async run({ args, rawArgs }) {
    const inputs = args._.map(String);
    const published = checkPublished(args.published);
    const dictFiles = repeatedOption(rawArgs, 'dict');
    const { files, missing } = findDocuments(inputs);
    for (const m of missing) console.error(`dyad: ${m}: no .txt, .md or .html file here [INPUT_NOT_FOUND]`);
    if (files.length === 0) {
      throw new DyadError('INPUT_NOT_FOUND', 'nothing to ingest', { hint: 'Give files, folders or globs of .txt, .md or .html documents.' });
    }
    const extractor = createExtractor({ ...(dictFiles.length ? { dictFiles } : {}), dictionaries: dictionaryFiles(rawArgs), onDictionaryProblem: warnDictionaryProblem });
    const progress = createProgress(files.length);
    const summary = await withStore(args.db, 'write', (store) =>
      ingestFiles(store, extractor, files, {
        ...(published ? { published } : {}),
        onFile: (file, outcome) => progress.tick(file, outcome.status !== 'failed'),
        onProgress: (file, done, total) => progress.within(file, done, total),
      }),
    ).finally(() => progress.stop());
    for (const f of summary.failed) console.error(`dyad: ${f.error.describe()}`);
    console.log(describeSummary(summary));
    if (summary.failed.length > 0 || missing.length > 0) process.exitCode = 1;
  },
});
