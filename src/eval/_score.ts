/**
 * Scores one extraction against one gold file by the rules of gold-format.md, and lists every miss
 * (required gold nothing matched, with what came closest) and false alarm (extracted, matched to
 * nothing, with its evidence and rule).
 */
import { dateFits, extractedDateSpan, formatSpan } from './_dates.js';
import { greedyMatch } from './_match.js';
import { summarise, sumCounts } from './_metrics.js';
import { foldUnit, valueFits } from './_units.js';
import type {
  EvalReport,
  ExtractedEvent,
  ExtractedIndicator,
  ExtractedMilestone,
  ExtractionLike,
  FalseAlarm,
  FileScore,
  Gold,
  GoldEvent,
  GoldIndicator,
  GoldMilestone,
  Miss,
  QuoteSpans,
  ScoredEvidence,
} from './_types.js';

const root = (code: string) => code.slice(0, 2);

function overlaps(spans: QuoteSpans, e: ScoredEvidence | undefined): boolean {
  return e !== undefined && spans.some((s) => e.start < s.end && s.start < e.end);
}

/** The event rules, each on its own, so a near miss can say which failed. */
const EVENT_RULES = {
  span: (g: GoldEvent, x: ExtractedEvent) => overlaps(g.spans, x.evidence),
  principals: (g: GoldEvent, x: ExtractedEvent) =>
    (x.source.principal === g.source && x.target.principal === g.target) ||
    (g.either_direction === true && x.source.principal === g.target && x.target.principal === g.source),
  root: (g: GoldEvent, x: ExtractedEvent) => [g.code, ...(g.alt_codes ?? [])].some((c) => root(c) === root(x.code)),
  date: (g: GoldEvent, x: ExtractedEvent) => dateFits(g.dateSpan, extractedDateSpan(x.date)),
};
type EventRule = keyof typeof EVENT_RULES;

const fullCodeAgrees = (g: GoldEvent, x: ExtractedEvent) => x.code === g.code || (g.alt_codes ?? []).includes(x.code);

function failedRules(g: GoldEvent, x: ExtractedEvent, rules: readonly EventRule[]): EventRule[] {
  return rules.filter((r) => !EVENT_RULES[r](g, x));
}

const ALL_RULES: readonly EventRule[] = ['span', 'principals', 'root', 'date'];
const NO_DATE_RULES: readonly EventRule[] = ['span', 'principals', 'root'];

function describeGoldEvent(g: GoldEvent): string {
  return `${g.source}${g.either_direction ? '↔' : '→'}${g.target} ${g.code}${g.alt_codes?.length ? `|${g.alt_codes.join('|')}` : ''} ${g.date ?? '-'}`;
}

function describeEvent(x: ExtractedEvent): string {
  const who = (a: { principal: string; actor?: string }) => (a.actor && a.actor !== a.principal ? `${a.principal}(${a.actor})` : a.principal);
  return `${who(x.source)}→${who(x.target)} ${x.code} ${formatSpan(extractedDateSpan(x.date))}`;
}

function describeGoldMilestone(m: GoldMilestone): string {
  return `${m.actor} ${m.org} ${m.instrument} ${m.status} ${m.date ?? '-'}`;
}

function describeMilestone(m: ExtractedMilestone): string {
  return `${m.actor} ${m.org} ${m.instrument} ${m.status} ${formatSpan(extractedDateSpan(m.date))}`;
}

function describeIndicator(n: { subject: string; value: number; unit: string }): string {
  return `${n.subject} ${n.value} ${n.unit}`;
}

/** Why the closest extracted event (overlapping the quote) did not match. */
function nearEvent(g: GoldEvent, events: readonly ExtractedEvent[], taken: readonly number[]): string | null {
  let best: { x: number; failed: EventRule[] } | null = null;
  events.forEach((x, i) => {
    if (!EVENT_RULES.span(g, x)) return;
    const failed = failedRules(g, x, ALL_RULES);
    if (!best || failed.length < best.failed.length) best = { x: i, failed };
  });
  if (!best) return null;
  const { x, failed } = best as { x: number; failed: EventRule[] };
  const ev = events[x] as ExtractedEvent;
  const why = failed.length === 0 ? `fits, but was taken by another gold event` : `differs in ${failed.join(', ')}`;
  return `${ev.id ?? `#${x}`} ${describeEvent(ev)} ${why}${taken[x] !== -1 && failed.length > 0 ? ' (and matched another gold event)' : ''}`;
}

const MILESTONE_FIELDS = ['actor', 'org', 'instrument', 'status'] as const;

function milestoneDiffers(g: GoldMilestone, x: ExtractedMilestone): string[] {
  const out: string[] = MILESTONE_FIELDS.filter((f) => g[f] !== x[f]);
  if (!dateFits(g.dateSpan, extractedDateSpan(x.date))) out.push('date');
  return out;
}

function nearMilestone(g: GoldMilestone, all: readonly ExtractedMilestone[]): string | null {
  let best: { x: number; diff: string[] } | null = null;
  all.forEach((x, i) => {
    const diff = milestoneDiffers(g, x);
    if (diff.length > 2) return;
    if (!best || diff.length < best.diff.length) best = { x: i, diff };
  });
  if (!best) return null;
  const { x, diff } = best as { x: number; diff: string[] };
  const m = all[x] as ExtractedMilestone;
  return `${m.id ?? `#${x}`} ${describeMilestone(m)} ${diff.length ? `differs in ${diff.join(', ')}` : 'fits, but was taken by another gold milestone'}`;
}

