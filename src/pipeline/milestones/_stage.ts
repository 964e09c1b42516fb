/**
 * The milestones stage: a ladder instrument named with a status word ("Serbia finalized the IPAP",
 * "Georgia's part in the PfP was frozen", "the Croatian Parliament ratified the SOFA"), or an
 * organisation joined or left ("Latvia and Estonia formally joining NATO"), gives one
 * milestone per actor. Statements that are negated, hypothetical or future give none, nor do steps
 * with an organisation that has no ladder (data/ladders.yaml). One milestone per (actor,
 * organisation, instrument, status) in a document, with the most precise date, save for a step a
 * chronology's dated entries tell as taken again.
 */
import { hash } from 'node:crypto';
import type { DateInterval, Instrument, Milestone, MilestoneStatus } from '../../core/model.js';
import { loadLadders } from '../../knowledge/ladders/index.js';
import type { DocumentContext, Stage } from '../types.js';
import {
  grammarOf, initialsOf, isEntryLine, isPassive, loadModality, mayStart, prepositionOf, subjectOf, unasserted, type InstrumentMention, type Modality, type Party, type SentenceView,
} from '../grammar/index.js';
import type { DateFor } from '../types.js';
import { loadCameo } from '../../knowledge/cameo/index.js';
import { dateAfterTrigger, datesBySentence } from './_date.js';
import { stepEvents, type KeptStep } from './_events.js';
import { instrumentReferences, itAntecedent, pronounReferences, REFERENCE_REACH, topicBefore, type NamedInstrument } from './_discourse.js';
import {
  actorsOf, GOVERNING, invitationBefore, isLegislature, orgBeside, orgNearby, popularVote, recipientsOf, topicOrganisation,
} from './_parties.js';
import { readsAsNoun, readsAsVerb } from './_present.js';
import { datedOver, repeated } from './_repeat.js';
import { decidedOnly, futureClause, IN_FORCE, lapsedBy, ordinalBefore, passiveInfinitive, triggerOf, undoneNoun, type Trigger } from './_trigger.js';
import { loadMilestoneVocabulary, type MilestoneVocabulary } from './_vocabulary.js';

/** Does the name ending at token `last` qualify a noun after it ("the EU-IMF programme", "the EU market")? */
function modifiesNoun(view: SentenceView, last: number, orgNouns: ReadonlySet<string>): boolean {
  let k = last + 1;
  // "EU-IMF": a joined name before the noun.
  while (view.tokens[k]?.text === '-' || view.tokens[k]?.pos === 'PROPN' || view.tokens[k]?.pos === 'ADJ') k++;
  const t = view.tokens[k];
  return k > last && t !== undefined && t.pos === 'NOUN' && !orgNouns.has(view.lemmas[k] ?? '');
}

export interface MilestonesStageOptions {
  vocabulary?: MilestoneVocabulary;
  modality?: Modality;
  dateFor?: DateFor;
  /** Organisations with a ladder; steps with any other give no milestone. Default: data/ladders.yaml. */
  ladderOrgs?: ReadonlySet<string>;
  /** Per organisation, the statuses its decision reaches at once (a ladder's `decided`). Default: data/ladders.yaml. */
  decidedSteps?: ReadonlyMap<string, ReadonlySet<MilestoneStatus>>;
}

/** Statuses that put a country on its way into an organisation ("the accession protocols were signed" is theirs). */
const ON_THE_WAY: ReadonlySet<MilestoneStatus> = new Set(['applied', 'invited', 'signed', 'granted', 'opened']);

const NONE: never[] = [];

/** Prepositions that look towards a step not yet taken: "talks on the opening of …", "preparations for the signing of …". */
const PROSPECTIVE: ReadonlySet<string> = new Set(['on', 'about', 'for', 'towards', 'toward', 'regarding']);

function widthDays(d: DateInterval | null): number {
  if (!d || !d.start || !d.end) return Number.POSITIVE_INFINITY;
  return (Date.parse(d.end) - Date.parse(d.start)) / 86_400_000;
}

function milestoneId(doc: string, m: Omit<Milestone, 'id'>): string {
  return hash('sha256', `${doc}\u0000milestone\u0000${m.evidence.start}\u0000${m.evidence.end}\u0000${m.actor}\u0000${m.org}\u0000${m.instrument}\u0000${m.status}`, 'hex')
    .slice(0, 20);
}

