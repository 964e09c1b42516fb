/**
 * One document's reading by the events stage: at each trigger, the rules keyed by its word are tried in
 * order; the first whose conditions hold and whose parties are found gives one event per source. The
 * events read so far are the discourse that missing parties are taken from.
 */
import { hash } from 'node:crypto';
import type { ActorRef, DyadEvent } from '../../core/model.js';
import type { DateFor, DocumentContext, RuleTrace, RuleTrial, Token } from '../types.js';
import { findAfter, findAntecedent, findBefore, hasBefore } from './_conditions.js';
import {
  actorOfAct, anaphoricSubject, DISCOURSE_SENTENCES, dyadPartner, earlierParties, groupAfter, joinedIn, nounSubject, pairReferent, subjectPartner, toldAgain,
  type Recent,
} from './_discourse.js';
import type { EventPatterns, EventRule, Statement } from './_patterns.js';
import { unnamedReportedSubject } from './_reported.js';
import { forcePlace, freeRelative, inRelativeAfter, insideAfter, ofLaterPredicate, phrasePlace, placeAbroad, objectHead, partsOfOne, reciprocalAfter, reflexiveObject, resolveSide, type Side } from './_sides.js';
import { namedActAt, promisedNot } from './_statements.js';
import { aimOf } from './_aims.js';
import { objectCoding } from './_objects.js';
import { apposedParticiple } from './_apposed.js';
import {
  attributive, background, coordinatedSubject, otherClauseSubject, betweenOf, chargedAct, companion, conditionalThreat, copulaBefore, decidedRefusal, describedVerdict, firstPredicate, frameAddressee, statedRefusal, grammarOf, hasVerbForm, ingStems, isPassive, orderedParticiple, participial, participleAfterObject, participleHost, participleLemmas, presentLemmas, reducedRelative, statementAt, unasserted,
  type Modality, type Said, type Party, type SentenceView, type Unasserted,
} from '../grammar/index.js';

/** What the stage reads every document with. */
export interface Grammar {
  patterns: EventPatterns;
  modality: Modality;
  dateFor: DateFor;
  /** Told each rule tried and what became of it; a held rule's parties are looked for without reading its event. */
  trace?: RuleTrace | undefined;
}

/** Roots of what is said (statements, appeals, demands, disapproval, rejection, threats): said in a participle too. */
const SAID = new Set(['01', '02', '10', '11', '12', '13']);

/** Codes of other roots that are said as well: praise and thanks ("…, thanking the Latvian parliament"). */
const SAID_CODES = new Set(['051']);

/** The id of the statement (data/patterns/events.yaml) whose table codes a refused act. */
const REFUSAL = 'refusal';
const THREAT = 'threat';

/** Roots of acts done together, whose coordinated subjects are each other's target even past a plain object. */
const MUTUAL = new Set(['04', '06']);
/** The code of an agreement signed: done together, as the roots of MUTUAL are. */
const SIGNING = '057';

/** Is an act of root `root` and code `code` done by its sides together (consulting, cooperating, signing)? */
function actTogether(root: string, code: string): boolean {
  return MUTUAL.has(root) || code === SIGNING;
}

/**
 * Codes (by prefix) of giving aid, and of the intent to: done by several to a third, never to each other
 * ("Latvia and Poland said they were ready to help" is each to the one in need). Not yielding: "A and B
 * agreed to pull back their troops" is each to the other.
 */
const ONE_WAY = ['07', '033'];

/** The code of relations established or restored ("relations are restored"): between both sides by nature. */
const RELATIONS = '050';

/** The code of mediation. */
const MEDIATE = '045';

/** The code of talks halted: with the talks as its subject, between both sides. */
const TALKS_ENDED = '164';
/** Rejecting (12) and denying (016): an answer, done to whoever made the claim, in whichever clause. */
const REJECT = '12';
const DENY = '016';

/** The rules a word may be read by at token `i`, verb rules first; null when none. */
function rulesAt(g: Grammar, view: SentenceView, i: number, full: string, lemma: string): { rules: readonly EventRule[]; verbRules: readonly EventRule[] | undefined } | null {
  const { patterns, modality } = g;
  const { tokens, lemmas } = view;
  const t = tokens[i] as Token;
  // "asked the alliance for help", "with Albania's help": a bare verb form right after "for" or a possessive
  // is a noun the tagger took for a verb.
  const before = tokens[i - 1]?.lower ?? '';
  const forNoun = (view.language.nounMarkers.has(before) || view.language.possessiveClitics.has(before)) && !t.lower.endsWith('ing');
  let asVerb = t.pos === 'VERB' && !forNoun ? patterns.verbs.get(lemma) : undefined;
  // A form the tagger lemmatised wrongly ("fined" → "fin"): the lemma its form was generated from.
  if (!asVerb && t.pos === 'VERB' && !forNoun) {
    const l = patterns.verbForms.get(t.lower);
    if (l !== undefined) asVerb = patterns.verbs.get(l);
  }
  if (!asVerb && (t.pos === 'ADJ' || t.pos === 'NOUN') && t.lower.endsWith('ed')) {
    for (const l of participleLemmas(view, i)) {
      asVerb = patterns.verbs.get(l);
      if (asVerb) break;
    }
  }
  // "was confident that …", "remains skeptical about …": an attitude stated as a predicate adjective is the
  // statement its word's rules code (only rules of what is said: an adjective is no act).
  if (!asVerb && t.pos === 'ADJ' && copulaBefore(view, i)) {
    const said = patterns.verbs.get(lemma)?.filter((r) => SAID.has(r.code.slice(0, 2)));
    if (said && said.length > 0) asVerb = said;
  }
  let present = false;
  // "agreed to re-open the border": a word the grammar found is a prefixed verb after "to" or a modal.
  if (!asVerb && t.pos === 'NOUN' && view.verbAt[i] === 1 && lemma !== full) {
    asVerb = patterns.verbs.get(lemma);
    present = asVerb !== undefined;
  }
  // (the context is read only for words a verb rule is keyed by)
  if (!asVerb && (t.pos === 'ADJ' || t.pos === 'NOUN') && hasVerbForm(t.lower, lemma, patterns.verbs)) {
    for (const l of presentLemmas(view, i, modality)) {
      asVerb = patterns.verbs.get(l);
      if (asVerb) {
        present = true;
        break;
      }
    }
  }
  const prevPos = tokens[i - 1]?.pos;
  // A gerund heading a noun phrase ("Fighting between A and B resumed") is a noun.
  const gerundNoun = t.pos === 'VERB' && t.lower.endsWith('ing') && (i === 0 || prevPos === 'DET' || prevPos === 'ADJ' || prevPos === 'ADP' || modifiedGerund(view, i));
  const nounLike = !present && (t.pos === 'NOUN' || t.pos === 'PROPN' || (t.pos === 'VERB' && prevPos === 'DET') || gerundNoun);
  // A capitalised plural the tagger took for a name ("Protests of …") still has its singular.
  const asNoun = nounLike
    ? patterns.nouns.get(lemma) ??
      (gerundNoun ? patterns.nouns.get(t.lower) : undefined) ??
      (t.pos === 'PROPN' && t.lower.endsWith('s') ? patterns.nouns.get(t.lower.slice(0, -1)) : undefined)
    : undefined;
  let gerund = !asVerb && t.pos !== 'VERB' && t.lower.endsWith('ing') ? patterns.verbs.get(lemma) : undefined;
  // "retaliated by expelling …" read as a noun: its verb's stem.
  if (!asVerb && !gerund && t.pos !== 'VERB' && t.lower.endsWith('ing') && view.language.agentPrepositions.has(lemmas[i - 1] ?? '')) {
    for (const stem of ingStems(t.lower)) {
      gerund = patterns.verbs.get(stem);
      if (gerund) break;
    }
  }
  const verbRules = asVerb ?? gerund;
  if (!verbRules && !asNoun) return null;
  return { rules: verbRules && asNoun ? [...verbRules, ...asNoun] : (verbRules ?? asNoun ?? []), verbRules };
}