function indicatorDiffers(g: GoldIndicator, x: ExtractedIndicator): string[] {
  const out: string[] = [];
  if (g.subject !== x.subject) out.push('subject');
  if (foldUnit(g.unit) !== foldUnit(x.unit)) out.push('unit');
  if (!valueFits(g.value, x.value)) out.push('value');
  return out;
}

function nearIndicator(g: GoldIndicator, all: readonly ExtractedIndicator[]): string | null {
  let best: { x: number; diff: string[] } | null = null;
  all.forEach((x, i) => {
    const diff = indicatorDiffers(g, x);
    const near = overlaps(g.spans, x.evidence) || diff.length <= 1;
    if (near && (!best || diff.length < best.diff.length)) best = { x: i, diff };
  });
  if (!best) return null;
  const { x, diff } = best as { x: number; diff: string[] };
  const n = all[x] as ExtractedIndicator;
  return `${n.id ?? `#${x}`} ${describeIndicator(n)} ${diff.length ? `differs in ${diff.join(', ')}` : 'fits, but was taken by another gold indicator'}`;
}

const alarm = (kind: FalseAlarm['kind'], x: { id?: string; evidence?: ScoredEvidence; rule?: string }, extracted: string): FalseAlarm => ({
  kind,
  id: x.id ?? null,
  extracted,
  evidence: x.evidence?.text ?? null,
  rule: x.rule ?? null,
});

/**
 * Score `extraction` (of the gold file's document) against `gold`.
 * @example
 * const score = scoreFile(loadGold(path), createExtractor().extract(gold.text, { published: gold.published }));
 */
export function scoreFile(gold: Gold, extraction: ExtractionLike): FileScore {
  const events = extraction.events;
  const eventFits = (rules: readonly EventRule[]) => (g: GoldEvent, x: number) => failedRules(g, events[x] as ExtractedEvent, rules).length === 0;
  const preferFullCode = (g: GoldEvent, x: number) => Number(fullCodeAgrees(g, events[x] as ExtractedEvent));
  const strict = greedyMatch(gold.events, events.length, eventFits(ALL_RULES), preferFullCode);
  const noDate = greedyMatch(gold.events, events.length, eventFits(NO_DATE_RULES), preferFullCode);
  let agreeing = 0;
  gold.events.forEach((g, i) => {
    const x = strict.goldToExtracted[i] as number;
    if (x >= 0 && g.optional !== true && fullCodeAgrees(g, events[x] as ExtractedEvent)) agreeing++;
  });

  const ms = extraction.milestones;
  const milestones = greedyMatch(gold.milestones, ms.length, (g, x) => milestoneDiffers(g, ms[x] as ExtractedMilestone).length === 0);
  const ns = extraction.indicators;
  const indicators = greedyMatch(gold.indicators, ns.length, (g, x) => indicatorDiffers(g, ns[x] as ExtractedIndicator).length === 0);

  const misses: Miss[] = [
    ...gold.events.flatMap((g, i): Miss[] =>
      g.optional === true || strict.goldToExtracted[i] !== -1
        ? []
        : [{ kind: 'event', ref: g.id, gold: describeGoldEvent(g), quote: g.quote, near: nearEvent(g, events, strict.extractedToGold) }],
    ),
    ...gold.milestones.flatMap((g, i): Miss[] =>
      g.optional === true || milestones.goldToExtracted[i] !== -1
        ? []
        : [{ kind: 'milestone', ref: g.ref, gold: describeGoldMilestone(g), quote: null, near: nearMilestone(g, ms) }],
    ),
    ...gold.indicators.flatMap((g, i): Miss[] =>
      g.optional === true || indicators.goldToExtracted[i] !== -1
        ? []
        : [{ kind: 'indicator', ref: g.ref, gold: describeIndicator(g), quote: g.quote, near: nearIndicator(g, ns) }],
    ),
  ];
  const falseAlarms: FalseAlarm[] = [
    ...events.flatMap((x, i) => (strict.extractedToGold[i] === -1 ? [alarm('event', x, describeEvent(x))] : [])),
    ...ms.flatMap((x, i) => (milestones.extractedToGold[i] === -1 ? [alarm('milestone', x, describeMilestone(x))] : [])),
    ...ns.flatMap((x, i) => (indicators.extractedToGold[i] === -1 ? [alarm('indicator', x, describeIndicator(x))] : [])),
  ];

  const counts = {
    events: strict.counts,
    eventsIgnoringDates: noDate.counts,
    codeAgreement: { matched: strict.counts.matchedRequired, agreeing },
    milestones: milestones.counts,
    indicators: indicators.counts,
  };
  return { gold: gold.file, document: gold.documentPath, ...summarise(counts), counts, misses, falseAlarms };
}

/** Per-file scores and their total (counts summed first, then ratios). */
export function buildReport(files: FileScore[]): EvalReport {
  return { files, total: summarise(sumCounts(files.map((f) => f.counts))) };
}

