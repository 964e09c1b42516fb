/**
 * Dyad's data model: what the extractor produces, the store keeps and the interfaces show.
 * See ../shared/DESIGN.md ("The data") and ../shared/spec/extraction-json.md, whose JSON shape
 * these types serialise to unchanged.
 */

/** An ISO day, `YYYY-MM-DD`. */
export type IsoDay = string;

/** How wide a date is, in the words an analyst would use. */
export type DatePrecision = 'day' | 'month' | 'season' | 'quarter' | 'year' | 'decade' | 'period' | 'open';

/**
 * An inclusive interval of days. Either side may be `null` for an open interval ("before 2006").
 * Its width is the precision; `precision` says how it was stated.
 */
export interface DateInterval {
  start: IsoDay | null;
  end: IsoDay | null;
  precision: DatePrecision;
}

/** A span of the document as read (UTF-16 offsets into the original text, `end` exclusive). */
export interface Evidence {
  start: number;
  end: number;
  text: string;
  /** The page of a paged document (PDF) the evidence starts on, 1-based. */
  page?: number;
}

/**
 * One side of an event: the actor as named and the principal it acts for on that date
 * (ISO 3166-1 alpha-3, `XKX` for Kosovo, or an organisation code such as `NATO`).
 */
export interface ActorRef {
  principal: string;
  actor: string;
  /** The dictionary entry that matched, when there was one. */
  actorId?: string;
  /** The part of the principal that acts, when the text says (`military` for "Turkish troops", `police`, `rebels` …). */
  sector?: string;
}

/**
 * What a named actor is: the extractor's actor mentions and the dataset importers' actor tables say
 * it in these words.
 */
export const ACTOR_KINDS = ['country', 'organisation', 'person', 'agency', 'body', 'mission', 'group', 'metonym'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
export type QuadClass = 1 | 2 | 3 | 4;

/** Who did what to whom, when, and the sentence that says so. */
export interface DyadEvent {
  id: string;
  source: ActorRef;
  target: ActorRef;
  /** CAMEO code as a string of 3 or 4 digits ("040", "0874"); never a number. */
  code: string;
  /** First two digits of `code`. */
  root: string;
  quadClass: QuadClass;
  goldstein: number;
  date: DateInterval | null;
  evidence: Evidence;
  /** The name of the rule that fired. */
  rule: string;
  /** 0..1 */
  confidence: number;
}

/** Instruments on the ladders (../shared/spec/gold-format.md). */
export const INSTRUMENTS = [
  'PfP', 'IPP', 'IPCP', 'IPAP', 'ITPP', 'MAP', 'SOFA', 'membership',
  'SAA', 'candidacy', 'accession-negotiations', 'observer',
] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

export const MILESTONE_STATUSES = [
  'applied', 'invited', 'signed', 'joined', 'adopted', 'ratified', 'in-force', 'granted',
  'opened', 'suspended', 'resumed', 'left',
] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** A step on a ladder: an actor's instrument with an organisation reached a status. */
export interface Milestone {
  id: string;
  actor: string;
  org: string;
  instrument: Instrument;
  status: MilestoneStatus;
  date: DateInterval | null;
  evidence: Evidence;
  rule: string;
}

export type IndicatorQualifier = 'over' | 'under' | 'circa' | 'at least' | 'up to' | 'nearly';

/** A figure a text states. */
export interface Indicator {
  id: string;
  subject: string;
  metric: string;
  value: number;
  /** Canonical unit: `%`, `t`, `states`, `USD`, `EUR`, `troops`, … */
  unit: string;
  qualifier: IndicatorQualifier | null;
  date: DateInterval | null;
  evidence: Evidence;
  rule: string;
}

/** A document as the pipeline sees it. */
/**
 * What kind of document it is, as its layout and words tell: a news report and a press release date
 * their undated acts on their narrative day; a chronology and a brief (or analysis) do not.
 */
export type DocumentKind = 'news' | 'press-release' | 'chronology' | 'brief';

/** The kinds, in the order listings show them. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = ['news', 'press-release', 'chronology', 'brief'];

/** A kind read back from a store: one of DOCUMENT_KINDS, else undefined (NULL, or a kind this code does not know). */
export function documentKindOf(v: unknown): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((k) => k === v);
}

export interface DocumentInfo {
  /** sha256 (hex) of the normalised text. */
  id: string;
  path?: string;
  /** The document's own date as given (`2017-03`), the anchor for relative dates. */
  published: string | null;
  language?: string;
  title?: string;
  /** What kind of document it is (absent for documents stored before kinds were told apart). */
  kind?: DocumentKind;
}

/** Everything extracted from one document. */
export interface Extraction {
  document: DocumentInfo;
  events: DyadEvent[];
  milestones: Milestone[];
  indicators: Indicator[];
  /** Data-quality notes that did not stop the work (an unparsable date, an unknown actor code…). */
  warnings: string[];
}