/**
 * Is the gerund at `i` the head of a noun phrase its modifiers lead up to: names and nouns after a
 * preposition or a determiner, with no object after it ("killed in Israeli tank shelling in …", "the
 * NATO bombing")? The tagger reads a demonym as a name, and the gerund after it as a verb.
 */
function modifiedGerund(view: SentenceView, i: number): boolean {
  const { tokens } = view;
  let k = i - 1;
  while (k >= 0 && (tokens[k]?.pos === 'PROPN' || tokens[k]?.pos === 'NOUN')) k--;
  if (k === i - 1) return false;
  const lead = tokens[k]?.pos;
  if (lead !== undefined && lead !== 'DET' && lead !== 'ADP' && lead !== 'ADJ') return false;
  const next = tokens[i + 1]?.pos;
  return next === undefined || next === 'ADP' || next === 'PUNCT' || next === 'CCONJ';
}

/** The first party of each principal among `parties`, in order. */
function distinctPrincipals(parties: readonly Party[]): Party[] {
  return parties.filter((p, k) => parties.findIndex((q) => q.principal === p.principal) === k);
}

/** Each pair of the distinct principals among `parties`, the first two first; null when there are fewer than two. */
function pairsAmong(parties: readonly Party[]): [Party, Party][] | null {
  const sides = distinctPrincipals(parties);
  if (sides.length < 2) return null;
  const pairs: [Party, Party][] = [];
  for (let a = 0; a < sides.length; a++) for (let b = a + 1; b < sides.length; b++) pairs.push([sides[a] as Party, sides[b] as Party]);
  return pairs;
}

/** What trying one rule came to: its event(s) read, or none and the next rule is tried, or none and no other rule is. */
type Outcome = 'read' | 'next' | 'stop';

export class DocumentReading {
  private readonly recent: Recent[] = [];
  /** The root of the hostile act a promise being read says will not be done (null otherwise). */
  private restrained: string | null = null;
  /** Whether each sentence read holds a word naming a sector (most hold none). */
  private readonly sectorWords = new Map<SentenceView, boolean>();
  /** While true, `emit` only tells whether an event would be read (a trace's look at a held rule's parties). */
  private dry = false;

  constructor(
    private readonly ctx: DocumentContext,
    private readonly views: readonly SentenceView[],
    private readonly g: Grammar,
  ) {}