/** An organisation and those coordinated after it ("NATO and the EU"). */
function coordinatedOrgs(view: SentenceView, org: Party): Party[] {
  const out = [org];
  for (let cur = org; ;) {
    let j = cur.last + 1;
    if (view.lemmas[j] !== 'and' && view.lemmas[j] !== ',') return out;
    j++;
    if (view.tokens[j]?.pos === 'DET') j++;
    const next = view.actors[view.actorAt[j] ?? -1];
    if (!next || next.first !== j || next.country) return out;
    out.push(next);
    cur = next;
  }
}

/** "participation in the Partnership for Peace": the participation is the named instrument's, not membership. */
function participationInInstrument(view: SentenceView, im: InstrumentMention): boolean {
  if (view.tokens[im.first]?.lower !== 'participation') return false;
  const at = view.lemmas[im.last + 1] === 'in' ? im.last + 2 : -1;
  if (at < 0) return false;
  const k = view.lemmas[at] === 'the' ? at + 1 : at;
  return view.instruments.some((o) => o.first === k && o !== im);
}

/**
 * "signed an application for accession to the EU", "applied for EU accession": the word of the
 * application before "for", or -1 where "for accession" hangs on something else ("ready for accession").
 */
function applicationBefore(view: SentenceView, at: number, v: MilestoneVocabulary): number {
  let k = at - 1;
  // "for EU accession", "for full accession", "for accelerated accession"
  for (;;) {
    const t = view.tokens[k];
    const org = (view.actorAt[k] ?? -1) >= 0 && !view.actors[view.actorAt[k] ?? -1]?.country;
    if (!t || !(org || t.pos === 'ADJ' || (t.pos === 'VERB' && t.lower.endsWith('ed')))) break;
    k--;
  }
  if (view.lemmas[k] !== 'for') return -2;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const l = view.lemmas[j] ?? '';
    if (v.nouns.get(l) === 'applied' || v.verbs.get(l) === 'applied') return j;
  }
  return -1;
}

/** "launched its bid to join": the verb that hands in the bid or application before the infinitive at `at`, or -1. */
function bidBefore(view: SentenceView, at: number, v: MilestoneVocabulary): number {
  let k = at - 1;
  while (k >= 0 && view.tokens[k]?.pos === 'ADV') k--;
  if (view.lemmas[k] !== 'to' || view.tokens[k - 1]?.pos !== 'NOUN' || !v.bids.has(view.lemmas[k - 1] ?? '')) return -1;
  return lodgedBy(view, k - 1, v);
}

/** "Sweden submitted its application": the verb that hands the application at `at` in, or -1. */
function lodgedBy(view: SentenceView, at: number, v: MilestoneVocabulary): number {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const t = view.tokens[k];
    if (!t) break;
    if (v.lodge.has(view.lemmas[k] ?? '') && readsAsVerb(view, k)) return k;
    // "handed in its application", "sent over the application": the verb's particle.
    if ((view.lemmas[k] === 'in' || view.lemmas[k] === 'over') && v.lodge.has(view.lemmas[k - 1] ?? '') && readsAsVerb(view, k - 1)) return k - 1;
    if (t.pos !== 'DET' && t.pos !== 'PRON' && t.pos !== 'ADJ' && t.pos !== 'PART' && (view.actorAt[k] ?? -1) < 0) break;
  }
  return -1;
}

/** The length of a YAML front matter block (`---` … `---`) opening the text, or 0. */
function frontMatterLength(text: string): number {
  if (!text.startsWith('---')) return 0;
  const close = text.indexOf('\n---', 3);
  return close < 0 ? 0 : close + 4;
}

/**
 * Who a step with no subject of its own is about: the countries that reached the instrument referred
 * back to, those on their way into the organisation (for an accession document), else the country
 * the title names as a side of the document's subject (`titled`), else the topic.
 */
function discourseActors(antecedent: NamedInstrument | null, onTheWay: Party[] | undefined, titled: Party | undefined, topic: () => Party[]): Party[] {
  if (antecedent && antecedent.actors.length > 0) return antecedent.actors;
  return onTheWay ?? (titled ? [titled] : topic());
}

/**
 * "Accession talks open in Brussels with Montenegro": a process that opens or resumes of itself is
 * the step of the countries it does so with; null where it names none.
 */
function processWith(view: SentenceView, trig: Trigger): Party[] | null {
  if (trig.status === undefined || trig.noun) return null;
  const withs = prepositionOf(view, trig.at, 'with', false).filter((p) => p.country);
  return withs.length > 0 ? withs : null;
}

/** Does the verb at `i` take no object ("applied in 2003", "applied.", "joined on 5 June 2017")? */
function objectlessAt(view: SentenceView, i: number, dates: DocumentContext['dates']): boolean {
  let k = i + 1;
  while (view.tokens[k]?.pos === 'ADV') k++;
  const next = view.tokens[k];
  if (!next) return true;
  if (next.pos === 'PUNCT') return next.text === '.' || next.text === ',' || next.text === ';';
  // "in 2003", not "joined in the exercise": a date right after the preposition.
  const after = view.tokens[k + 1];
  return next.pos === 'ADP' && after !== undefined && dates.some((d) => d.start === after.start);
}

