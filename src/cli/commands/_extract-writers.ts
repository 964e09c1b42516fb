/**
 * How `dyad extract` prints what it finds, in the four formats of every command: a table per document
 * for people; JSON in the interchange shape of ../shared/spec/extraction-json.md (one object per
 * file, an array for several); NDJSON, one line per item with a `kind`; CSV, one table with a `kind`
 * column. Events are written as each chunk of a document is done, so a large document is never held
 * whole; milestones (deduplicated per document) and indicators follow at its end.
 */
import type { DyadEvent, Indicator, Milestone } from '../../core/model.js';
import { formatSpan } from '../../eval/index.js';
import { loadCameo } from '../../knowledge/cameo/index.js';
import { csvField } from '../../core/csv.js';
import { renderTable, type OutputFormat, type Row } from '../output.js';

/** What a document's output starts with. */
export interface DocumentHeader {
  path: string;
  published: string | null;
  id: string;
  title?: string;
  language?: string;
  /** How many chunks it was read in (more than one only for large files). */
  chunks?: number;
  /** The file's format when it was converted to text (html, pdf, docx). */
  format?: string;
}

export interface ExtractionWriter {
  document(header: DocumentHeader): void;
  events(list: readonly DyadEvent[]): void;
  indicators(list: readonly Indicator[]): void;
  /** At the end of a document, after all its events and indicators. */
  endDocument(milestones: readonly Milestone[], warnings: readonly string[]): void;
  /** After the last document. */
  close(): void;
}

type Write = (s: string) => void;

let guarded = false;
/**
 * A reader that stops early (`dyad extract … | head`) closes the pipe: stop quietly, as Unix tools
 * do, instead of dying on EPIPE with a stack trace. Any other write error is one line and exit 1.
 */
export function guardStdout(): void {
  if (guarded) return;
  guarded = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`dyad: cannot write the output: ${err.message}\n`);
    process.exit(1);
  });
}

const stdout: Write = (s) => {
  guardStdout();
  process.stdout.write(s);
};

const day = (d: { start: string | null; end: string | null } | null) => (d === null ? '' : formatSpan(d));

function cut(text: string, max: number): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

/** The evidence as the table shows it: "p. 3 " before the sentence of a paged document. */
function paged(evidence: { text: string; page?: number }, max: number): string {
  return evidence.page === undefined ? cut(evidence.text, max) : `p. ${evidence.page} ${cut(evidence.text, max)}`;
}

/** How a writer shows an event: as it is, or in another shape (a PLOVER record); null leaves it out. */
export interface WriterOptions {
  event?: (e: DyadEvent) => object | null;
}

function shaped(list: readonly DyadEvent[], options: WriterOptions): object[] {
  if (!options.event) return list as DyadEvent[];
  const out: object[] = [];
  for (const e of list) {
    const r = options.event(e);
    if (r) out.push(r);
  }
  return out;
}

class JsonWriter implements ExtractionWriter {
  private docs = 0;
  private eventCount = 0;
  private pendingIndicators: Indicator[] = [];
  constructor(private readonly many: boolean, private readonly out: Write, private readonly options: WriterOptions = {}) {
    if (many) out('[');
  }
  document(header: DocumentHeader): void {
    if (this.many) this.out(this.docs === 0 ? '\n' : ',\n');
    this.docs++;
    this.eventCount = 0;
    this.pendingIndicators = [];
    this.out(`{\n  "document": ${JSON.stringify(header)},\n  "events": [`);
  }
  events(list: readonly DyadEvent[]): void {
    for (const e of shaped(list, this.options)) this.out(`${this.eventCount++ === 0 ? '\n' : ',\n'}    ${JSON.stringify(e)}`);
  }
  indicators(list: readonly Indicator[]): void {
    this.pendingIndicators.push(...list);
  }
  endDocument(milestones: readonly Milestone[], warnings: readonly string[]): void {
    const array = (items: readonly unknown[]) => (items.length === 0 ? '[]' : `[\n${items.map((i) => `    ${JSON.stringify(i)}`).join(',\n')}\n  ]`);
    this.out(`${this.eventCount > 0 ? '\n  ' : ''}],\n  "milestones": ${array(milestones)},\n  "indicators": ${array(this.pendingIndicators)},\n  "warnings": ${JSON.stringify(warnings)}\n}`);
  }
  close(): void {
    if (this.many) this.out(this.docs === 0 ? ']\n' : '\n]\n');
    else if (this.docs > 0) this.out('\n');
  }
}

class NdjsonWriter implements ExtractionWriter {
  private path = '';
  constructor(private readonly out: Write, private readonly options: WriterOptions = {}) {}
  private line(kind: string, item: object): void {
    this.out(`${JSON.stringify({ kind, document: this.path, ...item })}\n`);
  }
  document(header: DocumentHeader): void {
    this.path = header.path;
    this.line('document', header);
  }
  events(list: readonly DyadEvent[]): void {
    for (const e of shaped(list, this.options)) this.line('event', e);
  }
  indicators(list: readonly Indicator[]): void {
    for (const n of list) this.line('indicator', n);
  }
  endDocument(milestones: readonly Milestone[], warnings: readonly string[]): void {
    for (const m of milestones) this.line('milestone', m);
    for (const w of warnings) this.line('warning', { message: w });
  }
  close(): void {}
}