  /** Try the rules keyed by the word at token `i` (`lemma`: its lemma, less a hyphenated `modifier`). */
  at(view: SentenceView, i: number, full: string, lemma: string, modifier: string | null): void {
    // "called for the withdrawal of Syrian forces": the statement of the act the noun names.
    const named = namedActAt(view, i, this.g.patterns, this.g.modality);
    if (named) {
      const outcome = this.readRule(view, i, named.rule, false, false, named.noun, []);
      this.tell(view, named.rule, named.rule, outcome === 'read' ? 'read' : 'parties');
      if (outcome === 'read') return;
    }
    const found = rulesAt(this.g, view, i, full, lemma);
    if (!found) return;
    const { verbRules } = found;
    let rules = found.rules;
    const { lemmas } = view;
    const t = view.tokens[i] as Token;
    // "… ratified Finland's accession. Turkey ratified it too.": "it" is what the same act was done to just before.
    let repeated: EventRule | undefined;
    // "… imposed tariffs on Vietnam. Later it suspended them": "them" is what the act just before named.
    let pronounFor: string | undefined;
    if (verbRules && view.language.objectPronouns.has(lemmas[i + 1] ?? '')) {
      const prior = this.lastEvent(view.index);
      repeated = prior ? verbRules.find((r) => r.id === prior.rule) : undefined;
      if (repeated) rules = [repeated, ...rules.filter((r) => r !== repeated)];
      else if (prior && prior.object >= 0) pronounFor = this.views[prior.sentence]?.lemmas[prior.object];
    }
    // "Serbia joined Montenegro and Bosnia in signing …": all of them sign.
    const joined = lemmas[i - 1] === 'in' && t.lower.endsWith('ing') ? joinedIn(view, i - 1) : [];
    const { patterns, modality } = this.g;
    let blocked: Unasserted | null | undefined;
    let said: Said<Statement> | null | undefined;
    // What the grammar says of the word at `i` holds for every rule tried there: each is asked once, when first needed.
    let subordinate: boolean | undefined;
    let ordered: boolean | undefined;
    let verdict: boolean | undefined;
    let backdrop: boolean | undefined;
    let charged: boolean | undefined;
    let reduced: boolean | undefined;
    let passiveHere: boolean | undefined;
    // (a trace is told of each rule a gate holds back, and of those after it that a gate's `break` leaves untried)
    const trial = this.g.trace ? this.trialsAt(view, i, rules, joined, modifier) : undefined;
    for (const candidate of rules) {
      let rule: EventRule = candidate;
      const noun = rule.voice === 'noun';
      // "held joint exercises", "agreed to hold joint exercises": the exercises are the verb's event.
      if (noun && this.readHere(view.index, (r) => r.object === i)) {
        trial?.held(candidate, rule, 'object');
        trial?.rest(candidate, 'object');
        break;
      }
      // "…, accusing Kigali of arming the rebels": a participle after its clause says what its subject says,
      // of someone it names (a target is not guessed for it). "At talks hosted by Norway, …": no act on the parties around it.
      if (!noun && joined.length === 0 && (subordinate ??= participial(view, i) || attributive(view, i) || (reduced ??= reducedRelative(view, i)) || participleAfterObject(view, i) || apposedParticiple(view, i))) {
        if (!(SAID.has(rule.root) || SAID_CODES.has(rule.code)) || participleHost(view, i) < 0) {
          trial?.held(candidate, rule, 'participle');
          continue;
        }
        rule = { ...rule, confidence: Math.min(rule.confidence, 0.6) };
      }
      // "orders the pipelines closed": the closing is the order's act, read at "orders".
      if (!noun && (ordered ??= orderedParticiple(view, i))) {
        trial?.held(candidate, rule, 'ordered');
        continue;
      }
      // "freed a trader who was convicted in 2019": the verdict says who the trader is; no act told here.
      if (!noun && (verdict ??= describedVerdict(view, i, this.g.modality))) {
        trial?.held(candidate, rule, 'verdict');
        trial?.rest(candidate, 'verdict');
        break;
      }
      if ((rule.before && !hasBefore(view, i, rule.before, modifier)) || (rule.notBefore && view.lemmas[i - 1] !== undefined && rule.notBefore.has(view.lemmas[i - 1] as string))) {
        this.tell(view, candidate, rule, 'unmet');
        continue;
      }
      // "after Iraq's invasion of Kuwait, …", "a summit on the unrest": the background the clause is dated
      // against, or the topic of a talk, is no event of it.
      if (noun && !rule.before && (backdrop ??= background(view, i))) {
        trial?.held(candidate, rule, 'background');
        continue;
      }
      // "accused Phnom Penh of provoking the clashes": the clashes are the charge, not a told event.
      if (noun && (charged ??= chargedAct(view, i, this.g.modality))) {
        trial?.held(candidate, rule, 'charged');
        continue;
      }
      // "the smuggler accused of the murder": a participle that describes a noun says nothing here.
      if (!noun && SAID.has(rule.root) && (reduced ??= reducedRelative(view, i))) {
        trial?.held(candidate, rule, 'participle');
        continue;
      }
      let afterAt = -1;
      const passive = !noun && (passiveHere ??= isPassive(view, i));
      if (rule.after && candidate !== repeated) {
        afterAt = findAfter(view, i, rule.after);
        // In the passive the object stands before the verb: "sanctions were imposed on Russia".
        if (afterAt < 0 && passive && findBefore(view, i, rule.after)) afterAt = i;
        // In a relative clause it is the noun the clause describes: "the levy that Ottawa placed on Korean ships".
        if (afterAt < 0 && !passive && findAntecedent(view, i, rule.after)) afterAt = i;
        if (afterAt < 0 && pronounFor !== undefined && rule.after.has(pronounFor)) afterAt = i + 1;
        if (afterAt < 0) {
          this.tell(view, candidate, rule, 'unmet');
          continue;
        }
      }
      if ((rule.also && findAfter(view, i, rule.also) < 0) || (passive && rule.passive === 'never') || (rule.unless && findAfter(view, i, rule.unless) >= 0)) {
        this.tell(view, candidate, rule, 'unmet');
        continue;
      }
      if (blocked === undefined) blocked = unasserted(view, i, noun, modality);
      // "Egypt was ready to hold talks with Sudan": not talks, but the stated intent to hold them.
      if (said === undefined) said = noun ? null : statementAt(view, i, patterns.statements, modality);
      const stated = said?.statement.codeOf(rule.code);
      // "pledged that Peru will not violate its territory again": a hostile act promised not to be done is the promise.
      const promise = blocked === 'negated' && patterns.restraint && rule.quadClass >= 3 ? promisedNot(view, i, patterns.statements, modality) : null;
      if (promise && patterns.restraint) {
        this.restrained = rule.root;
        const restraint = { ...rule, ...patterns.restraint };
        const outcome = this.readRule(view, i, restraint, noun, passive, afterAt, joined, promise);
        this.restrained = null;
        this.tell(view, candidate, restraint, outcome === 'read' ? 'read' : 'parties');
        if (outcome !== 'next') break;
        continue;
      }
      if (said && stated) rule = { ...rule, ...stated };
      else if (blocked === 'negated' && patterns.refusal && rule.quadClass <= 2 && (decidedRefusal(view, i, modality) || statedRefusal(view, i, modality))) {
        // Coded by what is refused where the refusal table codes it ("will not accept refugees" 1223), else the bare refusal.
        rule = { ...rule, ...(this.refusalOf(rule.code) ?? patterns.refusal) };
      }
      // "may halt its mediation if the talks founder, the minister said": a hostile act held out on a condition is threatened (13).
      else if ((blocked === 'modal' || blocked === 'conditional') && rule.quadClass >= 3 && this.threatOf(rule.code) && conditionalThreat(view, i, modality)) {
        rule = { ...rule, ...this.threatOf(rule.code) };
      }
      else if (blocked) {
        trial?.held(candidate, rule, blocked, passive, afterAt);
        trial?.rest(candidate, blocked);
        break;
      }
      const outcome = this.readRule(view, i, rule, noun, passive, afterAt, joined, stated ? said : null, candidate.root);
      this.tell(view, candidate, rule, outcome === 'read' ? 'read' : 'parties');
      // (a party that names no one in particular stops the rules after it as well)
      if (outcome === 'stop') trial?.rest(candidate, null);
      if (outcome !== 'next') break;
    }
  }

  /**
   * For a trace: tell it of a rule a gate holds back at the trigger `i` (`held`), and of the rules after
   * it in `rules` that a gate's `break` leaves untried (`rest`: unmet, wanting parties, or held too).
   */
  private trialsAt(view: SentenceView, i: number, rules: readonly EventRule[], joined: Party[], modifier: string | null) {
    const held = (candidate: EventRule, rule: EventRule, gate: string, passive?: boolean, afterAt = -1): void =>
      this.tellHeld(view, i, candidate, rule, rule.voice === 'noun', passive ?? (rule.voice !== 'noun' && isPassive(view, i)), afterAt, joined, gate);
    const rest = (candidate: EventRule, gate: string | null): void => {
      for (const r of rules.slice(rules.indexOf(candidate) + 1)) {
        if ((r.before && !hasBefore(view, i, r.before, modifier)) || (r.after && findAfter(view, i, r.after) < 0)) this.tell(view, r, r, 'unmet');
        else if (gate === null) this.tell(view, r, r, 'parties');
        else held(r, r, gate);
      }
    };
    return { held, rest };
  }

  /** Tell the trace, if any, what became of `candidate` (read as `rule`) at a trigger of `view`. */
  private tell(view: SentenceView, candidate: EventRule, rule: EventRule, outcome: RuleTrial['outcome'], gate?: string): void {
    if (!this.g.trace) return;
    const codes = candidate.code === rule.code ? [rule.code] : [candidate.code, rule.code];
    this.g.trace(gate ? { stage: 'events', sentence: view.index, codes, outcome, gate } : { stage: 'events', sentence: view.index, codes, outcome });
  }

  /**
   * Tell the trace of a rule a gate (`gate`: negated, modal…) holds back: held where its parties are
   * found, else wanting its parties — looked for as reading it would, but no event read.
   */
  private tellHeld(view: SentenceView, i: number, candidate: EventRule, rule: EventRule, noun: boolean, passive: boolean, afterAt: number, joined: Party[], gate: string): void {
    this.dry = true;
    try {
      // (a gate met before the rule's own object was looked for: looked for here)
      if (afterAt < 0 && rule.after) afterAt = findAfter(view, i, rule.after);
      const found = this.readRule(view, i, rule, noun, passive, afterAt, joined, null, candidate.root) === 'read';
      this.tell(view, candidate, rule, found ? 'held' : 'parties', gate);
    } finally {
      this.dry = false;
    }
  }

