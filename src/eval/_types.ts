/**
 * What the scorer reads and writes: gold files (../shared/spec/gold-format.md), extractions in the
 * interchange shape (../shared/spec/extraction-json.md; `Extraction` from core/model fits it), and the
 * scores.
 */

/** An interval of ISO days with open sides; what gold dates and extracted dates both become. */
export interface DaySpan {
  start: string | null;
  end: string | null;
}

/** A gold event as written in the file. */
export interface GoldEventEntry {
  id: string;
  date: string | null;
  source: string;
  target: string;
  code: string;
  quote: string;
  either_direction?: boolean;
  alt_codes?: string[];
  optional?: boolean;
}

export interface GoldMilestoneEntry {
  actor: string;
  org: string;
  instrument: string;
  status: string;
  date: string | null;
  optional?: boolean;
}

export interface GoldIndicatorEntry {
  subject: string;
  what: string;
  value: number;
  unit: string;
  qualifier?: string;
  date: string | null;
  quote: string;
  optional?: boolean;
}

export interface GoldFileEntry {
  document: string;
  published?: string | null;
  events?: GoldEventEntry[];
  milestones?: GoldMilestoneEntry[];
  indicators?: GoldIndicatorEntry[];
}

/** A quote's place in the document: every occurrence (UTF-16 offsets, end exclusive). */
export type QuoteSpans = { start: number; end: number }[];

export interface GoldEvent extends GoldEventEntry {
  dateSpan: DaySpan | null;
  spans: QuoteSpans;
}

export interface GoldMilestone extends GoldMilestoneEntry {
  /** `milestones[3]`: how reports name it, as milestones have no id. */
  ref: string;
  dateSpan: DaySpan | null;
}

export interface GoldIndicator extends GoldIndicatorEntry {
  ref: string;
  spans: QuoteSpans;
}

/** A gold file loaded, checked, its document read and its quotes located. */
export interface Gold {
  /** Path of the gold file. */
  file: string;
  /** Path of the document, resolved against the gold file. */
  documentPath: string;
  /** The document's text as read (BOM dropped). */
  text: string;
  published: string | null;
  events: GoldEvent[];
  milestones: GoldMilestone[];
  indicators: GoldIndicator[];
}

/** The parts of an extraction the scorer looks at. */
export interface ScoredEvidence {
  start: number;
  end: number;
  text?: string;
}

export interface ExtractedEvent {
  id?: string;
  source: { principal: string; actor?: string };
  target: { principal: string; actor?: string };
  code: string;
  date: DaySpan | null;
  evidence: ScoredEvidence;
  rule?: string;
}

export interface ExtractedMilestone {
  id?: string;
  actor: string;
  org: string;
  instrument: string;
  status: string;
  date: DaySpan | null;
  evidence?: ScoredEvidence;
  rule?: string;
}

export interface ExtractedIndicator {
  id?: string;
  subject: string;
  metric?: string;
  value: number;
  unit: string;
  qualifier?: string | null;
  date?: DaySpan | null;
  evidence?: ScoredEvidence;
  rule?: string;
}

export interface ExtractionLike {
  events: ExtractedEvent[];
  milestones: ExtractedMilestone[];
  indicators: ExtractedIndicator[];
}

/** Counts from which precision, recall and F1 follow; summed over files before ratios are taken. */
export interface MatchCounts {
  extracted: number;
  required: number;
  optional: number;
  matchedRequired: number;
  matchedOptional: number;
}

export interface Metrics extends MatchCounts {
  precision: number;
  recall: number;
  f1: number;
}

/** Share of matched (required) events whose full code equals the gold code or an alt code. */
export interface CodeAgreement {
  matched: number;
  agreeing: number;
  share: number;
}

export type ItemKind = 'event' | 'milestone' | 'indicator';

/** A required gold item nothing matched. */
export interface Miss {
  kind: ItemKind;
  /** Event id, or `milestones[i]` / `indicators[i]`. */
  ref: string;
  /** `SRB→NATO 057 2005-06/2005-08`, `SRB NATO PfP joined 2006`, `SRB 10 %`. */
  gold: string;
  quote: string | null;
  /** Where an extraction came close: which rules it failed. */
  near: string | null;
}

/** An extracted item that matched no gold item. */
export interface FalseAlarm {
  kind: ItemKind;
  id: string | null;
  extracted: string;
  evidence: string | null;
  rule: string | null;
}

/** Counts of one gold file (or a sum of several). */
export interface ScoreCounts {
  events: MatchCounts;
  eventsIgnoringDates: MatchCounts;
  codeAgreement: { matched: number; agreeing: number };
  milestones: MatchCounts;
  indicators: MatchCounts;
}

export interface ScoreSummary {
  events: Metrics;
  eventsIgnoringDates: Metrics;
  codeAgreement: CodeAgreement;
  milestones: Metrics;
  indicators: Metrics;
}

export interface FileScore extends ScoreSummary {
  gold: string;
  document: string;
  counts: ScoreCounts;
  misses: Miss[];
  falseAlarms: FalseAlarm[];
}

export interface EvalReport {
  files: FileScore[];
  total: ScoreSummary;
}
