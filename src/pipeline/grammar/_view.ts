/**
 * A sentence as the extraction stages read it: its tokens and lemmas, the actors and instruments it
 * names mapped onto token positions, and its clause boundaries. Built once per sentence by the
 * grammar stage and read by the events, milestones and indicators stages.
 */
import type { ActorKind, DocumentContext, Sentence, Token } from '../types.js';
import type { Instrument } from '../../core/model.js';
import { isCountry } from '../../knowledge/gazetteer/index.js';
import { findInstruments, type InstrumentMention } from './_instruments.js';
import { loadLanguage, type Language } from '../language/index.js';
import { loadModality, type Modality } from './_modality.js';
import { readNounPhrases, type NounPhrase } from './_phrases.js';
import { readVerbGroups, type VerbGroup } from './_verbs.js';

/** A named party in a sentence: an actor mention, or a ladder instrument standing for its organisation. */
export interface Party {
  principal: string;
  actor: string;
  actorId?: string;
  kind: ActorKind | 'instrument';
  /** Token indices, inclusive. */
  first: number;
  last: number;
  /** Offsets into ctx.text. */
  start: number;
  end: number;
  /** The instrument, for instrument parties. */
  instrument?: Instrument;
  /** A quantified or counted group ("most of the NATO members", "111 UN member states"): no principal acts. */
  generic: boolean;
  /**
   * Generic because a number counts it ("killed 46 Afghan civilians"): no principal acts through it, but
   * one may be acted on through it — its principal is a fine target.
   */
  counted?: boolean;
  /** Counted, and a principal's own agents ("five hundred Ugandan rebels"): a subject that acts as that principal. */
  countedAgents?: boolean;
  /** The setting of a situation ("the Kosovo conflict"): no party to an event. */
  setting: boolean;
  /** The principal is a country, not an organisation. */
  country: boolean;
  /** The part of the principal that acts, where the actors stage read it ("Kenyan police" → police). */
  sector?: string | undefined;
}

export interface SentenceView {
  index: number;
  sentence: Sentence;
  tokens: readonly Token[];
  /** Lower-case lemmas, one per token. */
  lemmas: readonly string[];
  question: boolean;
  /** Actor mentions with a principal, role `actor`, in text order. */
  actors: readonly Party[];
  /** Places named as where something happens (role `location`), with their principal. */
  places: readonly Party[];
  /** Instruments named in the sentence. */
  instruments: readonly InstrumentMention[];
  /** Instruments whose organisation is fixed, as parties standing for it. */
  instrumentParties: readonly Party[];
  /** Index into `actors` of the actor covering each token, -1 where none. */
  actorAt: Int32Array;
  /** First token of the (comma-delimited) clause holding token i. */
  clauseStart(i: number): number;
  /** One past the last token of the (comma-delimited) clause holding token i. */
  clauseEnd(i: number): number;
  /** True where token i ends a sentence part that no slot search crosses (; : and relative pronouns). */
  hard: Uint8Array;
  /** True where token i separates clauses (commas, dashes, brackets, subordinators, and `hard`). */
  soft: Uint8Array;
  /**
   * True where token i is a verb though the tagger read a noun or an adjective: a present tense as
   * chronologies write it ("The Council grants …"), found by the grammar stage from the verbs the rules name.
   */
  verbAt: Uint8Array;
  /** The function words the sentence is read with (data/lang/en.yaml). */
  language: Language;
  /** The verb groups, in text order (read on first use). */
  verbGroups(): readonly VerbGroup[];
  /** The verb group whose main verb is token i, if any. */
  verbGroupAt(i: number): VerbGroup | undefined;
  /** The noun phrases, in text order (read on first use). */
  nounPhrases(): readonly NounPhrase[];
}

type Boundary = 'relative' | 'that' | 'subordinate';
/** Words that may open a clause, by kind, per language: one look-up per token tells most words apart as none. */
const boundaries = new WeakMap<Language, ReadonlyMap<string, Boundary>>();

function boundariesOf(lang: Language): ReadonlyMap<string, Boundary> {
  let b = boundaries.get(lang);
  if (!b) {
    b = new Map<string, Boundary>([
      ...[...lang.relativePronouns].map((w) => [w, 'relative'] as const),
      ...[...lang.complementisers].map((w) => [w, 'that'] as const),
      ...[...lang.subordinators].map((w) => [w, 'subordinate'] as const),
    ]);
    boundaries.set(lang, b);
  }
  return b;
}
const YEAR = /^(1[89]|20)\d\d$/;