  /**
   * Find the parties of `rule` at trigger `i`, whose conditions hold, and read its events. `actRoot` is the
   * root of the act itself when `rule` codes it as a statement ("will free 150 prisoners": a release, said).
   */
  private readRule(view: SentenceView, i: number, rule: EventRule, noun: boolean, passive: boolean, afterAt: number, joined: Party[], said: Said<Statement> | null = null, actRoot: string = rule.root): Outcome {
    // "demonstrated for independence" 1414: a dissent is coded by its aim where one is named after it.
    const aims = this.g.patterns.aims.get(rule.code);
    const aim = aims ? aimOf(view, i, aims) : undefined;
    if (aim) rule = { ...rule, ...aim };
    // "urged Nepal to respect human rights" 0243, "threatened sanctions" 1312: an act coded by what it is about.
    const object = aim ? undefined : objectCoding(view, i, rule.code, rule.id);
    if (object) rule = { ...rule, ...object };
    const { views, recent } = this;
    const { modality } = this.g;
    let sourceSlots = rule.source;
    let targetSlots = rule.target;
    if (passive && rule.passive === 'swap') {
      sourceSlots = ['by'];
      targetSlots = ['subject', ...rule.target.filter((s) => s !== 'object')];
    }
    // A statement's source is who says it: the governor's subject ("Turkey threatened to impose …").
    let source: Side = joined.length > 0
      ? { parties: joined, pronoun: false, generic: false }
      : said && said.anchor !== i
        ? resolveSide(view, said.anchor, ['subject'], true, 'target', null, false, rule.root)
        : resolveSide(view, i, sourceSlots, true, 'target', null, noun, rule.root);
    // "The two foreign ministers sign …": a counted group of offices is the pair named before (below), not no one.
    const sides = grammarOf(this.ctx).subject;
    if (source.generic && !noun && !passive && pairReferent(views, view, i, modality, sides).length >= 2) source = { parties: [], pronoun: false, generic: false };
    if (source.generic) return 'stop';
    // "Chile said the militants attacked Bolivia": the reported clause's unnamed subject, not the reporter, acts.
    const lastSource = source.parties[source.parties.length - 1];
    if (!noun && !passive && joined.length === 0 && !(said && said.anchor !== i) && source.slot === 'subject' && lastSource &&
      unnamedReportedSubject(view, i, lastSource, modality, this.g.patterns.sectors)) return 'next';
    const explicitSource = source.parties.length > 0;
    if (!explicitSource && noun) return 'next';
    const prior = this.lastEvent(view.index);
    let fallback = false;
    // A pronoun subject continues the discourse: it is the actor of the event just before.
    // But one that opens a predicate joined to its own sentence's first is that predicate's subject ("Tokyo
    // protested …, and it accused Seoul").
    const own = !explicitSource && source.pronoun ? coordinatedSubject(view, i) : undefined;
    if (!explicitSource && source.pronoun && (own ?? prior)) {
      source = { parties: [(own ?? prior?.source) as Party], pronoun: false, generic: false };
      fallback = true;
    }
    // "The two prime ministers signed …": the pair named just before. A counted group right before the
    // verb is its subject even past an actor further back ("Through Kuwaiti mediators, the four states hand …").
    if (!source.pronoun && !noun && !passive && (!explicitSource || (joined.length === 0 && !(said && said.anchor !== i)))) {
      const pair = pairReferent(views, view, i, modality, sides);
      if (pair.length >= 2) {
        source = { parties: pair, pronoun: false, generic: false, slot: 'subject' };
        fallback = true;
      }
    }
    // The one appealed to or demanded of is the statement's target ("urged Iran to free the sailors").
    // "The Council orders both countries to stop fighting": the pair named before, less the source.
    const group = !noun && !passive && !(said && said.addressee.length > 0) ? groupAfter(views, view, i, modality, source.parties[0]?.principal ?? null) : [];
    // "rebels demanded that President X step down": the one demanded of may be a distinct part of the source's own country.
    const asker = source.parties[0];
    let target: Side = said && said.addressee.length > 0
      ? { parties: said.addressee, pronoun: false, generic: false, inside: asker !== undefined && said.addressee.every((p) => p.principal === asker.principal && partsOfOne(view, asker, p)) }
      : group.length > 0
        ? { parties: group, pronoun: false, generic: false }
        : resolveSide(view, i, targetSlots, false, 'source', source.parties[0]?.principal ?? null, noun, actRoot, source.parties[0]);
    if (target.generic) return 'stop';
    // "bombed a rebel camp inside Ecuador": force used in another country's place is against that country, not
    // against the sources' own rebels there (another principal in the clause wins over a part of one's own).
    const abroadForce = target.inside && asker ? forcePlace(view, i, rule, asker) : undefined;
    if (abroadForce) target = { parties: [abroadForce], pronoun: false, generic: false };
    // "welcomed the judgment in a broadcast and urged Beijing to comply": Beijing is the urging's, not the welcome's.
    if (!noun && target.parties.length > 0 && target.parties.every((p) => ofLaterPredicate(view, i, p))) target = { parties: [], pronoun: false, generic: false };
    // "Russia rejoins the deal after Turkish mediation": the go-between is not the one the act is done to.
    if (!noun && target.slot === 'object' && target.parties.length > 0 && target.parties.every((p) => this.goBetween(view, p))) target = { parties: [], pronoun: false, generic: false };
    if (target.parties.length === 0 && !noun && !passive) {
      // "… orders both countries to stop fighting and threatens sanctions": a second predicate with no
      // object of its own acts on the first one's.
      const first = source.parties.length > 0 ? firstPredicate(view, i) : -1;
      if (first >= 0) {
        const shared: Party[] = [];
        for (const r of this.recent) {
          if (r.sentence === view.index && r.trigger === first && source.parties.some((p) => p.principal === r.source.principal) && !shared.some((p) => p.principal === r.target.principal)) shared.push(r.target);
        }
        if (shared.length > 0) {
          target = { parties: shared, pronoun: false, generic: false };
          fallback = true;
        }
      }
    }
    // "summoned Russia's envoy over what it called hostile remarks about Poland": a free relative describes
    // what the sentence's act was about; its target is that act's, never a party the words are about.
    if (freeRelative(view, i)) {
      const main = this.readHere(view.index, (r) => r.trigger < i);
      if (!main) return 'next';
      target = { parties: [main.target], pronoun: false, generic: false };
      if (source.parties.length === 0 || source.pronoun) source = { parties: [main.source], pronoun: false, generic: false };
      fallback = true;
    }
    // "This step was met with disagreement from A": the step is the last event's, so is the target.
    if (target.parties.length === 0 && passive && targetSlots[0] === 'subject' && prior && anaphoricSubject(view, i)) {
      target = { parties: [prior.source], pronoun: false, generic: false };
      fallback = true;
    }
    // A subject that names no actor ("Opposition deputies boycotted …") is someone unknown.
    // "An agreement was signed between Chile and Peru": the two sides, in the order named.
    if (source.parties.length === 0 && passive) {
      const b = betweenOf(view, i);
      if (b) {
        source = { parties: [b[0]], pronoun: false, generic: false };
        target = { parties: [b[1]], pronoun: false, generic: false };
      }
    }
    // "Accession talks opened on the first cluster", "Negotiators concluded the talks" in an EU–Albania
    // timeline: an act done together that names neither side is between the two its title names.
    // "The talks broke down": talks that end of themselves ended between both sides, too (not "the council ended the talks").
    // "Relations are restored": relations are the two sides', too.
    const talks = this.g.patterns.actNouns.get(view.tokens[i - 1]?.lower ?? '') ?? this.g.patterns.actNouns.get(view.lemmas[i - 1] ?? '');
    const ended = rule.code === TALKS_ENDED && talks?.root === '04';
    if (source.parties.length === 0 && target.parties.length === 0 && !source.pronoun && (actTogether(rule.root, rule.code) || rule.code === RELATIONS || ended)) {
      const sides = this.subjectSides(view);
      if (sides) {
        source = { parties: [sides[0]], pronoun: false, generic: false };
        target = { parties: [sides[1]], pronoun: false, generic: false };
        fallback = true;
      }
    }
    const unnamed = source.parties.length === 0 && !source.pronoun && !passive ? nounSubject(view, i, modality) : false;
    if (unnamed === true) return 'next';
    // "Chapter 23 was opened in 2016": a passive with no agent whose subject names no actor names
    // neither side; both borrowed from the sentences before would make an event up.
    if (source.parties.length === 0 && target.parties.length === 0 && passive && !source.pronoun) return 'next';
    if (source.parties.length === 0) {
      const exclude = target.parties[0]?.principal ?? null;
      // An office ("the ministry") is the lead actor of the sentence before: the source of its first event.
      const lead = unnamed === 'office' && prior ? recent.find((r) => r.sentence === prior.sentence)?.source : undefined;
      // "Visa liberalisation granted to Albania" in an EU–Albania timeline: the other side of the title's relationship.
      const titled = exclude !== null && this.subjectSides(view) ? subjectPartner(grammarOf(this.ctx).subject, exclude) : undefined;
      // "Costa Rica, which was invited in May 2020", "the army had been instructed to respond": a passive
      // with no agent names no doer, and one taken from the discourse is made up; but for an act done
      // together, whose sides are those just named ("the first conference was held in July"), and for an
      // answer to the act just before by its own doer ("Serbia attended the summit. Its progress was
      // commended."). An agent that names no actor ("accused by rights groups") is none to borrow.
      const agentless = passive && !source.pronoun && !actTogether(rule.root, rule.code);
      if (agentless && view.language.agentPrepositions.has(view.lemmas[i + 1] ?? '')) return 'next';
      const answered = agentless && prior && prior.source.principal === exclude ? prior.target : undefined;
      // Only a pronoun ("He accused Beijing …") points back past the sentence and the act just before: a
      // clause with no subject before its verb ("Meeting in Nouakchott, AU leaders decide …") is no reason to.
      const candidates = [
        ...(lead ? [lead] : []),
        ...(titled ? [titled] : []),
        ...(answered ? [answered] : []),
        ...(prior && !agentless ? [prior.source, prior.target] : []),
        ...(source.pronoun || agentless ? [] : [...view.actors.filter((p) => p.last < i && !p.generic && !p.setting)].reverse()),
        ...(source.pronoun ? earlierParties(views, view.index).reverse() : []),
      ];
      const pick = candidates.find((p) => p.principal !== exclude);
      if (!pick) return 'next';
      source = { parties: [pick], pronoun: false, generic: false };
      fallback = true;
    }
    // "NATO and Georgia signed a framework document": the two sides of one event.
    const head = target.parties.length === 0 ? objectHead(view, i) : null;
    // A plain object does not outweigh them ("Serbia and Kosovo began a dialogue under EU auspices").
    const plainObject = target.slot === 'object';
    // Only cooperation is done with each other: "A and B condemned the attack" is not A against B; and
    // only meeting, agreeing and working together outweigh a plain object: "A, B and C urged D" is each to D.
    // Not a party named as the object itself, though: "A, B and C met their Polish counterpart" is each with Poland.
    // Going to someone's occasion is not done with the others who went ("was attended by A and B").
    const mutual = !rule.host && rule.quadClass <= 2 && !ONE_WAY.some((c) => rule.code.startsWith(c)) &&
      (!plainObject || target.parties.length === 0 || (actTogether(rule.root, rule.code) && !directObject(view, i, target.parties[0] as Party, this.g.patterns.sectors)));
    // "the exercise of Norwegian and Danish forces", "was signed by Chile and Peru": a noun's or a passive's coordinated agents, too.
    const together = source.slot === 'subject' || (passive && source.slot === 'by') || (noun && source.slot === 'of');
    const doneTogether = (target.parties.length === 0 || plainObject) && mutual && together && !rule.domestic && !head?.distributive;
    // With three or more ("A, B and C met"), each pair once, in the order named.
    let pairs = doneTogether ? pairsAmong(source.parties) : null;
    // "Thai and Cambodian troops clash", "both armies shelled each other's trenches", "each government
    // accuses the other": an act done between the parties of its subject, once for each pair (either way round).
    const reciprocal = !pairs && !rule.domestic && target.parties.length === 0 && (rule.reciprocal || reciprocalAfter(view, i));
    if (reciprocal && together) pairs = pairsAmong(source.parties);
    if (pairs) {
      const [first, second] = pairs[0] as [Party, Party];
      source = { parties: [first], pronoun: false, generic: false };
      target = { parties: [second], pronoun: false, generic: false };
    }
    // A mutual act with one side named is not done to whoever else is in view ("Serbian police clashed near the bridge").
    if (reciprocal && !pairs) return 'next';
    const src0 = source.parties[0] as Party;
    if (target.parties.length === 0) {
      // "Dutch and Danish campaigners held a rally in Minsk": an act done in another country's place is done to it.
      const abroad = rule.domestic && !target.own ? placeAbroad(view, i, source.parties) : undefined;
      // "downgraded its embassy in Lomé": one's own mission or troops in another state's place, for a rule that takes places.
      const ownAbroad = !abroad && target.own && rule.places ? forcePlace(view, i, rule, src0) : undefined;
      if (abroad ?? ownAbroad) {
        target = { parties: [(abroad ?? ownAbroad) as Party], pronoun: false, generic: false };
      } else if (!noun && reflexiveObject(view, i)) {
        // "said that Peru had attacked itself": done to its own subject, not to the others in view.
        return 'next';
      } else if (rule.domestic || target.own) {
        // Within one principal: "riots of Serbian nationalists", "proposed to the Kosovo Assembly"; each
        // of several sources within its own ("protests of Kenyan and Ugandan students").
        target = { parties: [src0], pronoun: false, generic: false, own: target.own === true };
        if (rule.domestic && !target.own && !pairs && source.parties.some((p) => p.principal !== src0.principal))
          pairs = distinctPrincipals(source.parties).map((p) => [p, p]);
      } else if (rule.host && prior && !source.parties.some((p) => p.principal === prior.source.principal)) {
        // "Ethiopia inaugurated the dam. The ceremony was attended by …": the occasion is of who acted just before.
        target = { parties: [prior.source], pronoun: false, generic: false };
        fallback = true;
      } else if (noun) {
        // A noun names its parties or states no event ("NATO's intervention"); a place it may take ("the visit to Lima"),
        // a use of force one in its own phrase ("air strikes in northern Iraq").
        const place = rule.places ? forcePlace(view, i, rule, src0) : phrasePlace(view, i, rule, src0);
        if (!place) return 'next';
        target = { parties: [place], pronoun: false, generic: false };
      } else if (!forcePlace(view, i, rule, src0) && ((head?.unknownName && !rule.after?.has(head.lemma)) || rule.confidence < 0.7)) {
        // The object is named but unknown ("recognised Abkhazia"), or the rule is too weak to guess: but for
        // the other side of the relationship the title names, where the sentence names no one else.
        const titled = this.subjectSides(view) ? subjectPartner(grammarOf(this.ctx).subject, src0.principal) : undefined;
        if (!titled) return 'next';
        target = { parties: [titled], pronoun: false, generic: false };
        fallback = true;
      } else {
        const pick = this.guessTarget(view, i, rule, source, head?.lemma ?? null, prior);
        if (!pick) return 'next';
        target = { parties: Array.isArray(pick) ? pick : [pick], pronoun: false, generic: false };
        fallback = true;
      }
    }
    return this.emit(view, i, rule, source, target, pairs, afterAt, fallback, said) ? 'read' : 'next';
  }

