/**
 * `dyad extract FILE... [--published DATE] [--format table|json|ndjson|csv] [--dict FILE]...`:
 * events, milestones and indicators of each document, each with its evidence sentence and the rule
 * that fired. A file that cannot be read is reported on stderr and skipped; the others are still
 * processed, and the exit code is 1 at the end. Large files are read in chunks at paragraph breaks.
 */
import { defineCommand } from 'citty';
import { many } from '../arguments.js';
import cliProgress from 'cli-progress';
import { statSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { DyadError, isDyadError } from '../../core/errors.js';
import type { DyadEvent, Evidence, Milestone } from '../../core/model.js';
import { ploverRecord } from '../../export/index.js';
import { normalisePublished, readFrontMatter } from '../../ingest/index.js';
import { openDocument, textDocument, DEFAULT_CHUNK_CHARS, DEFAULT_MAX_BYTES, type OpenedDocument } from '../../io/index.js';
import { CONVERTED_MAX_BYTES, formatOfFile, isConverted, readDocument, withPages, type DocumentText } from '../../read/index.js';
import { createExtractor, type DocumentInput, type Extractor } from '../../pipeline/extract.js';
import { statedPublished } from '../../pipeline/layout/index.js';
import { parseFormat } from '../output.js';
import { reportFailure } from '../failure.js';
import { checkPublished, DICTIONARY_ARGS, dictionaryFiles, positionals, repeatedOption, warnDictionaryProblem } from './_extract-args.js';
import { createWriter, type ExtractionWriter } from './_extract-writers.js';

// Shared with `dyad ingest` and `dyad eval`.
export { checkPublished, positionals, repeatedOption };

/** `--ontology cameo|plover`; PLOVER records are JSON, so they go with `--format json` or `ndjson`. */
function parseOntology(value: string | undefined, format: string): 'cameo' | 'plover' {
  const v = value ?? 'cameo';
  if (v !== 'cameo' && v !== 'plover') throw new DyadError('BAD_ARGUMENT', `unknown ontology '${v}'`, { place: { field: '--ontology' }, hint: 'Use cameo or plover.' });
  if (v === 'plover' && format !== 'json' && format !== 'ndjson')
    throw new DyadError('BAD_ARGUMENT', 'PLOVER records are JSON', { place: { field: '--ontology' }, hint: 'Add --format json or --format ndjson.' });
  return v;
}

/** An event as PLOVER's record; an event PLOVER has no category for (CAMEO 01, 02) is left out. */
function ploverEvent(e: DyadEvent): object | null {
  return ploverRecord(e);
}

/** A numeric option such as `--max-bytes N`. */
function positiveInteger(value: string | undefined, field: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new DyadError('BAD_ARGUMENT', `'${value}' is not a positive whole number`, { place: { field } });
  return n;
}

function shift<T extends { evidence: Evidence }>(item: T, by: number): T {
  return by === 0 ? item : { ...item, evidence: { ...item.evidence, start: item.evidence.start + by, end: item.evidence.end + by } };
}

function width(m: Milestone): number {
  if (!m.date || m.date.start === null || m.date.end === null) return Infinity;
  return Date.parse(m.date.end) - Date.parse(m.date.start);
}

/** One milestone per (actor, org, instrument, status), the most precisely dated one kept. */
class MilestoneSet {
  private readonly best = new Map<string, Milestone>();
  add(list: readonly Milestone[], shiftBy: number): void {
    for (const m of list) {
      const key = `${m.actor}|${m.org}|${m.instrument}|${m.status}`;
      const old = this.best.get(key);
      if (!old || width(m) < width(old)) this.best.set(key, shift(m, shiftBy));
    }
  }
  values(): Milestone[] {
    return [...this.best.values()];
  }
}

/** Warnings kept per document; past this, only their number. */
const MAX_WARNINGS = 1000;

let gc: (() => void) | null | undefined;

/**
 * A full garbage collection between the chunks of a large document. The work of a chunk leaves only
 * garbage behind (the live heap stays near 40 MB), but V8 grows its heap with the allocation rate and
 * collects lazily, so without this the resident size of a 50 MB run drifts past 700 MB. One collection
 * per chunk of 256 Ki characters costs a few tens of milliseconds against seconds of extraction.
 */
function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

/**
 * A progress bar for a document read in several chunks, on a terminal only: stdout carries the
 * results, and a log or a pipe on stderr should get messages, not bar redraws.
 */
function chunkProgress(doc: OpenedDocument): { advance(text: string): void; stop(): void } {
  if (!process.stderr.isTTY) return { advance() {}, stop() {} };
  let bar: cliProgress.SingleBar | null = null;
  let done = 0;
  return {
    advance(text) {
      done += Buffer.byteLength(text);
      if (!bar) {
        if (done >= doc.bytes) return;
        bar = new cliProgress.SingleBar(
          { format: `extract [{bar}] {percentage}% of ${(doc.bytes / 1048576).toFixed(1)} MB | {eta_formatted} left`, stream: process.stderr, hideCursor: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(doc.bytes, 0);
      }
      bar.update(Math.min(done, doc.bytes));
    },
    stop: () => bar?.stop(),
  };
}

/** What one document gave. */
export interface DocumentTally {
  chunks: number;
  events: number;
  milestones: number;
  indicators: number;
}

/**
 * Run `extractor` over an opened document chunk by chunk, offsets made relative to the whole text,
 * and hand the results to `writer`.
 */
export async function extractDocument(
  doc: OpenedDocument,
  extractor: Extractor,
  published: string | null,
  writer: ExtractionWriter,
  read: DocumentText | null = null,
): Promise<DocumentTally> {
  const tally: DocumentTally = { chunks: 0, events: 0, milestones: 0, indicators: 0 };
  const milestones = new MilestoneSet();
  const warnings: string[] = [];
  let moreWarnings = 0;
  const path = doc.name;
  const progress = chunkProgress(doc);
  const markdown = !read && /\.(md|markdown)$/i.test(path);
  // A converted file's own date (a web page's meta tag) wins over --published, as front matter does.
  let docPublished = normalisePublished(read?.published) ?? published;
  const pages = read?.pages ?? null;
  // Read from the document's top, which only the first chunk holds, and told to the chunks after it.
  let told: Pick<DocumentInput, 'kind' | 'subject'> = {};
  for await (const chunk of doc.chunks()) {
    let text = chunk.text;
    let title: string | null = read?.title ?? null;
    if (chunk.index === 0 && markdown) {
      // As `dyad ingest` does: front matter blanked in place (offsets unchanged), its date first.
      const fm = readFrontMatter(text, path);
      text = fm.text;
      title = fm.title;
      docPublished = normalisePublished(fm.published) ?? published;
    }
    const x = extractor.extract(text, { path, published: docPublished, ...(title ? { title } : {}), ...told });
    if (chunk.index === 0) {
      told = { subject: x.subject, ...(x.document.kind !== undefined ? { kind: x.document.kind } : {}) };
      const single = chunk.last;
      writer.document({
        path,
        published: docPublished,
        // A document read in chunks has no single normalised text to hash: its bytes stand in.
        id: single ? x.document.id : doc.sha256,
        ...(x.document.title ? { title: x.document.title } : {}),
        ...(x.document.language ? { language: x.document.language } : {}),
        ...(single ? {} : { chunked: true }),
        ...(read ? { format: read.format } : {}),
      });
    }
    tally.chunks++;
    const found = withPages(
      { events: x.events.map((e) => shift(e, chunk.offset)), milestones: x.milestones.map((m) => shift(m, chunk.offset)), indicators: x.indicators.map((n) => shift(n, chunk.offset)) },
      pages,
    );
    writer.events(found.events);
    writer.indicators(found.indicators);
    milestones.add(found.milestones, 0);
    for (const w of x.warnings) {
      if (warnings.length < MAX_WARNINGS) warnings.push(w);
      else moreWarnings++;
    }
    tally.events += x.events.length;
    tally.indicators += x.indicators.length;
    progress.advance(chunk.text);
    if (!chunk.last || chunk.index > 0) collectGarbage();
  }
  progress.stop();
  const kept = milestones.values();
  tally.milestones = kept.length;
  if (moreWarnings > 0) warnings.push(`… and ${moreWarnings} more warnings`);
  writer.endDocument(kept, warnings);
  return tally;
}

export default defineCommand({
  meta: {
    name: 'extract',
    description: 'Print the events, milestones and indicators of documents, each with its evidence sentence and rule.',
  },
  args: {
    file: many({ description: 'Document(s) to read: text, Markdown, HTML, PDF or Word (.docx); - reads standard input (text)', required: true }),
    published: { type: 'string', description: 'Publication date (2017, 2017-03, 2017-03-08), the anchor for relative dates, where a Markdown file\u2019s front matter gives none' },
    format: { type: 'string', default: 'table', description: 'table, json, ndjson or csv' },
    dict: { type: 'string', description: 'A user dictionary (YAML/JSON) of actors; repeatable' },
    ...DICTIONARY_ARGS,
    ontology: { type: 'string', default: 'cameo', description: 'cameo, or plover: events as PLOVER records (event, mode, context) with --format json or ndjson' },
    'max-bytes': { type: 'string', description: `Refuse inputs larger than this (default ${DEFAULT_MAX_BYTES})` },
    'chunk-chars': { type: 'string', description: 'Read large files in chunks of about this many characters (default 262144)' },
    stats: { type: 'boolean', description: 'Print counts and peak memory to stderr at the end' },
  },
  async run({ args, rawArgs }) {
    const format = parseFormat(args.format);
    const published = checkPublished(args.published);
    const maxBytes = positiveInteger(args['max-bytes'], '--max-bytes', DEFAULT_MAX_BYTES);
    const chunkChars = positiveInteger(args['chunk-chars'], '--chunk-chars', DEFAULT_CHUNK_CHARS);
    const ontology = parseOntology(args.ontology, format);
    const files = positionals(rawArgs, ['published', 'format', 'dict', 'verbs', 'actors', 'agents', 'ontology', 'max-bytes', 'chunk-chars']);
    const dictFiles = repeatedOption(rawArgs, 'dict');
    const extractor = createExtractor({ dictFiles, dictionaries: dictionaryFiles(rawArgs), onDictionaryProblem: warnDictionaryProblem });
    const writer = createWriter(format, files.length > 1, undefined, ontology === 'plover' ? { event: ploverEvent } : {});
    const total = { files: files.length, failed: 0, bytes: 0, chunks: 0, events: 0, milestones: 0, indicators: 0 };
    for (const file of files) {
      let doc: OpenedDocument;
      let read: DocumentText | null = null;
      try {
        if (file !== '-' && isConverted(formatOfFile(file))) {
          // PDF, Word and web pages are read whole and converted; their text is then read in chunks.
          read = await readDocument(file, { maxBytes: Math.min(maxBytes, CONVERTED_MAX_BYTES), statedDate: statedPublished });
          doc = textDocument(file, read.text, statSync(file).size, { chunkChars });
        } else doc = await openDocument(file, { maxBytes, chunkChars });
      } catch (err) {
        if (!isDyadError(err)) throw err;
        reportFailure(err);
        total.failed++;
        continue;
      }
      let t: DocumentTally;
      try {
        t = await extractDocument(doc, extractor, published, writer, read);
      } catch (err) {
        if (!isDyadError(err)) throw err;
        reportFailure(err);
        total.failed++;
        continue;
      }
      total.bytes += doc.bytes;
      total.chunks += t.chunks;
      total.events += t.events;
      total.milestones += t.milestones;
      total.indicators += t.indicators;
    }
    writer.close();
    if (args.stats) {
      const maxRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
      process.stderr.write(`dyad extract stats: ${JSON.stringify({ ...total, maxRssMiB })}\n`);
    }
    if (total.failed > 0) process.exitCode = 1;
  },
});
