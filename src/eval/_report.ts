/**
 * The evaluation report for people: per gold file and in total, a table of precision, recall and F1
 * per kind, the full-code agreement, then every miss and every false alarm with its sentence.
 */
import { relative } from 'node:path';
import { renderTable, type Row } from '../core/table.js';
import type { EvalReport, FileScore, Metrics, ScoreSummary } from './_types.js';

const r3 = (v: number) => v.toFixed(3);

function metricRow(kind: string, m: Metrics): Row {
  return {
    kind,
    precision: r3(m.precision),
    recall: r3(m.recall),
    f1: r3(m.f1),
    matched: `${m.matchedRequired}/${m.required}`,
    extracted: m.extracted,
    'optional matched': `${m.matchedOptional}/${m.optional}`,
  };
}

function summaryTable(s: ScoreSummary): string {
  const rows = [
    metricRow('events', s.events),
    metricRow('events, dates ignored', s.eventsIgnoringDates),
    metricRow('milestones', s.milestones),
    metricRow('indicators', s.indicators),
  ];
  const agreement = `full-code agreement: ${r3(s.codeAgreement.share)} (${s.codeAgreement.agreeing} of ${s.codeAgreement.matched} matched required events)`;
  return `${renderTable(rows)}\n${agreement}`;
}

/** Cut a sentence for a terminal line, keeping it on one line. */
function cut(text: string, max = 160): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

function fileSection(f: FileScore): string {
  const lines = [`gold ${f.gold}`, `document ${relative(process.cwd(), f.document) || f.document}`, summaryTable(f)];
  lines.push('', `misses (${f.misses.length}):`);
  for (const m of f.misses) {
    lines.push(`  ${m.kind} ${m.ref}  ${m.gold}`);
    if (m.quote) lines.push(`    quote: "${cut(m.quote)}"`);
    lines.push(`    closest: ${m.near ?? 'nothing extracted there'}`);
  }
  lines.push('', `false alarms (${f.falseAlarms.length}):`);
  for (const a of f.falseAlarms) {
    lines.push(`  ${a.kind} ${a.extracted}${a.rule ? `  [${a.rule}]` : ''}`);
    if (a.evidence) lines.push(`    evidence: "${cut(a.evidence)}"`);
  }
  return lines.join('\n');
}

/** The whole report as text. */
export function renderReport(report: EvalReport): string {
  const parts = report.files.map(fileSection);
  if (report.files.length > 1) parts.push(`TOTAL over ${report.files.length} gold files (counts summed, then ratios)\n${summaryTable(report.total)}`);
  return `${parts.join('\n\n')}\n`;
}