  /**
   * The target of a verb whose object names no party, guessed from the sentence and the discourse;
   * `head` is the lemma of its object's head, if any.
   */
  private guessTarget(view: SentenceView, i: number, rule: EventRule, source: Side, head: string | null, prior: Recent | undefined): Party | Party[] | undefined {
    const { views } = this;
    const { patterns, modality } = this.g;
    const src0 = source.parties[0] as Party;
    const sameSource = prior && prior.source.principal === src0.principal && prior.target.principal !== src0.principal
      ? [prior.target]
      : [];
    // Those acting together are not each other's target: "A and B condemned the test".
    const sources = new Set(source.parties.map((p) => p.principal));
    // "When Brussels let the measures lapse, Poland imposed bans": another clause's subject is no object of
    // the act, here or borrowed from the discourse; but an answer reaches back to who made the claim ("When
    // Lima protested, Quito rejected the charge"), and an act done together is done with the other clause's
    // doer of it ("Saakashvili signs the ceasefire; Medvedev signs it the next day").
    const answer = rule.root === REJECT || rule.code === DENY || actTogether(rule.root, rule.code);
    const aside = answer ? undefined : otherSubjects(view, i);
    const here = view.actors
      // "In a letter to the Security Council, Egypt rejected …": who is told is no side of what is told; nor is
      // an ally one acts beside ("fought alongside the Malian army").
      .filter((p) => !p.generic && !p.setting && !sources.has(p.principal) && !inRelativeAfter(view, i, p) && !ofLaterPredicate(view, i, p) && !this.goBetween(view, p) && !frameAddressee(view, p) && !companion(view, p) &&
        !(aside?.has(p.principal) ?? false))
      .sort((a, b) => Math.abs(a.first - i) - Math.abs(b.first - i));
    const before = earlierParties(views, view.index).filter((p) => !sources.has(p.principal) && !(aside?.has(p.principal) ?? false)).reverse();
    // "attacked positions inside Armenia": a place can be what force is used against.
    const place = forcePlace(view, i, rule, src0);
    // "Russia criticised the invitation": the target is whoever made the act: the subject of its
    // verb named just before ("Russia recognised Abkhazia. NATO condemned the recognition."), else
    // the actor of the event just before. The rule's own object ("signed the agreement") is no act.
    const act = head !== null && modality.actNouns.has(head) && !rule.after?.has(head);
    // The event just before made the act only if it is of the act's kind ("the attack": force).
    const kinds = act ? patterns.nouns.get(head)?.map((r) => r.root) : undefined;
    const priorMade = prior && prior.source.principal !== src0.principal && (!kinds || kinds.includes(prior.root));
    // Past the discourse's reach, "the incursion" is the document's last act of its kind by another
    // ("Colombian aircraft bomb a camp inside Ecuador. … Two weeks later the OAS rejects the incursion").
    const actor = act ? actorOfAct(views, view, i, head, src0) ?? (priorMade ? prior.source : undefined) ?? (kinds ? this.lastOfKind(kinds, src0.principal) : undefined) : undefined;
    // An act whose actor is not in view has no target to guess, but for the other side of the relationship
    // the title names ("Georgia condemns the decision" in a Georgia–Russia chronology).
    if (act && !actor) return this.subjectSides(view) ? subjectPartner(grammarOf(this.ctx).subject, src0.principal) : undefined;
    // "The Turkish parliament ratified it too": the same act on the same target as just before.
    const same = view.language.objectPronouns.has(view.lemmas[i + 1] ?? '') && prior && prior.rule === rule.id && prior.target.principal !== src0.principal
      ? prior.target
      : undefined;
    // With nobody in view, the other side of the relationship the title names ("Albania applies for
    // membership" in an EU–Albania timeline), else of the dyad the document names most ("Iceland postpones the negotiations").
    const { subject, topics } = grammarOf(this.ctx);
    const paired = here.length === 0 ? subjectPartner(subject, src0.principal) ?? dyadPartner(views, view.index, src0.principal, topics) : undefined;
    const partner = paired && !aside?.has(paired.principal) ? paired : undefined;
    // "The four states hand Qatar a list of demands. … Qatar rejects the list": what is said back is said to
    // all who just acted on the speaker.
    const answered = SAID.has(rule.root) && here.length === 0 ? this.actedOn(view.index, src0.principal) : [];
    // "… expressed solidarity with Lithuania. Latvia and Poland said they were ready to help": help given
    // unnamed goes to whom the cooperation just before went.
    const helped = here.length === 0 && ONE_WAY.some((c) => rule.code.startsWith(c)) && prior && prior.event.quadClass <= 2 && !sources.has(prior.target.principal)
      ? prior.target
      : undefined;
    // "… will not violate the territory of a neighbour again": the promise is to whom the act was done before.
    const victim = this.restrained !== null ? this.lastDoneTo(this.restrained, src0.principal) : undefined;
    // "rebels blew up the pipeline, cutting supplies to the army": where the sentence names no other principal, a
    // distinct part of the sources' own country named after the act in its clause, before any guess from the discourse.
    const inside = here.length === 0 ? insideAfter(view, i, source.parties, (p) => !inRelativeAfter(view, i, p) && !ofLaterPredicate(view, i, p) && !this.goBetween(view, p) && !frameAddressee(view, p)) : undefined;
    return victim ?? place ?? same ?? actor ?? inside ?? sameSource[0] ?? here[0] ?? (answered.length > 0 ? answered : undefined) ?? helped ?? partner ?? before[0];
  }