/** Does the token open a clause: a relative pronoun, "that" (not a determiner), a subordinator (not a preposition)? */
function boundaryKind(boundary: ReadonlyMap<string, Boundary>, t: Token, lemma: string): Boundary | undefined {
  const kind = boundary.get(lemma);
  if (kind === 'that') return t.pos !== 'DET' ? kind : undefined;
  if (kind === 'subordinate') return t.pos !== 'ADP' ? kind : undefined;
  return kind;
}

/**
 * The typed arrays of a document's sentence views, cut from one buffer: a typed array of its own per
 * sentence costs an allocation outside the heap each, several times the work of filling it.
 */
export class ViewArrays {
  private readonly buffer: ArrayBuffer;
  private offset = 0;

  /** Room for `tokens` tokens' marks (three bytes and three ints each: the clause bounds are cut later, when asked for). */
  constructor(tokens: number) {
    this.buffer = new ArrayBuffer(tokens * 15 + 16);
  }

  bytes(n: number): Uint8Array {
    const a = new Uint8Array(this.buffer, this.offset, n);
    this.offset += n;
    return a;
  }

  ints(n: number): Int32Array {
    this.offset = (this.offset + 3) & ~3;
    const a = new Int32Array(this.buffer, this.offset, n);
    this.offset += 4 * n;
    return a;
  }
}

/**
 * A sentence view. A class, not an object literal with closures: its clause bounds are methods, so a
 * view costs no function objects, and they are worked out (into the document's buffer) only when asked for.
 */
class View implements SentenceView {
  private startOf: Int32Array | undefined;
  private endOf: Int32Array | undefined;
  private groups: VerbGroup[] | undefined;
  private groupByHead: Map<number, VerbGroup> | undefined;
  private phrases: NounPhrase[] | undefined;

  constructor(
    readonly index: number,
    readonly sentence: Sentence,
    readonly tokens: readonly Token[],
    readonly lemmas: readonly string[],
    readonly question: boolean,
    readonly actors: readonly Party[],
    readonly places: readonly Party[],
    readonly instruments: readonly InstrumentMention[],
    readonly instrumentParties: readonly Party[],
    readonly actorAt: Int32Array,
    readonly hard: Uint8Array,
    readonly soft: Uint8Array,
    readonly verbAt: Uint8Array,
    readonly language: Language,
    private readonly modality: Modality,
    private readonly arrays: ViewArrays,
  ) {}

  verbGroups(): readonly VerbGroup[] {
    return (this.groups ??= readVerbGroups(this, this.modality));
  }

  verbGroupAt(i: number): VerbGroup | undefined {
    this.groupByHead ??= new Map(this.verbGroups().map((g) => [g.head, g]));
    return this.groupByHead.get(i);
  }

  nounPhrases(): readonly NounPhrase[] {
    return (this.phrases ??= readNounPhrases(this));
  }

  clauseStart(i: number): number {
    if (!this.startOf) this.bounds();
    return (this.startOf as Int32Array)[i] ?? 0;
  }

  clauseEnd(i: number): number {
    if (!this.endOf) this.bounds();
    return (this.endOf as Int32Array)[i] ?? this.tokens.length;
  }

  /** Work out the first and one-past-last token of each token's clause. */
  private bounds(): void {
    const soft = this.soft;
    const n = soft.length;
    const startOf = this.arrays.ints(n);
    const endOf = this.arrays.ints(n);
    for (let k = 0, cur = 0; k < n; k++) {
      if (soft[k]) cur = k + 1;
      startOf[k] = soft[k] ? k : cur;
    }
    for (let k = n - 1, cur = n; k >= 0; k--) {
      if (soft[k]) cur = k;
      endOf[k] = soft[k] ? k + 1 : cur;
    }
    this.startOf = startOf;
    this.endOf = endOf;
  }
}

