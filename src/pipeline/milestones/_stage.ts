/**
 * The milestones stage: a ladder instrument named with a status word ("Serbia finalized the IPAP",
 * "Georgia's part in the PfP was frozen", "the Croatian Parliament ratified the SOFA"), or an
 * organisation joined or left ("Latvia and Estonia formally joining NATO"), gives one
 * milestone per actor. Statements that are negated, hypothetical or future give none. One milestone
 * per (actor, organisation, instrument, status) in a document, with the most precise date.
 */
import { hash } from 'node:crypto';
import type { DateInterval, Instrument, Milestone, MilestoneStatus } from '../../core/model.js';
import type { DocumentContext, Stage } from '../types.js';
import {
  loadModality, possessiveOf, prepositionOf, sentenceViews, subjectOf, unasserted,
  type DateFor, type Modality, type Party, type SentenceView,
} from '../events/index.js';
import type { InstrumentMention } from './_instruments.js';
import { loadMilestoneVocabulary, type MilestoneVocabulary } from './_vocabulary.js';

export interface MilestonesStageOptions {
  vocabulary?: MilestoneVocabulary;
  modality?: Modality;
  dateFor?: DateFor;
}

/** How far from the instrument its status word may stand. */
const BACK = 8;
const FORWARD = 6;
const ORG_PREPOSITIONS = ['at', 'of', 'in', 'to', 'with'];

/** The trigger lemma standing for "entered into force". */
const IN_FORCE = 'enter-into-force';

interface Trigger {
  at: number;
  lemma: string;
  noun: boolean;
}

function widthDays(d: DateInterval | null): number {
  if (!d || !d.start || !d.end) return Number.POSITIVE_INFINITY;
  return (Date.parse(d.end) - Date.parse(d.start)) / 86_400_000;
}

function milestoneId(doc: string, m: Omit<Milestone, 'id'>): string {
  return hash('sha256', `${doc}\u0000milestone\u0000${m.evidence.start}\u0000${m.evidence.end}\u0000${m.actor}\u0000${m.org}\u0000${m.instrument}\u0000${m.status}`, 'hex')
    .slice(0, 20);
}

function isPassiveParticiple(view: SentenceView, k: number): boolean {
  const t = view.tokens[k];
  if (!t || t.pos !== 'VERB' || t.lower === view.lemmas[k]) return false;
  let p = k - 1;
  while (p >= 0 && view.tokens[p]?.pos === 'ADV') p--;
  return view.lemmas[p] === 'be' || view.lemmas[p] === 'get';
}

/** The status word governing an instrument: a verb or noun before it, or a passive participle after it. */
function triggerOf(view: SentenceView, im: InstrumentMention, v: MilestoneVocabulary): Trigger | null {
  const known = (l: string): boolean => v.verbs.has(l) || v.legislatureVerbs.has(l) || (v.byInstrument.get(im.instrument)?.has(l) ?? false);
  const start = Math.max(view.clauseStart(im.first), im.first - BACK);
  for (let k = im.first - 1; k >= start; k--) {
    const t = view.tokens[k];
    const l = view.lemmas[k] ?? '';
    if (!t) break;
    if (t.pos === 'VERB' && known(l)) return { at: k, lemma: l, noun: false };
    if ((t.pos === 'NOUN' || t.pos === 'VERB') && (v.nouns.has(l) || v.byInstrument.get(im.instrument)?.has(l))) {
      return { at: k, lemma: l, noun: t.pos === 'NOUN' };
    }
    if (t.pos === 'VERB' && l !== 'be' && l !== 'have') break;
  }
  const end = Math.min(view.clauseEnd(im.last), im.last + 1 + FORWARD);
  for (let k = im.last + 1; k < end; k++) {
    const l = view.lemmas[k] ?? '';
    if (isPassiveParticiple(view, k) && known(l)) return { at: k, lemma: l, noun: false };
    // "the SAA entered into force in 2015"
    if ((l === 'enter' || l === 'come') && view.lemmas[k + 1] === 'into' && view.lemmas[k + 2] === 'force') {
      return { at: k, lemma: IN_FORCE, noun: false };
    }
    if (view.tokens[k]?.pos === 'VERB' && l !== 'be' && l !== 'have') break;
  }
  return null;
}