  /** The target of the document's last event of root `root` made by `principal`, if any. */
  private lastDoneTo(root: string, principal: string): Party | undefined {
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const r = this.recent[k] as Recent;
      if (r.root === root && r.source.principal === principal && r.target.principal !== principal) return r.target;
    }
    return undefined;
  }

  /** The source of the document's last event of one of the roots `kinds` not made by `principal`, if any. */
  private lastOfKind(kinds: readonly string[], principal: string): Party | undefined {
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const r = this.recent[k] as Recent;
      if (kinds.includes(r.root) && r.source.principal !== principal) return r.source;
    }
    return undefined;
  }

  /** The sources of the last act done to `principal` within the discourse's reach of sentence `sentence`, each once. */
  private actedOn(sentence: number, principal: string): Party[] {
    let last: Recent | undefined;
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const r = this.recent[k] as Recent;
      if (sentence - r.sentence > DISCOURSE_SENTENCES) break;
      // (a go-between's mediation is no act done to the sides: "Through Kuwaiti mediators, the four states hand Qatar …")
      if (r.target.principal === principal && r.source.principal !== principal && r.event.code !== MEDIATE) {
        last = r;
        break;
      }
    }
    if (!last) return [];
    const out: Party[] = [];
    for (const r of this.recent) {
      if (r.sentence === last.sentence && r.trigger === last.trigger && r.target.principal === principal && !out.some((p) => p.principal === r.source.principal)) out.push(r.source);
    }
    return out;
  }

  /** Read the events of `rule` at trigger `i` between the sides found; false when each was read already or is no event. */
  private emit(view: SentenceView, i: number, rule: EventRule, source: Side, target: Side, pairs: [Party, Party][] | null, afterAt: number, fallback: boolean, said: Said<Statement> | null = null): boolean {
    const { ctx } = this;
    const t = view.tokens[i] as Token;
    const tgt = target.parties[0] as Party;
    // The evidence spans the trigger and the parties named in its sentence.
    const span = { start: t.start, end: t.end };
    for (const p of source.parties) widen(span, p, view);
    widen(span, tgt, view);
    for (const [a, b] of pairs ?? []) {
      widen(span, a, view);
      widen(span, b, view);
    }
    if (afterAt >= 0) span.end = Math.max(span.end, view.tokens[afterAt]?.end ?? span.end);
    const date = this.g.dateFor(ctx, view.index, t.start, t.end);
    const oStart = ctx.offsets.toOriginal(span.start);
    const oEnd = ctx.offsets.toOriginal(span.end);
    let emitted = false;
    // "NATO invited Croatia and Albania": each of a coordinated object, once per principal.
    let each = pairs;
    if (!each) {
      each = [];
      for (const p of source.parties) {
        for (let k = 0; k < target.parties.length; k++) {
          const q = target.parties[k] as Party;
          if (target.parties.findIndex((r) => r.principal === q.principal) === k) each.push([p, q]);
        }
      }
    }
    if (this.dry) return each.some(([src, tgt]) => src.principal !== tgt.principal || rule.domestic === true || target.own === true || (!pairs && !fallback && target.inside === true));
    for (const [src, tgt] of each) {
      if (src.principal === tgt.principal && !rule.domestic && !target.own && (pairs || fallback || !target.inside)) continue;
      // "Turkey threatened (130) to impose sanctions (1312) on Greece", "Azerbaijan vowed (030) to attack (1384)
      // Armenia": the act said makes the statement its governor's rule read more precise.
      const governed = said && said.anchor !== i
        ? this.readHere(view.index, (r) => r.trigger === said.anchor && r.source.principal === src.principal && r.target.principal === tgt.principal)
        : undefined;
      if (governed) {
        const e = governed.event;
        // "demanded that Chile free the fishermen and pay compensation": the first act demanded codes the demand.
        // (an act its own rule named after it, "demanded the release of …", came first)
        const own = governed.object;
        governed.madeBy ??= own > governed.trigger && own < i && (view.tokens[own]?.pos === 'VERB' || view.tokens[own]?.pos === 'NOUN') ? own : i;
        if (e.code !== rule.code && governed.madeBy === i) {
          e.code = rule.code;
          e.root = rule.root;
          e.quadClass = rule.quadClass;
          e.goldstein = rule.goldstein;
          e.id = eventId(ctx.info.id, e.evidence.start, e.evidence.end, rule.code, src.principal, tgt.principal);
          governed.root = rule.root;
        }
        emitted = true;
        continue;
      }
      // One act told twice in a sentence is read once; but acts of one root by other subjects are each their
      // own ("Colombian aircraft bomb a camp in Ecuador and Colombian troops then cross the border").
      if (this.readHere(view.index, (r) => r.root === rule.root && r.source.principal === src.principal && r.target.principal === tgt.principal &&
        (r.event.code === rule.code || r.source.first === src.first || !sameSentence(view, r.source) || !sameSentence(view, src)))) {
        emitted = true;
        continue;
      }
      if (toldAgain(this.views, view, this.recent, rule.root, src.principal, tgt.principal, date)) {
        emitted = true;
        continue;
      }
      const ev: DyadEvent = {
        id: eventId(ctx.info.id, oStart, oEnd, rule.code, src.principal, tgt.principal),
        source: ref(src, src.sector ?? this.sectorOf(view, src)),
        target: ref(tgt, tgt.sector ?? this.sectorOf(view, tgt)),
        code: rule.code,
        root: rule.root,
        quadClass: rule.quadClass,
        goldstein: rule.goldstein,
        date,
        evidence: { start: oStart, end: oEnd, text: ctx.original.slice(oStart, oEnd) },
        rule: rule.id,
        confidence: Math.round(rule.confidence * (fallback ? 0.8 : 1) * 100) / 100,
      };
      ctx.events.push(ev);
      this.recent.push({ sentence: view.index, source: src, target: tgt, rule: rule.id, root: rule.root, event: ev, trigger: i, object: afterAt });
      emitted = true;
    }
    return emitted;
  }

  /**
   * The two sides of the document's subject, where the sentence names no one else (a timeline's entry
   * about its own relationship); else null.
   */
  private subjectSides(view: SentenceView): readonly [Party, Party] | null {
    const subject = grammarOf(this.ctx).subject;
    if (!subject) return null;
    for (const p of view.actors) if (!p.setting && p.principal !== subject[0].principal && p.principal !== subject[1].principal) return null;
    return subject;
  }

  /**
   * "Through Kuwaiti mediators, the four states hand Qatar …", "Chile and Peru sign a Brazilian-brokered
   * accord": a go-between named with the sentence's act mediated it, to its target, and to both sides of
   * an act done together. Read once the sentence's acts are.
   */
  mediators(view: SentenceView): void {
    const acts: Recent[] = [];
    for (let k = this.recent.length - 1; k >= 0 && this.recent[k]?.sentence === view.index; k--) acts.unshift(this.recent[k] as Recent);
    const main = acts.find((r) => r.root !== MEDIATE.slice(0, 2));
    if (!main) return;
    const rule = this.g.patterns.nouns.get('mediation')?.find((r) => r.code === MEDIATE);
    if (!rule) return;
    for (const p of view.actors) {
      if (p.generic || p.setting) continue;
      // Only what the mediation brought about ("through", "after"; not "to resume talks under AU mediation"),
      // and once: "after Turkish mediation" is read by its noun's own rule.
      const at = this.goBetween(view, p) && (rule.before?.has(view.lemmas[p.first - 1] ?? '') || rule.before?.has(view.tokens[p.first - 1]?.lower ?? '')) ? p.last + 1 : this.mediatedBy(view, p);
      if (at < 0 || acts.some((r) => r.source.principal === p.principal && r.event.code === MEDIATE)) continue;
      const sides: Party[] = [];
      for (const r of acts) {
        if (r.trigger !== main.trigger) continue;
        const together = actTogether(r.root, r.event.code);
        for (const q of together ? [r.source, r.target] : [r.target]) {
          if (q.principal !== p.principal && !sides.some((x) => x.principal === q.principal)) sides.push(q);
        }
      }
      if (sides.length === 0) continue;
      this.emit(view, at, rule, { parties: [p], pronoun: false, generic: false }, { parties: sides, pronoun: false, generic: false }, null, -1, true);
    }
  }

  /** The index of the participle of mediation joined to `p` by a hyphen ("a Swiss-mediated agreement"), or -1. */
  private mediatedBy(view: SentenceView, p: Party): number {
    const own = view.tokens[p.last]?.lower ?? '';
    const dash = own.lastIndexOf('-');
    const [at, word] = dash > 0 ? [p.last, own.slice(dash + 1)] : view.tokens[p.last + 1]?.text === '-' ? [p.last + 2, view.tokens[p.last + 2]?.lower ?? ''] : [-1, ''];
    if (at < 0 || !word.endsWith('ed')) return -1;
    const stems = [word.slice(0, -1), word.slice(0, -2)];
    return stems.some((l) => (this.g.patterns.verbs.get(l) ?? []).some((r) => r.code === MEDIATE)) ? at : -1;
  }

  /** Is `p` named as a go-between: the modifier of a noun whose rule codes mediation ("Turkish mediation", "Kuwaiti mediators")? */
  private goBetween(view: SentenceView, p: Party): boolean {
    return (this.g.patterns.nouns.get(view.lemmas[p.last + 1] ?? '') ?? []).some((r) => r.code === MEDIATE);
  }

  /** The sector party `p` acts as (`sectorOf`), asked only of a sentence holding a sector word, looked for once per sentence. */
  private sectorOf(view: SentenceView, p: Party): string | undefined {
    const sectors = this.g.patterns.sectors;
    if (sectors.size === 0) return undefined;
    let has = this.sectorWords.get(view);
    if (has === undefined) this.sectorWords.set(view, (has = view.lemmas.some((l) => sectors.has(l))));
    return has ? sectorOf(view, p, sectors) : undefined;
  }

  /** The threat statement's coding of a threatened act of code `code`, if its table has one. */
  private threatOf(code: string): ReturnType<Statement['codeOf']> {
    return this.g.patterns.statements.find((s) => s.id === THREAT)?.codeOf(code);
  }

  /** The refusal statement's coding of a refused act of code `code`, if its table has one. */
  private refusalOf(code: string): ReturnType<Statement['codeOf']> {
    return this.g.patterns.statements.find((s) => s.id === REFUSAL)?.codeOf(code);
  }

  /** The event read last, if within the discourse's reach of sentence `sentence`. */
  private lastEvent(sentence: number): Recent | undefined {
    const r = this.recent[this.recent.length - 1];
    return r && sentence - r.sentence <= DISCOURSE_SENTENCES ? r : undefined;
  }

  /** The event read in sentence `sentence` that `match` accepts, latest first, if any. (`recent` is in sentence order.) */
  private readHere(sentence: number, match: (r: Recent) => boolean): Recent | undefined {
    for (let k = this.recent.length - 1; k >= 0; k--) {
      const r = this.recent[k] as Recent;
      if (r.sentence !== sentence) return undefined;
      if (match(r)) return r;
    }
    return undefined;
  }

}