/** The token covering text offset `offset` (binary search over token starts); `fromEnd` for an end offset. */
function tokenAt(tokens: readonly Token[], offset: number, fromEnd: boolean): number {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((tokens[mid] as Token).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  if (fromEnd) {
    while (lo > 0 && (tokens[lo] as Token).start >= offset) lo--;
  }
  return lo;
}

/** Does one of `parties` cover token `i`? */
/** Is every word before `first` a number or an adverb ("Five hundred", "About 300")? */
function opensOnCount(tokens: readonly Token[], first: number): boolean {
  for (let k = 0; k < first; k++) if (tokens[k]?.pos !== 'NUM' && tokens[k]?.pos !== 'ADV') return false;
  return first > 0;
}

function covered(parties: readonly Party[], i: number): boolean {
  for (const p of parties) if (p.first <= i && p.last >= i) return true;
  return false;
}

/** Do the parties stand in text order already? (Mentions come in text order: most sentences need no sort.) */
function inOrder(parties: readonly Party[]): boolean {
  for (let k = 1; k < parties.length; k++) if ((parties[k - 1] as Party).first > (parties[k] as Party).first) return false;
  return true;
}

/**
 * "The two Governments agreed …", "the Parties agree …": a capitalised plural of a noun that names one of a
 * group of parties or an office, which the tagger read as a name and left unlemmatised, is that noun
 * (its singular); none for a word of a longer name ("United States", "Allied Democratic Forces").
 */
function groupNounAsName(t: Token, prev: Token | undefined, m: Modality): string | undefined {
  const w = t.lower;
  if (!w.endsWith('s') || prev?.pos === 'PROPN') return undefined;
  const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
  return m.pairNouns.has(singular) || m.officeNouns.has(singular) ? singular : undefined;
}

/**
 * Build the view of sentence `s` from the context's actor mentions (those of this sentence).
 * `topic` is the country the document is about: "the country" stands for it.
 */
export function buildView(ctx: DocumentContext, s: Sentence, mentions: readonly DocumentContext['actors'][number][], m: Modality = loadModality(), topic: string | null = null, topicOrg: string | null = null, arrays: ViewArrays = new ViewArrays(s.tokens.length), lang: Language = loadLanguage()): SentenceView {
  const tokens = s.tokens;
  const n = tokens.length;
  const boundary = boundariesOf(lang);
  const { hardBreaks, softBreaks } = lang;
  // The segmenter gives lemmas in lower case already.
  const lemmas: string[] = new Array<string>(n);
  const soft = arrays.bytes(n);
  const hard = arrays.bytes(n);
  const verbAt = arrays.bytes(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i] as Token;
    const l = (t.pos === 'PROPN' && groupNounAsName(t, tokens[i - 1], m)) || t.lemma || t.lower;
    lemmas[i] = l;
    // Every boundary mark is one character long: most tokens need no set lookup.
    if (t.text.length === 1 && hardBreaks.has(t.text)) hard[i] = soft[i] = 1;
    // (a dash written between two words with no space is part of a compound, "a day-old blockade", no break)
    else if (t.text.length === 1 && softBreaks.has(t.text)) soft[i] = lang.compoundJoiners.has(t.text) && joinsWords(tokens, i) ? 0 : 1;
    else {
      const kind = boundaryKind(boundary, t, l);
      // "separate but parallel agreements": a conjunction between two adjectives joins them, not two clauses.
      const adjectives = t.pos === 'CCONJ' && tokens[i - 1]?.pos === 'ADJ' && tokens[i + 1]?.pos === 'ADJ';
      if (kind !== undefined && !adjectives) {
        soft[i] = 1;
        if (kind === 'relative') hard[i] = 1;
      }
    }
  }

  const actors: Party[] = [];
  const places: Party[] = [];
  const actorAt = arrays.ints(n).fill(-1);
  for (const a of mentions) {
    if (!a.principal || n === 0) continue;
    const first = tokenAt(tokens, a.start, false);
    const last = Math.max(first, tokenAt(tokens, a.end, true));
    let generic = false;
    for (let k = 1; k <= 3 && first - k >= 0; k++) {
      if (soft[first - k]) break;
      if (m.quantifiers.has(lemmas[first - k] ?? '')) generic = true;
    }
    const prev = tokens[first - 1];
    const counted = !!prev && prev.pos === 'NUM' && !YEAR.test(prev.text);
    if (counted) generic = true;
    // "Five hundred Ugandan rebels surrendered", "Seven opposition parties called": a sentence opening on a
    // number counting a principal's own agents (a body or group the actors stage composed) tells what they
    // did as that principal; a counted country word or organisation ("two Norwegian trawlers", "111 UN
    // member states") names members, and a count further on is mostly a tally of those acted on.
    const countedAgents = counted && (a.kind === 'body' || a.kind === 'group') && opensOnCount(tokens, first);
    const nextLemma = lemmas[last + 1] ?? '';
    const setting = m.situationNouns.has(nextLemma) && tokens[last + 1]?.pos === 'NOUN';
    const party: Party = {
      principal: a.principal,
      actor: a.name || a.text,
      actorId: a.entryId,
      kind: a.kind,
      first,
      last,
      start: a.start,
      end: a.end,
      generic,
      setting,
      country: isCountry(a.principal),
      sector: a.sector,
    };
    // (Set after: spreading an optional field into the literal costs a runtime call per mention.)
    if (counted) party.counted = true;
    if (countedAgents) party.countedAgents = true;
    if (a.role === 'actor') actors.push(party);
    else places.push(party);
  }
  // "NATO invited the country to begin accession talks": the country the document is about.
  if (topic) {
    for (let i = 1; i < n; i++) {
      const t = tokens[i] as Token;
      if (t.lower !== 'country' || lemmas[i - 1] !== 'the' || covered(actors, i)) continue;
      const d = tokens[i - 1] as Token;
      actors.push({
        principal: topic, actor: ctx.text.slice(d.start, t.end), kind: 'country', first: i - 1, last: i,
        start: d.start, end: t.end, generic: false, setting: false, country: true,
      });
    }
  }
  if (!inOrder(actors)) actors.sort((x, y) => x.first - y.first);
  for (let idx = 0; idx < actors.length; idx++) {
    const p = actors[idx] as Party;
    for (let k = p.first; k <= p.last; k++) if (actorAt[k] === -1) actorAt[k] = idx;
  }

  const instruments = n > 0 ? findInstruments(tokens) : [];
  const instrumentParties: Party[] = [];
  for (const im of instruments) {
    // "approved the accession treaty": membership of the organisation the document is about.
    let document = false;
    for (let k = im.first; k <= im.last; k++) if (lemmas[k] === 'treaty' || lemmas[k] === 'protocol') document = true;
    const org = im.org ?? (im.instrument === 'membership' && document ? topicOrg : null);
    if (!org) continue;
    const f = tokens[im.first] as Token;
    const l = tokens[im.last] as Token;
    instrumentParties.push({
      principal: org,
      actor: ctx.text.slice(f.start, l.end),
      kind: 'instrument',
      first: im.first,
      last: im.last,
      start: f.start,
      end: l.end,
      instrument: im.instrument,
      generic: false,
      setting: false,
      country: false,
    });
  }
  const lastText = tokens[n - 1]?.text ?? '';
  return new View(s.index, s, tokens, lemmas, lastText === '?', actors, places, instruments, instrumentParties, actorAt, hard, soft, verbAt, lang, m, arrays);
}