/** The countries that reach the status: subject, possessive or "of" party, or the discourse topic. */
function actorsOf(view: SentenceView, views: readonly SentenceView[], trig: Trigger, im: InstrumentMention | null): Party[] {
  const countries = (ps: Party[]): Party[] => ps.filter((p) => p.country);
  if (trig.noun) {
    // "the adoption of Moldova's first IPAP", "Serbia's accession to the EU"
    const between = im ? view.actors.filter((p) => p.first > trig.at && p.last < im.first && p.country) : [];
    if (between.length > 0) return between;
    const of = countries(prepositionOf(view, trig.at, 'of', false));
    if (of.length > 0) return of;
    const own = countries(possessiveOf(view, trig.at));
    if (own.length > 0) return own;
  }
  // "X joined A and B in signing …"
  if (view.lemmas[trig.at - 1] === 'in' && view.tokens[trig.at]?.lower.endsWith('ing')) {
    for (let k = trig.at - 2; k >= Math.max(0, trig.at - 15); k--) {
      if (view.hard[k]) break;
      if (view.lemmas[k] !== 'join') continue;
      const subj = subjectOf(view, k);
      const first = subj && 'parties' in subj ? countries(subj.parties) : [];
      const rest = view.actors.filter((p) => p.first > k && p.last < trig.at - 1 && p.country);
      if (first.length + rest.length > 0) return [...first, ...rest];
    }
  }
  const subj = subjectOf(view, trig.at);
  if (subj && 'generic' in subj) return [];
  // A subject that is no country ("the Central and Eastern European countries that joined …") reaches nothing.
  if (subj && 'parties' in subj) return countries(subj.parties);
  // A clause without a subject of its own ("becoming an observer at …") is about the country the
  // preceding sentences are about: the one they name most, the latest on a tie.
  const counts = new Map<string, { n: number; last: number; party: Party }>();
  let order = 0;
  for (let s = Math.max(0, view.index - 2); s <= view.index; s++) {
    for (const p of views[s]?.actors ?? []) {
      order++;
      if (!p.country || p.generic || (s === view.index && p.first >= trig.at)) continue;
      const c = counts.get(p.principal);
      counts.set(p.principal, { n: (c?.n ?? 0) + 1, last: order, party: p });
    }
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n || b.last - a.last)[0];
  return best ? [best.party] : [];
}

/** The organisation named beside an instrument with no fixed one ("observer at the CSTO", "NATO membership"). */
function orgBeside(view: SentenceView, im: { first: number; last: number }): string | null {
  if (ORG_PREPOSITIONS.includes(view.lemmas[im.last + 1] ?? '')) {
    // "observer at the Russia-led Collective Security Treaty Organisation": the first organisation named.
    for (let k = im.last + 2; k < Math.min(view.tokens.length, im.last + 10); k++) {
      if (view.soft[k] && view.tokens[k]?.text !== '-') break;
      const idx = view.actorAt[k] ?? -1;
      const p = idx >= 0 ? view.actors[idx] : undefined;
      if (p && !p.country) return p.principal;
    }
  }
  for (let k = im.first - 1; k >= Math.max(0, im.first - 3); k--) {
    const idx = view.actorAt[k] ?? -1;
    const p = idx >= 0 ? view.actors[idx] : undefined;
    if (p && !p.country) return p.principal;
  }
  return null;
}

/**
 * The organisation the sentence (before the instrument) or the two before it name last, else the one
 * the document names most.
 */
function orgNearby(view: SentenceView, views: readonly SentenceView[], at: number): string | null {
  const here = view.actors.filter((p) => !p.country && p.last < at).pop();
  if (here) return here.principal;
  for (let s = view.index - 1; s >= Math.max(0, view.index - 2); s--) {
    const p = (views[s]?.actors ?? []).filter((q) => !q.country).pop();
    if (p) return p.principal;
  }
  const counts = new Map<string, number>();
  let best: string | null = null;
  let most = 0;
  for (const v of views) {
    for (const p of v.actors) {
      if (p.country) continue;
      const c = (counts.get(p.principal) ?? 0) + 1;
      counts.set(p.principal, c);
      if (c > most) [best, most] = [p.principal, c];
    }
  }
  return best;
}

