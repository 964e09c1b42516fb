/**
 * `dyad eval GOLD.json... [--format table|json] [--dict FILE]... [--min-f1 X] [--extraction FILE]... [--document FILE]...`:
 * runs the extractor on each gold file's document (or on the same document in another format given
 * with `--document`, e.g. its PDF or Word file; or reads a saved extraction) and scores it by
 * ../shared/spec/gold-format.md: per file and in total, precision, recall and F1 for events (strict,
 * and with dates ignored, plus the full-code agreement), milestones and indicators, then every miss
 * and false alarm with its sentence. A low score is not an error (exit 0) unless `--min-f1` says so.
 */
import { defineCommand } from 'citty';
import { many } from '../arguments.js';
import { DyadError, isDyadError } from '../../core/errors.js';
import { buildReport, goldDocumentPath, loadExtraction, loadGold, renderReport, scoreFile, type ExtractionLike, type FileScore } from '../../eval/index.js';
import type { Extractor } from '../../pipeline/extract.js';
import { statedPublished } from '../../pipeline/layout/index.js';
import { normalisePublished, readFrontMatter } from '../../ingest/index.js';
import { formatOfFile, isConverted, readDocument, type DocumentText } from '../../read/index.js';
import { parseFormat } from '../output.js';
import { reportFailure } from '../failure.js';
import { positionals, repeatedOption } from './_extract-args.js';
import { guardStdout } from './_extract-writers.js';

function minF1Of(value: string | undefined): number | null {
  if (value === undefined) return null;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) {
    throw new DyadError('BAD_ARGUMENT', `'${value}' is not a number from 0 to 1`, { place: { field: '--min-f1' } });
  }
  return n;
}

export default defineCommand({
  meta: {
    name: 'eval',
    description: 'Score the extractor against gold files: precision, recall and F1 for events, milestones and indicators.',
  },
  args: {
    gold: many({ description: 'Gold file(s) in the format of gold-format.md', required: true }),
    format: { type: 'string', default: 'table', description: 'table or json' },
    dict: { type: 'string', description: 'A user dictionary (YAML/JSON) of actors for the extractor; repeatable' },
    extraction: { type: 'string', description: 'Score this saved extraction (extract --format json) instead of running the extractor; one per gold file, in order; repeatable' },
    document: { type: 'string', description: 'Run the extractor on this file instead of the gold file\u2019s document: the same document as PDF, Word, HTML…; one per gold file, in order; repeatable' },
    'min-f1': { type: 'string', description: 'Exit 1 when the total F1 of events, milestones or indicators is below this (0..1)' },
  },
  async run({ args, rawArgs }) {
    const format = parseFormat(args.format, ['table', 'json']);
    const minF1 = minF1Of(args['min-f1']);
    const golds = positionals(rawArgs, ['format', 'dict', 'extraction', 'document', 'min-f1']);
    const saved = repeatedOption(rawArgs, 'extraction');
    const documents = repeatedOption(rawArgs, 'document');
    for (const [option, list] of [['--extraction', saved], ['--document', documents]] as const) {
      if (list.length > 0 && list.length !== golds.length) {
        throw new DyadError('BAD_ARGUMENT', `${list.length} ${option} files for ${golds.length} gold files`, {
          place: { field: option },
          hint: `Give one ${option} file per gold file, in the same order, or none.`,
        });
      }
    }
    let extractor: Extractor | null = null;
    const files: FileScore[] = [];
    let failed = 0;
    for (const [i, file] of golds.entries()) {
      try {
        // A web page, PDF or Word file (named by the gold file or given with --document) is read as
        // ingest reads it; text and Markdown as written, so quotes are found byte for byte.
        const named = goldDocumentPath(file);
        const documentFile = documents[i] ?? (named !== null && isConverted(formatOfFile(named)) ? named : undefined);
        let read: DocumentText | null = null;
        if (documentFile !== undefined) read = await readDocument(documentFile, { statedDate: statedPublished });
        const gold = loadGold(file, read && documentFile !== undefined ? { document: { path: documentFile, text: read.text } } : {});
        const savedFile = saved[i];
        let extraction: ExtractionLike;
        if (savedFile !== undefined) extraction = loadExtraction(savedFile);
        else if (read) {
          const { createExtractor } = await import('../../pipeline/extract.js');
          extractor ??= createExtractor({ dictFiles: repeatedOption(rawArgs, 'dict') });
          const published = gold.published ?? normalisePublished(read.published);
          extraction = extractor.extract(read.text, { path: gold.documentPath, published, ...(read.title ? { title: read.title } : {}) });
        } else {
          // Loaded only here: scoring a saved extraction needs no pipeline.
          const { createExtractor } = await import('../../pipeline/extract.js');
          extractor ??= createExtractor({ dictFiles: repeatedOption(rawArgs, 'dict') });
          // A Markdown document's front matter is blanked in place, as ingest and extract do.
          const fm = /\.(md|markdown)$/i.test(gold.documentPath) ? readFrontMatter(gold.text, gold.documentPath) : null;
          const published = gold.published ?? normalisePublished(fm?.published);
          extraction = extractor.extract(fm ? fm.text : gold.text, { path: gold.documentPath, published });
        }
        files.push(scoreFile(gold, extraction));
      } catch (err) {
        if (!isDyadError(err) || err.code === 'BAD_ARGUMENT') throw err;
        reportFailure(err);
        failed++;
      }
    }
    const report = buildReport(files);
    guardStdout();
    if (files.length > 0) process.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report));
    if (failed > 0) process.exitCode = 1;
    if (minF1 !== null && files.length > 0) {
      const low = (['events', 'milestones', 'indicators'] as const).filter((k) => report.total[k].f1 < minF1);
      for (const k of low) process.stderr.write(`dyad: ${k} F1 ${report.total[k].f1.toFixed(3)} is below --min-f1 ${minF1}\n`);
      if (low.length > 0) process.exitCode = 1;
    }
  },
});