/*
 * The membership scan below runs over every word; a closure in its loop that reads the loop's
 * variables would make V8 allocate a scope object for each word, read or not (a twentieth of what
 * the pipeline allocated). These helpers take what they read as parameters instead.
 */

/** Is an observer instrument named after word `i` in its clause ("joined the CSTO assembly as an observer")? */
function observerAfter(view: SentenceView, i: number): boolean {
  for (const o of view.instruments) if (o.instrument === 'observer' && o.first > i && o.first < view.clauseEnd(i)) return true;
  return false;
}

/** The first organisation named strictly between words `from` and `to`. */
function orgBetween(view: SentenceView, from: number, to: number): Party | undefined {
  for (const p of view.actors) if (p.first > from && p.last < to && !p.country) return p;
  return undefined;
}

/** The countries named strictly between words `from` and `to`. */
function countriesBetween(view: SentenceView, from: number, to: number): Party[] {
  const out: Party[] = [];
  for (const p of view.actors) if (p.first > from && p.last < to && p.country) out.push(p);
  return out;
}

/**
 * The countries named right after the verb at `i` as its object, with those coordinated ("suspended Mali
 * and Guinea"); none for "suspended talks on Swiss access" or "suspended cooperation with Russia".
 */
function countryObjects(view: SentenceView, i: number): Party[] {
  const out: Party[] = [];
  let k = i + 1;
  for (;;) {
    if (view.tokens[k]?.pos === 'DET') k++;
    const p = view.actors[view.actorAt[k] ?? -1];
    if (!p || p.first !== k || !p.country) return out;
    out.push(p);
    k = p.last + 1;
    if (view.lemmas[k] !== 'and' && view.lemmas[k] !== ',') return out;
    k++;
  }
}

/** The actors named before word `at`, all of them for a noun, and those of sentences before. */
function actingBefore(actors: readonly Party[], at: number, noun: boolean, sentenceStart: number): Party[] {
  const out: Party[] = [];
  for (const a of actors) if (a.first < at || noun || a.start < sentenceStart) out.push(a);
  return out;
}

/** The actors other than the principal's own. */
function otherThan(actors: readonly Party[], principal: string): Party[] {
  const out: Party[] = [];
  for (const a of actors) if (a.principal !== principal) out.push(a);
  return out;
}

/** A value worked out on first use. */
function memo<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) [value, done] = [f(), true];
    return value;
  };
}