/**
 * "NATO invited Finland and Sweden to join the Alliance": the infinitive's status word sits under an
 * invitation. Returns the index of the inviting verb, or -1.
 */
/** Verbs whose infinitive complement is a step of their own: "invited X to join", "applied to join". */
const GOVERNING: ReadonlyMap<string, MilestoneStatus> = new Map([['invite', 'invited'], ['apply', 'applied']]);

function invitationBefore(view: SentenceView, at: number): number {
  let k = at - 1;
  while (k >= 0 && view.tokens[k]?.pos === 'ADV') k--;
  if (view.lemmas[k] !== 'to') return -1;
  for (let j = k - 1; j >= Math.max(0, k - 12); j--) {
    if (view.hard[j]) return -1;
    if (GOVERNING.has(view.lemmas[j] ?? '') && view.tokens[j]?.pos === 'VERB') return j;
    const pos = view.tokens[j]?.pos;
    if ((view.actorAt[j] ?? -1) < 0 && pos !== 'DET' && pos !== 'CCONJ' && pos !== 'PUNCT' && pos !== 'PROPN' && pos !== 'ADV') return -1;
  }
  return -1;
}

/** The countries an active verb gives something to: its objects, or those after "to" ("granted candidate status to Moldova"). */
function recipientsOf(view: SentenceView, trig: number, im: { first: number; last: number } | null): Party[] {
  const until = im ? im.first : view.clauseEnd(trig);
  const between = view.actors.filter((p) => p.first > trig && p.last < until && p.country);
  if (between.length > 0) return between;
  for (const prep of ['to', 'with']) {
    if (im && view.lemmas[im.last + 1] === prep) return prepositionOf(view, im.last, prep, false).filter((p) => p.country);
  }
  return [];
}

function isLegislature(view: SentenceView, actors: Party[], v: MilestoneVocabulary): boolean {
  return actors.some((p) => {
    for (let k = p.first; k <= p.last; k++) if (v.legislatureWords.has(view.lemmas[k] ?? '')) return true;
    return p.kind === 'body' && /parliament|assembly|congress|senate|duma|sabor|skup/i.test(p.actor);
  });
}