/**
 * Does `p` name the verb at `i`'s object itself, with only determiners and modifiers before it, and
 * heading it or naming whom its head is ("met their Polish counterpart"; not "signed a Swiss-mediated
 * agreement")? `sectors` are the heads that name people acting for a party.
 */
function directObject(view: SentenceView, i: number, p: Party, sectors: ReadonlyMap<string, string>): boolean {
  if (p.first <= i) return false;
  for (let k = i + 1; k < p.first; k++) {
    const pos = view.tokens[k]?.pos;
    if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'PRON' && pos !== 'NUM') return false;
  }
  const next = view.tokens[p.last + 1];
  if (next?.text === '-') return false;
  return !next || next.pos !== 'NOUN' || sectors.has(view.lemmas[p.last + 1] ?? '');
}

/** The principals named only as the subject of another clause than the act's at `i` (see otherClauseSubject); undefined when none. */
function otherSubjects(view: SentenceView, i: number): Set<string> | undefined {
  let out: Set<string> | undefined;
  for (const p of view.actors) if (otherClauseSubject(view, i, p)) (out ??= new Set()).add(p.principal);
  if (out) for (const p of view.actors) if (out.has(p.principal) && !otherClauseSubject(view, i, p)) out.delete(p.principal);
  return out;
}

/** Is party `p` named in the view's sentence (not borrowed from one before)? */
function sameSentence(view: SentenceView, p: Party): boolean {
  return p.start >= view.sentence.start && p.end <= view.sentence.end;
}