const CSV_COLUMNS = [
  'document', 'kind', 'id', 'date_start', 'date_end', 'date_precision',
  'source', 'source_actor', 'target', 'target_actor', 'code', 'root', 'quad_class', 'goldstein',
  'actor', 'org', 'instrument', 'status', 'subject', 'metric', 'value', 'unit', 'qualifier',
  'rule', 'confidence', 'evidence_start', 'evidence_end', 'evidence_text', 'evidence_page',
] as const;

class CsvWriter implements ExtractionWriter {
  private path = '';
  constructor(private readonly out: Write) {
    out(`${CSV_COLUMNS.join(',')}\n`);
  }
  private row(r: Row): void {
    this.out(`${CSV_COLUMNS.map((c) => csvField(r[c])).join(',')}\n`);
  }
  private common(kind: string, x: DyadEvent | Milestone | Indicator): Row {
    return {
      document: this.path, kind, id: x.id,
      date_start: x.date?.start, date_end: x.date?.end, date_precision: x.date?.precision,
      rule: x.rule, evidence_start: x.evidence.start, evidence_end: x.evidence.end, evidence_text: x.evidence.text, evidence_page: x.evidence.page,
    };
  }
  document(header: DocumentHeader): void {
    this.path = header.path;
  }
  events(list: readonly DyadEvent[]): void {
    for (const e of list) {
      this.row({
        ...this.common('event', e),
        source: e.source.principal, source_actor: e.source.actor, target: e.target.principal, target_actor: e.target.actor,
        code: e.code, root: e.root, quad_class: e.quadClass, goldstein: e.goldstein, confidence: e.confidence,
      });
    }
  }
  indicators(list: readonly Indicator[]): void {
    for (const n of list) {
      this.row({ ...this.common('indicator', n), subject: n.subject, metric: n.metric, value: n.value, unit: n.unit, qualifier: n.qualifier });
    }
  }
  endDocument(milestones: readonly Milestone[]): void {
    for (const m of milestones) {
      this.row({ ...this.common('milestone', m), actor: m.actor, org: m.org, instrument: m.instrument, status: m.status });
    }
  }
  close(): void {}
}

class TableWriter implements ExtractionWriter {
  private counts = { events: 0, indicators: 0 };
  private pendingIndicators: Indicator[] = [];
  private readonly cameo = loadCameo();
  constructor(private readonly out: Write) {}
  private name(code: string): string {
    return this.cameo.has(code) ? this.cameo.get(code).name : '';
  }
  document(header: DocumentHeader): void {
    this.counts = { events: 0, indicators: 0 };
    this.pendingIndicators = [];
    const published = header.published ? `, published ${header.published}` : '';
    this.out(`== ${header.path}${published}\n`);
  }
  events(list: readonly DyadEvent[]): void {
    if (list.length === 0) return;
    if (this.counts.events === 0) this.out('\nevents\n');
    this.counts.events += list.length;
    const side = (a: DyadEvent['source']) => (a.actor && a.actor !== a.principal ? `${a.principal} (${a.actor})` : a.principal);
    const rows = list.map((e) => ({
      date: day(e.date),
      'source → target': `${side(e.source)} → ${side(e.target)}`,
      code: e.code,
      name: cut(this.name(e.code), 32),
      rule: e.rule,
      evidence: paged(e.evidence, 70),
    }));
    this.out(`${renderTable(rows)}\n`);
  }
  indicators(list: readonly Indicator[]): void {
    this.pendingIndicators.push(...list);
  }
  endDocument(milestones: readonly Milestone[], warnings: readonly string[]): void {
    if (this.counts.events === 0) this.out('\nevents\n(none)\n');
    const ms = milestones.map((m) => ({
      date: day(m.date), actor: m.actor, org: m.org, instrument: m.instrument, status: m.status, rule: m.rule, evidence: paged(m.evidence, 70),
    }));
    this.out(`\nmilestones\n${renderTable(ms)}\n`);
    const ns = this.pendingIndicators.map((n) => ({
      subject: n.subject, metric: cut(n.metric, 36), qualifier: n.qualifier ?? '', value: n.value, unit: n.unit, date: day(n.date), rule: n.rule,
      evidence: paged(n.evidence, 60),
    }));
    this.out(`\nindicators\n${renderTable(ns)}\n`);
    for (const w of warnings) this.out(`warning: ${w}\n`);
    this.out('\n');
  }
  close(): void {}
}

/** The writer for `format`; `many` says whether several documents are expected (JSON array). */
export function createWriter(format: OutputFormat, many: boolean, out: Write = stdout, options: WriterOptions = {}): ExtractionWriter {
  switch (format) {
    case 'json':
      return new JsonWriter(many, out, options);
    case 'ndjson':
      return new NdjsonWriter(out, options);
    case 'csv':
      return new CsvWriter(out);
    case 'table':
      return new TableWriter(out);
  }
}