/** The country a document names most often (the first on a tie), or null. */
export function topicCountry(mentions: readonly DocumentContext['actors'][number][]): string | null {
  return topics(mentions).country;
}

/** The organisation a document names most often (the first on a tie), or null. */
export function topicOrganisation(mentions: readonly DocumentContext['actors'][number][]): string | null {
  return topics(mentions).organisation;
}

/** The country and the organisation a document names most often as actors (the first on a tie), in one pass. */
export function topics(mentions: readonly DocumentContext['actors'][number][]): { country: string | null; organisation: string | null } {
  // A principal is a country or not: one count per principal serves both.
  const counts = new Map<string, number>();
  let country: string | null = null;
  let organisation: string | null = null;
  let mostCountry = 0;
  let mostOrganisation = 0;
  for (const a of mentions) {
    if (!a.principal || a.role !== 'actor') continue;
    const c = (counts.get(a.principal) ?? 0) + 1;
    counts.set(a.principal, c);
    if (isCountry(a.principal)) {
      if (c > mostCountry) {
        country = a.principal;
        mostCountry = c;
      }
    } else if (c > mostOrganisation) {
      organisation = a.principal;
      mostOrganisation = c;
    }
  }
  return { country, organisation };
}

/**
 * Is the token at `i` written between two lower-case words with no space either side ("day-old")? (A name
 * before it stays apart: "Iranian-backed" describes the noun after it, no party of the clause.)
 */
function joinsWords(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return before !== undefined && after !== undefined && before.end === t.start && after.start === t.end &&
    before.pos !== 'PUNCT' && after.pos !== 'PUNCT' && before.text === before.lower && after.text === after.lower;
}