/** Create the milestones stage. */
export function createMilestonesStage(options: MilestonesStageOptions = {}): Stage {
  const v = options.vocabulary ?? loadMilestoneVocabulary();
  const modality = options.modality ?? loadModality();
  const dateFor: DateFor = options.dateFor ?? ((ctx, s) => ctx.sentenceDates[s] ?? null);
  const cameo = loadCameo();
  const hedges = new Set([...modality.modals, ...modality.conditionals, ...modality.intentions]);
  const ladderOrgs = options.ladderOrgs ?? new Set(loadLadders().all().map((l) => l.org));
  const decidedSteps = options.decidedSteps ?? new Map(loadLadders().all().map((l) => [l.org, new Set(l.decided ?? [])]));
  /** Per organisation, the instruments its ladder's rungs are reached by. */
  const rungInstruments = new Map(loadLadders().all().map((l) => [l.org, new Set(l.rungs.flatMap((r) => (r.on ?? []).map((o) => o.instrument)))]));
  /** "decided to open accession talks": not yet the step, unless the organisation's decision is the step itself. */
  const onlyDecided = (view: SentenceView, at: number, status: MilestoneStatus, org: string | null): boolean =>
    decidedOnly(view, at, status, v) && !(org !== null && decidedSteps.get(org)?.has(status));
  /** Lemmas the membership scan starts from: most tokens are none of them. */
  const membershipWords = new Set([...v.membershipVerbs.keys(), ...v.membershipNouns.keys(), 'become', 'application', 'apply']);
  const referenceWords = new RegExp(`\\b(?:it|the (?:${[...v.refer.keys()].join('|')}))\\b`, 'i');
  const shortestMembershipWord = Math.min(...[...membershipWords].map((w) => w.length));
  const membershipInitials = initialsOf(membershipWords);

  return (ctx: DocumentContext) => {
    const views = grammarOf(ctx).sentences;
    /** Per (actor, organisation, instrument, status), each taking of the step. */
    const kept = new Map<string, (KeptStep & { heading: boolean; dated: boolean })[]>();
    const frontMatterEnd = frontMatterLength(ctx.text);
    /** Instruments named so far, for "the agreement" to refer back to. */
    const named: NamedInstrument[] = [];
    /** Per organisation, the countries last seen on their way into it. */
    const onTheWay = new Map<string, Party[]>();
    const mostNamedOrg = memo(() => topicOrganisation(views));
    // The sides of the relationship the title names ("Timeline of EU–Albania relations").
    const subject = grammarOf(ctx).subject;
    const titledOrg = subject?.find((p) => !p.country)?.principal ?? null;
    const titledCountry = subject?.find((p) => p.country);
    // The country the document names most: a chronology's entries with no subject are its steps.
    const documentCountry = memo(() => {
      const principal = grammarOf(ctx).topics.country;
      for (const w of views) for (const p of w.actors) if (p.country && !p.generic && p.principal === principal) return [p];
      return [];
    });
    const entries = new Map<number, boolean>();
    const isEntry = (view: SentenceView): boolean => {
      let e = entries.get(view.index);
      if (e === undefined) entries.set(view.index, (e = isEntryLine(ctx.text, view.sentence.start)));
      return e;
    };
    /**
     * Who took a step told with no subject: in a chronology's entry ("March 1998: applies for
     * membership", "| 1 May 2004 | Becomes a member state |"), the state the document is about; in
     * prose, the country the sentences just before are about.
     */
    const unnamed = (view: SentenceView, at: number): Party[] => {
      if (!isEntry(view)) return topicBefore(view, views, at);
      if (titledCountry) return [titledCountry];
      const topic = documentCountry();
      return topic.length > 0 ? topic : topicBefore(view, views, at);
    };
    const sentenceDates = memo(() => datesBySentence(ctx));
    /** First tokens of the sentence's instrument mentions a status word was found for. */
    const consumed: number[] = [];

    const add = (view: SentenceView, actors: Party[], org: string, instrument: Instrument, status: MilestoneStatus, trig: Trigger, spanFirst: number, spanLast: number, rule: string): boolean => {
      if (!ladderOrgs.has(org) || !(v.allowed.get(instrument)?.has(status) ?? true)) return false;
      const tStart = view.tokens[trig.at]?.start ?? 0;
      const tEnd = view.tokens[trig.at]?.end ?? 0;
      const date = dateAfterTrigger(view, trig.at, sentenceDates()[view.index] ?? NONE) ?? dateFor(ctx, view.index, tStart, tEnd);
      const reaching = actors.filter((a) => a.principal !== org);
      const orgNamed = view.actors.find((p) => !p.country && p.principal === org);
      const sentence = { start: ctx.offsets.toOriginal(view.sentence.start), end: ctx.offsets.toOriginal(view.sentence.end) };
      const entry = isEntry(view);
      // Whether the sentence names a date of its own, not one it only inherits from the document.
      const dated = (sentenceDates()[view.index] ?? NONE).length > 0;
      if (ON_THE_WAY.has(status) && reaching.length > 0) onTheWay.set(org, reaching);
      for (const a of reaching) {
        const inSentence = a.start >= view.sentence.start && a.end <= view.sentence.end;
        const s = Math.min(view.tokens[spanFirst]?.start ?? tStart, inSentence ? a.start : tStart);
        const e = Math.max(view.tokens[spanLast]?.end ?? tEnd, inSentence ? a.end : tEnd);
        const oStart = ctx.offsets.toOriginal(s);
        const oEnd = ctx.offsets.toOriginal(e);
        const body: Omit<Milestone, 'id'> = {
          actor: a.principal,
          org,
          instrument,
          status,
          date,
          evidence: { start: oStart, end: oEnd, text: ctx.original.slice(oStart, oEnd) },
          rule,
        };
        const key = `${a.principal}|${org}|${instrument}|${status}`;
        // A title or source line dated by publication yields to the body's account of the step.
        const heading = view.sentence.end <= frontMatterEnd;
        const step = { body, heading, dated, sentence, actor: a, org: orgNamed, entry };
        const takings = kept.get(key);
        if (!takings) {
          kept.set(key, [step]);
          continue;
        }
        const same = takings.findIndex((p) => !repeated(p, step));
        const prev = takings[same];
        if (!prev) {
          takings.push(step);
          continue;
        }
        const keepPrev = heading !== prev.heading ? heading : (datedOver(step, prev) ?? (widthDays(prev.body.date) <= widthDays(date) ? 'prev' : 'next')) === 'prev';
        if (!keepPrev) takings[same] = step;
      }
      return reaching.length > 0;
    };

    for (const view of views) {
      consumed.length = 0;
      // Instruments with a status word, named or referred back to ("the agreement").
      const last = named[named.length - 1];
      // One native search of the sentence's text before any scan of its tokens for "the agreement" or "it".
      const referring = last !== undefined && view.index - last.sentence <= REFERENCE_REACH && referenceWords.test(view.sentence.text);
      const references = referring ? instrumentReferences(view, named, v) : NONE;
      const mentions: { im: InstrumentMention; antecedent: NamedInstrument | null }[] = view.instruments.length + references.length === 0 ? [] : [
        ...view.instruments.map((im) => ({ im, antecedent: null })),
        ...references.map(({ mention, antecedent }) => ({ im: mention, antecedent })),
      ];
      // "… and ratified it": pronouns are read last, once the sentence's own instruments are named.
      let pronouns = view.instruments.length === 0 && !referring;
      for (let m = 0; m < mentions.length || !pronouns; m++) {
        if (m === mentions.length) {
          pronouns = true;
          const latest = named[named.length - 1];
          if (referring || (latest !== undefined && latest.sentence === view.index && referenceWords.test(view.sentence.text))) {
            for (const r of pronounReferences(view, named, v)) mentions.push({ im: r.mention, antecedent: r.antecedent });
          }
          // "signed its SAA in 2007, and the agreement entered into force in 2010": the noun refers back within the sentence.
          if (latest !== undefined && latest.sentence === view.index && referenceWords.test(view.sentence.text)) {
            for (const r of instrumentReferences(view, named, v, true)) {
              if (!mentions.some((x) => x.im.first <= r.mention.first && x.im.last >= r.mention.first)) mentions.push({ im: r.mention, antecedent: r.antecedent });
            }
          }
          if (m === mentions.length) break;
        }
        const { im, antecedent } = mentions[m] as (typeof mentions)[number];
        if (participationInInstrument(view, im)) continue;
        const participation = view.tokens[im.first]?.lower === 'participation';
        let trig = triggerOf(view, im, v);
        // "did not renew its membership in the CSTO": left, though the verb is negated.
        const lapse = !trig && im.instrument === 'membership' ? lapsedBy(view, im, v, modality, hedges) : -1;
        if (lapse >= 0) {
          const left = orgBeside(view, im) ?? orgNearby(view, views, im.first, mostNamedOrg, titledOrg);
          const actors = actorsOf(view, views, { at: lapse, lemma: '', noun: false }, im) ?? topicBefore(view, views, lapse);
          if (left) add(view, actors, left, 'membership', 'left', { at: lapse, lemma: view.lemmas[lapse] ?? '', noun: false }, lapse, im.last, 'membership-lapse');
          continue;
        }
        if (!trig && !im.org) continue;
        // "accession talks with the OECD", "the OECD decided to open accession discussions": words the EU's
        // ladder shares with others are those of the organisation named beside them or nearby, if its ladder has them.
        const near = v.shared.has(im.instrument) ? orgBeside(view, im) ?? orgNearby(view, views, im.first, mostNamedOrg, titledOrg) : null;
        let org = (near && rungInstruments.get(near)?.has(im.instrument) ? near : null) ?? im.org ?? orgBeside(view, im) ??
          (im.instrument === 'membership' && !participation ? orgNearby(view, views, im.first, mostNamedOrg, titledOrg) : null);
        const entry: NamedInstrument | null = !antecedent && org ? { instrument: im.instrument, org, actors: [], sentence: view.index, at: im.first } : null;
        if (entry) named.push(entry);
        if (!trig) continue;
        // "ratified Sweden's accession": the accession is the object here, not a joining.
        consumed.push(im.first);
        let instrument = im.instrument;
        let status: MilestoneStatus | undefined;
        let actors: Party[];
        // No subject of its own: the countries that reached the instrument referred back to, those
        // on their way into the organisation (for an accession document), else the topic.
        const at = trig.at;

        const said = unasserted(view, trig.at, trig.noun, modality);
        // "became the first CIS country to join the PfP": the copula's subject took the step.
        const ordinal = said === 'infinitive' ? ordinalBefore(view, trig.at) : -1;
        const why = ordinal >= 0 ? unasserted(view, ordinal, false, modality) : said;
        const invite = why === 'infinitive' ? invitationBefore(view, trig.at) : -1;
        if (invite >= 0) {
          // "invited Montenegro to join the MAP"; an invitation to begin accession talks is one to membership.
          if (unasserted(view, invite, false, modality)) continue;
          const inviter = subjectOf(view, invite);
          const inviterOrg = inviter && 'parties' in inviter ? inviter.parties.find((p) => !p.country)?.principal : undefined;
          if (instrument === 'accession-negotiations') {
            instrument = 'membership';
            org = inviterOrg ?? org;
          }
          const lemma = view.lemmas[invite] ?? '';
          trig = { at: invite, lemma, noun: false };
          status = GOVERNING.get(lemma);
          actors = lemma === 'invite' && !isPassive(view, invite)
            ? view.actors.filter((p) => p.first > invite && p.last < im.first && p.country)
            : actorsOf(view, views, trig, im) ?? discourseActors(antecedent, org && instrument === 'membership' ? onTheWay.get(org) : undefined, titledCountry, () => unnamed(view, at));
        } else {
          if (why || passiveInfinitive(view, trig.at) || popularVote(view, trig.at, v) || futureClause(view, trig.at, hedges)) continue;
          actors = actorsOf(view, views, ordinal >= 0 ? { at: ordinal, lemma: '', noun: false } : trig, im) ?? processWith(view, trig) ??
            discourseActors(antecedent, org && instrument === 'membership' ? onTheWay.get(org) : undefined, titledCountry, () => unnamed(view, at));
          const subject = subjectOf(view, trig.at);
          const legislature = isLegislature(view, subject && 'parties' in subject ? [...subject.parties, ...actors] : actors, v);
          status =
            trig.status ??
            (trig.lemma === IN_FORCE ? 'in-force' : undefined) ??
            (legislature ? v.legislatureVerbs.get(trig.lemma) : undefined) ??
            v.byInstrument.get(im.instrument)?.get(trig.lemma) ??
            (trig.noun ? v.nouns.get(trig.lemma) : v.verbs.get(trig.lemma)) ??
            v.nouns.get(trig.lemma);
          // "the European Council granted Georgia candidate status", "the EU opened accession
          // negotiations with Moldova": an organisation's act is a step of the country it names.
          const passive = isPassive(view, trig.at);
          if (!trig.noun && !passive && !v.receiving.has(trig.lemma) && (status === 'granted' || status === 'invited' || actors.length === 0)) {
            let given = recipientsOf(view, trig.at, im);
            // "The EU granted it candidate status": the country the sentence before was about.
            if (given.length === 0 && view.lemmas[trig.at + 1] === 'it') given = itAntecedent(view, views, trig.at);
            if (given.length > 0 || status === 'granted' || status === 'invited') actors = given;
          }
          // "welcomed the signing of the SAA with Albania"
          if (trig.noun && actors.length === 0 && !PROSPECTIVE.has(view.lemmas[view.tokens[trig.at - 1]?.pos === 'DET' ? trig.at - 2 : trig.at - 1] ?? '')) {
            actors = recipientsOf(view, trig.at, im);
          }
          if (actors.length === 0) actors = processWith(view, trig) ?? actors;
          // "Candidate status was granted to Ukraine"
          if (passive && (status === 'granted' || status === 'invited') && view.lemmas[trig.at + 1] === 'to') {
            const to = prepositionOf(view, trig.at, 'to', false).filter((p) => p.country);
            if (to.length > 0) actors = to;
          }
        }
        // "Sweden applied … Turkey ratified it": others act on an accession; it stays the candidate's step.
        if (antecedent && instrument === 'membership' && antecedent.actors.length > 0) actors = antecedent.actors;
        if (!org || !status || actors.length === 0 || onlyDecided(view, trig.at, status, org)) continue;
        if (trig.noun && undoneNoun(view, trig.at, v)) continue;
        if (add(view, actors, org, instrument, status, trig, Math.min(trig.at, im.first), Math.max(trig.at, im.last), `milestone-${instrument.toLowerCase()}-${trig.lemma}`)) {
          if (entry) entry.actors = actors.filter((a) => a.principal !== org);
        }
      }
      // Joining or leaving an organisation: "Croatia joined NATO", "accession to the EU", "became a member of the WTO".
      const lemmas = view.lemmas;
      for (let i = 0, n = lemmas.length; i < n; i++) {
        const l = lemmas[i] as string;
        // Most words are shorter than any membership word or start with a letter none starts with:
        // a length and a table look-up, no hashing.
        if (l.length < shortestMembershipWord || !mayStart(membershipInitials, l) || !membershipWords.has(l)) continue;
        const t = view.tokens[i];
        if (!t) continue;
        let status: MilestoneStatus | undefined;
        let org: Party | undefined;
        let orgCode: string | null = null;
        let noun = false;
        let at = i;
        /** The countries an organisation's act names as its object ("the African Union suspended Mali"). */
        let given: Party[] | null = null;
        if (v.membershipVerbs.has(l) && readsAsVerb(view, i)) {
          // "the criteria for joining the union", "talks on joining": a step looked towards, not taken.
          if (t.lower.endsWith('ing') && PROSPECTIVE.has(view.lemmas[i - 1] ?? '')) continue;
          status = v.membershipVerbs.get(l);
          // "12 May 2004: admitted as the tenth member": a participle opening an entry is its passive.
          const prev = view.tokens[i - 1];
          const passive = isPassive(view, i) || (t.lower.endsWith('ed') && (prev === undefined || prev.pos === 'PUNCT' || prev.pos === 'SYM') && isEntry(view));
          if (v.given.has(l) && !passive) {
            // "NATO admitted Montenegro": only an organisation does it, and to the countries it names.
            const subject = subjectOf(view, i);
            const giver = subject && 'parties' in subject ? subject.parties.find((p) => !p.country) : undefined;
            given = countryObjects(view, i);
            if (!giver || given.length === 0) continue;
            org = giver;
          } else {
            const next = view.actorAt[i + 1] ?? -1;
            const next2 = view.tokens[i + 1]?.pos === 'DET' ? (view.actorAt[i + 2] ?? -1) : -1;
            org = view.actors[next >= 0 ? next : next2];
            // "left the EU-IMF programme", "joined the EU single market": the organisation only qualifies
            // the noun that is the object (unless that noun names the organisation itself: "the NATO alliance").
            if (org && modifiesNoun(view, org.last, v.orgNouns)) continue;
            const prep = v.membershipPrepositions.get(l);
            if (!org && prep) org = prepositionOf(view, i, prep, false)[0];
            // "Montenegro joined on 5 June 2017": a country joining, with no object, joins the organisation the text is about.
            if (!org && status === 'joined' && objectlessAt(view, i, sentenceDates()[view.index] ?? NONE)) {
              const subject = subjectOf(view, i);
              if (subject && 'parties' in subject && subject.parties.some((p) => p.country)) orgCode = orgNearby(view, views, i, mostNamedOrg, titledOrg);
            }
            // An entry's bare passive: "admitted as the tenth member", "| Readmitted |": to the organisation the chronology is about.
            if (!org && !orgCode && v.given.has(l) && passive && isEntry(view) && subjectOf(view, i) === null) {
              orgCode = orgNearby(view, views, i, mostNamedOrg, titledOrg);
            }
            // "It left the organisation in 1999"
            if (!org && view.lemmas[i + 1] === 'the' && v.orgNouns.has(view.lemmas[i + 2] ?? '') && (view.actorAt[i + 2] ?? -1) < 0) {
              orgCode = orgNearby(view, views, i, mostNamedOrg, titledOrg);
            }
            // "joined the CSTO assembly as an observer": a step on the observer rung, not membership.
            if (observerAfter(view, i)) continue;
          }
        } else if (v.membershipNouns.has(l) && readsAsNoun(view, i) && !consumed.includes(i)) {
          status = v.membershipNouns.get(l);
          noun = true;
          org = prepositionOf(view, i, 'to', false)[0] ?? prepositionOf(view, i, 'into', false)[0] ?? prepositionOf(view, i, 'from', false)[0];
          // "EU accession"
          const before = view.actors[view.actorAt[i - 1] ?? -1];
          if (!org && before && !before.country && before.last === i - 1) org = before;
          const application = applicationBefore(view, i, v);
          // "an application for accession" is an application; "ready for accession" no step at all.
          if (application === -1) continue;
          if (application >= 0) {
            status = 'applied';
            at = application;
            noun = view.tokens[application]?.pos !== 'VERB';
          }
        } else if (l === 'become') {
          // "became the 32nd member of NATO", "became NATO's 29th member", "became a member state on 1 May 2004"
          for (let k = i + 1; k <= Math.min(view.tokens.length - 1, i + 5); k++) {
            if (!v.memberNouns.has(view.lemmas[k] ?? '')) continue;
            if (v.lesserMembers.has(view.lemmas[k - 1] ?? '')) break;
            status = 'joined';
            const named = orgBetween(view, i, k);
            org = named ?? prepositionOf(view, k, 'of', false)[0] ?? prepositionOf(view, k, 'in', false)[0];
            if (!org && view.lemmas[k + 1] !== 'of' && view.lemmas[k + 2] !== 'of') orgCode = orgNearby(view, views, i, mostNamedOrg, titledOrg);
            break;
          }
        } else if (l === 'application' && readsAsNoun(view, i) && view.lemmas[i + 1] !== 'for') {
          // "Sweden submitted its application on 18 May 2022", "the application was lodged in July 2009"
          let by = lodgedBy(view, i, v);
          if (by < 0 && view.lemmas[i + 1] === 'be' && v.lodge.has(view.lemmas[i + 2] ?? '') && isPassive(view, i + 2)) by = i + 2;
          // An entry's passive with no auxiliary: "Application lodged.", "| Membership application submitted |".
          if (by < 0 && isEntry(view) && v.lodge.has(view.lemmas[i + 1] ?? '') && view.tokens[i + 1]?.lower.endsWith('ed')) by = i + 1;
          if (by < 0) continue;
          status = 'applied';
          at = by;
          org = prepositionOf(view, i, 'to', false)[0];
          if (!org) orgCode = orgNearby(view, views, i, mostNamedOrg, titledOrg);
        } else if (l === 'apply' && t.pos === 'VERB' && !isPassive(view, i) && objectlessAt(view, i, sentenceDates()[view.index] ?? NONE)) {
          // "Croatia formally applied in February 2003": applying with no object is for membership of
          // the organisation the text is about; only a country named as subject applies so.
          const subject = subjectOf(view, i);
          if (!subject || !('parties' in subject) || !subject.parties.some((p) => p.country)) continue;
          status = 'applied';
          orgCode = orgNearby(view, views, i, mostNamedOrg, titledOrg);
        }
        if (org) {
          if (org.country) continue;
          orgCode = org.principal;
        }
        // A verb without its organisation ("invited Montenegro to join in 2015") may take the inviter's.
        const objectless = !org && v.membershipVerbs.has(l) && (!view.tokens[i + 1] || view.tokens[i + 1]?.pos === 'ADP' || view.tokens[i + 1]?.pos === 'PUNCT');
        if (!status || (!orgCode && !objectless)) continue;
        let trig: Trigger = { at, lemma: view.lemmas[at] ?? l, noun };
        let actors: Party[];
        const said = unasserted(view, at, noun, modality);
        const ordinal = said === 'infinitive' ? ordinalBefore(view, at) : -1;
        const why = ordinal >= 0 ? unasserted(view, ordinal, false, modality) : said;
        // "Sweden launched its bid to join NATO", "submitted a request to join": the handing in is the application.
        const bid = why === 'infinitive' ? bidBefore(view, at, v) : -1;
        const invite = bid >= 0 ? bid : why === 'infinitive' ? invitationBefore(view, at) : -1;
        if (invite >= 0) {
          // "NATO invited Finland and Sweden to join the Alliance", "Sweden applied to join NATO"
          if (unasserted(view, invite, false, modality)) continue;
          const lemma = view.lemmas[invite] ?? '';
          trig = { at: invite, lemma, noun: false };
          status = bid >= 0 ? 'applied' : GOVERNING.get(lemma);
          // "NATO invited Montenegro to join in December 2015": the inviter's organisation.
          if (!org && lemma === 'invite') {
            const inviter = subjectOf(view, invite);
            orgCode = (inviter && 'parties' in inviter ? inviter.parties.find((p) => !p.country)?.principal : undefined) ?? orgCode;
          }
          actors = lemma === 'invite' && !isPassive(view, invite)
            ? countriesBetween(view, invite, i)
            : actorsOf(view, views, trig, null) ?? unnamed(view, invite);
        } else {
          if (why || passiveInfinitive(view, at) || popularVote(view, at, v) || onlyDecided(view, at, status, orgCode) || futureClause(view, at, hedges)) continue;
          if (noun && undoneNoun(view, at, v)) continue;
          const by: Trigger = ordinal >= 0 ? { at: ordinal, lemma: '', noun: false } : trig;
          actors = given ?? actingBefore(actorsOf(view, views, by, null) ?? unnamed(view, by.at), by.at, noun, view.sentence.start);
        }
        if (actors.length === 0 || !status || !orgCode) continue;
        // "joined NATO and the EU": each organisation named.
        for (const o of org ? coordinatedOrgs(view, org) : [{ principal: orgCode, last: i }]) {
          if (add(view, actors, o.principal, 'membership', status, trig, Math.min(i, trig.at), Math.max(i, o.last), `membership-${l}`)) {
            // "the protocols were signed" may refer back to this step.
            named.push({ instrument: 'membership', org: o.principal, actors: otherThan(actors, o.principal), sentence: view.index, at: i });
          }
        }
      }
    }
    // Ids only for the milestones kept: a step named again with a less precise date costs no hash.
    const steps = [...kept.values()].flat();
    for (const { body } of steps) ctx.milestones.push({ id: milestoneId(ctx.info.id, body), ...body });
    stepEvents(ctx, steps, v.steps, cameo);
  };
}