/** Create the milestones stage. */
export function createMilestonesStage(options: MilestonesStageOptions = {}): Stage {
  const v = options.vocabulary ?? loadMilestoneVocabulary();
  const modality = options.modality ?? loadModality();
  const dateFor: DateFor = options.dateFor ?? ((ctx, s) => ctx.sentenceDates[s] ?? null);

  return (ctx: DocumentContext) => {
    const views = sentenceViews(ctx);
    const kept = new Map<string, Milestone>();
    const add = (view: SentenceView, actors: Party[], org: string, instrument: Instrument, status: MilestoneStatus, trig: Trigger, spanFirst: number, spanLast: number, rule: string): void => {
      const tStart = view.tokens[trig.at]?.start ?? 0;
      const tEnd = view.tokens[trig.at]?.end ?? 0;
      const date = dateFor(ctx, view.index, tStart, tEnd);
      for (const a of actors) {
        if (a.principal === org) continue;
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
        const prev = kept.get(key);
        if (prev && widthDays(prev.date) <= widthDays(date)) continue;
        kept.set(key, { id: milestoneId(ctx.info.id, body), ...body });
      }
    };

    for (const view of views) {
      // Instruments with a status word.
      for (const im of view.instruments) {
        let trig = triggerOf(view, im, v);
        if (!trig) continue;
        let instrument = im.instrument;
        let org = im.org ?? orgBeside(view, im) ?? (im.instrument === 'membership' ? orgNearby(view, views, im.first) : null);
        let status: MilestoneStatus | undefined;
        let actors: Party[];
        const why = unasserted(view, trig.at, trig.noun, modality);
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
          actors = lemma === 'invite'
            ? view.actors.filter((p) => p.first > invite && p.last < im.first && p.country)
            : actorsOf(view, views, trig, im);
        } else {
          if (why) continue;
          actors = actorsOf(view, views, trig, im);
          status =
            (trig.lemma === IN_FORCE ? 'in-force' : undefined) ??
            (isLegislature(view, actors, v) ? v.legislatureVerbs.get(trig.lemma) : undefined) ??
            v.byInstrument.get(im.instrument)?.get(trig.lemma) ??
            (trig.noun ? v.nouns.get(trig.lemma) : v.verbs.get(trig.lemma)) ??
            v.nouns.get(trig.lemma);
          // "the European Council granted Georgia candidate status", "the EU opened accession
          // negotiations with Moldova": an organisation's act is a step of the country it names.
          if (!trig.noun && !isPassiveParticiple(view, trig.at) && (status === 'granted' || status === 'invited' || actors.length === 0)) {
            const given = recipientsOf(view, trig.at, im);
            if (given.length > 0 || status === 'granted' || status === 'invited') actors = given;
          }
        }
        if (!org || !status || actors.length === 0) continue;
        add(view, actors, org, instrument, status, trig, Math.min(trig.at, im.first), Math.max(trig.at, im.last), `milestone-${instrument.toLowerCase()}-${trig.lemma}`);
      }
      // Joining or leaving an organisation: "Croatia joined NATO", "accession to the EU", "became a member of the WTO".
      for (let i = 0; i < view.tokens.length; i++) {
        const t = view.tokens[i];
        const l = view.lemmas[i] ?? '';
        if (!t) continue;
        let status: MilestoneStatus | undefined;
        let org: Party | undefined;
        let noun = false;
        if (t.pos === 'VERB' && v.membershipVerbs.has(l)) {
          status = v.membershipVerbs.get(l);
          const next = view.actorAt[i + 1] ?? -1;
          const next2 = view.tokens[i + 1]?.pos === 'DET' ? (view.actorAt[i + 2] ?? -1) : -1;
          org = view.actors[next >= 0 ? next : next2];
          if (!org && (l === 'accede' || l === 'withdraw')) org = prepositionOf(view, i, l === 'accede' ? 'to' : 'from', false)[0];
        } else if (t.pos === 'NOUN' && v.membershipNouns.has(l)) {
          status = v.membershipNouns.get(l);
          noun = true;
          org = prepositionOf(view, i, 'to', false)[0] ?? prepositionOf(view, i, 'into', false)[0] ?? prepositionOf(view, i, 'from', false)[0];
        } else if (l === 'become') {
          // "became the 32nd member of NATO", "became NATO's 29th member"
          for (let k = i + 1; k <= Math.min(view.tokens.length - 1, i + 5); k++) {
            if (!v.memberNouns.has(view.lemmas[k] ?? '')) continue;
            status = 'joined';
            const named = view.actors.find((p) => p.first > i && p.last < k && !p.country);
            org = named ?? prepositionOf(view, k, 'of', false)[0] ?? prepositionOf(view, k, 'in', false)[0];
            break;
          }
        }
        if (!status || !org || org.country) continue;
        let trig: Trigger = { at: i, lemma: l, noun };
        let actors: Party[];
        const why = unasserted(view, i, noun, modality);
        const invite = why === 'infinitive' ? invitationBefore(view, i) : -1;
        if (invite >= 0) {
          // "NATO invited Finland and Sweden to join the Alliance", "Sweden applied to join NATO"
          if (unasserted(view, invite, false, modality)) continue;
          const lemma = view.lemmas[invite] ?? '';
          trig = { at: invite, lemma, noun: false };
          status = GOVERNING.get(lemma);
          actors = lemma === 'invite'
            ? view.actors.filter((p) => p.first > invite && p.last < i && p.country)
            : actorsOf(view, views, trig, null);
        } else {
          if (why) continue;
          actors = actorsOf(view, views, trig, null).filter((a) => a.first < i || noun);
        }
        if (actors.length === 0 || !status) continue;
        add(view, actors, org.principal, 'membership', status, trig, Math.min(i, trig.at), org.last, `membership-${l}`);
      }
    }
    ctx.milestones.push(...kept.values());
  };
}