/** Widen `span` to take in party `p` if it is named in the view's sentence (not borrowed from one before). */
function widen(span: { start: number; end: number }, p: Party, view: SentenceView): void {
  if (p.start < view.sentence.start || p.end > view.sentence.end) return;
  span.start = Math.min(span.start, p.start);
  span.end = Math.max(span.end, p.end);
}

function ref(p: Party, sector: string | undefined): ActorRef {
  const r: ActorRef = p.actorId ? { principal: p.principal, actor: p.actor, actorId: p.actorId } : { principal: p.principal, actor: p.actor };
  if (sector) r.sector = sector;
  return r;
}

/**
 * The sector a party acts as, from the head of its noun phrase ("Turkish troops" → military, "Serb
 * police" → police, "Georgian demonstrators" → opposition), when the party is named in this sentence.
 */
function sectorOf(view: SentenceView, p: Party, sectors: ReadonlyMap<string, string>): string | undefined {
  if (sectors.size === 0 || p.start < view.sentence.start || p.end > view.sentence.end || view.tokens[p.first]?.start !== p.start) return undefined;
  // The sector is a head's lemma: a sentence with no sector word among its lemmas (most) needs no noun phrases read.
  if (!view.lemmas.some((l) => sectors.has(l))) return undefined;
  for (const np of view.nounPhrases()) {
    if (np.first > p.last) break;
    if (np.last < p.first) continue;
    // Its own head, or the shared head of a coordination ("Greek and Turkish officials").
    let head = np.head;
    if (np.sharesHead) head = view.nounPhrases().find((q) => q.group === np.group && !q.sharesHead && q.first > np.last)?.head ?? head;
    if (head < p.first || head > p.last || view.tokens[head]?.pos === 'NOUN') return sectors.get(view.lemmas[head] ?? '');
    return undefined;
  }
  return undefined;
}

function eventId(docId: string, start: number, end: number, code: string, source: string, target: string): string {
  // The one-shot hash: the same digest as a Hash object's, at half the cost.
  return hash('sha256', `${docId}\u0000event\u0000${start}\u0000${end}\u0000${code}\u0000${source}\u0000${target}`, 'hex').slice(0, 20);
}
