/**
 * The principal a figure is about: whoever a measure belongs to (the country whose trade, deficit or
 * public it is), not the other party of a bilateral measure ("trade with Chile"), not the country a
 * poll asked about ("trust Japan") and not the attacker of the people counted; else the nearest country
 * named around the figure, one named just before, or the document's topic.
 */
import type { Party, SentenceView } from '../grammar/index.js';
import type { Figure } from './_figure.js';
import type { IndicatorVocabulary } from './_vocabulary.js';

const POSSESSIVE = /^['’]s?$/;
/** Tokens between a preposition and the party it names ("with the United States", "to Chinese buyers"). */
const INNER = new Set(['DET', 'ADJ']);
/** Tokens a measure's noun may be before its preposition ("trade with", "deficit with"). */
const NOMINAL = new Set(['NOUN', 'PROPN', 'ADJ']);
/** What names the country displaced people are in ("live in Jordan", "fled to Chad"). */
const HOST_PREPOSITIONS = new Set(['in', 'to', 'into']);
/** How far back "between" may open a pair ("between the United States and Chile"). */
const PAIR_REACH = 8;

/**
 * Is party p the other party of a measure: named by a preposition after the measure's noun ("goods
 * trade with Korea", "exports to Vietnam"), or second of a pair
 * ("trade between Peru and Chile")?
 */
function isPartner(view: SentenceView, p: Party, v: IndicatorVocabulary): boolean {
  let i = p.first - 1;
  while (INNER.has(view.tokens[i]?.pos ?? '') && view.actorAt[i] === -1) i--;
  const word = view.lemmas[i] ?? '';
  if (v.partners.prepositions.has(word)) return NOMINAL.has(view.tokens[i - 1]?.pos ?? '');
  if (word !== 'and') return false;
  for (let j = i - 1; j >= Math.max(0, i - PAIR_REACH); j--) {
    if (view.soft[j]) return false;
    if (v.partners.pair.has(view.lemmas[j] ?? '')) return true;
  }
  return false;
}

/** Is party p named as an attacker ("in Israeli strikes", "a Turkish raid")? Its victims are not its own. */
function isAttacker(view: SentenceView, p: Party, v: IndicatorVocabulary): boolean {
  let i = p.last + 1;
  while (view.tokens[i]?.pos === 'ADJ') i++;
  return v.attacks.has(view.lemmas[i] ?? '');
}

/**
 * Is party p, after a share, the object of what the share did ("52 percent said they trust Japan",
 * "61 percent view Brazil favourably")? A poll's country asked about is not its public, unless what
 * is asked about is the country's own doing ("back Moldova joining the EU").
 */
function askedAbout(view: SentenceView, p: Party, fig: Figure, v: IndicatorVocabulary): boolean {
  if (fig.unit !== '%' || p.first <= fig.spanLast) return false;
  // "back Moldova joining the EU", "support Georgia's membership": a poll about the public's own country.
  const next = view.tokens[p.last + 1];
  if (next && (POSSESSIVE.test(next.lower) || (next.pos === 'VERB' && next.lower.endsWith('ing')))) return false;
  // "41 percent back the talks in Serbia": where the poll was taken is its public.
  let b = p.first - 1;
  while (view.tokens[b]?.pos === 'DET') b--;
  if (view.lemmas[b] === 'in') return false;
  for (let i = fig.spanLast + 1; i < p.first; i++) {
    if (view.soft[i]) return false;
    const l = view.lemmas[i] ?? '';
    if (v.stanceVerbs.has(l) || v.reportingVerbs.has(l)) return true;
  }
  return false;
}

/**
 * Is party p a people named as a group: "of Poles", "Lithuanians", "Polish voters" (not "Russian
 * gas", which names a good)?
 */
function isPeople(view: SentenceView, p: Party, v: IndicatorVocabulary): boolean {
  const next = view.tokens[p.last + 1];
  if (!next || next.pos !== 'NOUN') return true;
  return v.units.get(view.lemmas[p.last + 1] ?? '') === 'people';
}

/**
 * Is party p in a relative clause closed before the figure ("Colombia, which borders Venezuela,
 * spends …")? Its country describes another party, not the figure's.
 */
function inRelativeClause(view: SentenceView, p: Party, fig: Figure): boolean {
  const start = view.clauseStart(p.first);
  if (start === 0 || start === view.clauseStart(fig.first) || view.clauseEnd(p.first) > fig.first) return false;
  const opener = view.tokens[start]?.text === ',' ? start + 1 : start;
  const relative = (i: number): boolean => view.language.relativePronouns.has(view.lemmas[i] ?? '');
  return relative(start) || relative(opener) || relative(start - 1);
}

/** Tokens between a poll's share and its verb: "(64 percent) said", "52 percent, said". */
const SHARE_TAIL = new Set(['PUNCT', 'NUM', 'SYM', 'NOUN']);
/** How far past a share its verb may be. */
const SHARE_VERB_REACH = 6;

/**
 * Is a share a poll's answer: held by people who say, back or oppose something ("61 percent said yes",
 * "48 per cent opposed it", "two-thirds (64 percent) backed the plan")?
 */
function pollShare(view: SentenceView, fig: Figure, v: IndicatorVocabulary): boolean {
  if (fig.unit !== '%') return false;
  for (let j = fig.spanLast + 1; j <= Math.min(view.tokens.length - 1, fig.spanLast + SHARE_VERB_REACH); j++) {
    const l = view.lemmas[j] ?? '';
    if (v.reportingVerbs.has(l) || v.stanceVerbs.has(l)) return true;
    if (!SHARE_TAIL.has(view.tokens[j]?.pos ?? '') || view.actorAt[j] !== -1) return false;
  }
  return false;
}

/** How far before a poll's noun its name may name its country ("a Gallup Korea poll"). */
const POLL_NAME_REACH = 2;

/**
 * The country of a poll's public: in this sentence or the poll's own sentence a little before, the
 * country in the poll's name or of the people asked ("a Cadem Chile poll", "a poll of 1,500 Chilean
 * adults", "a survey of adults in Peru"); null
 * when none is named.
 */
function pollPublic(view: SentenceView, views: readonly SentenceView[], v: IndicatorVocabulary): string | null {
  for (let s = view.index; s >= Math.max(0, view.index - 3); s--) {
    const w = views[s];
    if (!w) continue;
    const poll = w.lemmas.findIndex((l) => v.polls.words.has(l));
    if (poll < 0) continue;
    const parties = [...w.actors, ...w.places].filter((p) => p.country).sort((a, b) => a.first - b.first);
    // "a Gallup Korea poll", "a Kenyan survey": the country named in the poll's own name.
    const named = parties.find((p) => p.last < poll && p.last >= poll - POLL_NAME_REACH);
    if (named) return named.principal;
    const people = parties.filter((p) => p.first > poll).find((p) => {
      let b = p.first - 1;
      while (w.tokens[b]?.pos === 'DET') b--;
      return v.polls.publics.has(w.lemmas[p.last + 1] ?? '') || (w.lemmas[b] === 'in' && v.polls.publics.has(w.lemmas[b - 1] ?? ''));
    });
    if (people) return people.principal;
  }
  return null;
}

/** The principal of a figure in sentence `view`, or null when nothing names one. */
export function subjectOf(view: SentenceView, views: readonly SentenceView[], fig: Figure, counted: readonly Figure[], v: IndicatorVocabulary, topic: () => string | null): string | null {
  const inCounted = (p: Party): boolean => counted.some((f) => p.first >= f.unitFirst && p.last <= f.unitLast);
  const people = fig.unit === 'people';
  // The other party of a bilateral measure, a poll's country asked about, the attacker of the people
  // counted: none of them is the figure's own.
  const notOwn = (p: Party): boolean => isPartner(view, p, v) || askedAbout(view, p, fig, v) || (people && isAttacker(view, p, v));
  // A place counts here: "support in Moldova reached 41 percent" is about Moldova.
  const here = [...view.actors, ...view.places].filter((p) => !inCounted(p) && !p.setting && !notOwn(p)).sort((a, b) => a.first - b.first);
  // People and troops counted with their nationality are that country's: "30 KFOR soldiers", "72
  // passengers from India" (not the country where it happened) — unless an actor of the clause
  // does something with them ("Jordan hosts 600,000 Syrian refugees").
  const clauseStart = view.clauseStart(fig.first);
  const actorBefore = view.actors.some((p) => !inCounted(p) && !p.setting && p.first >= clauseStart && p.last < fig.spanFirst);
  // "650,000 Syrian refugees live in Jordan": the people who fled are counted where they are.
  if (!actorBefore && v.displaced.has(view.lemmas[fig.unitLast] ?? '')) {
    const host = [...view.actors, ...view.places].filter((p) => p.country && p.first > fig.unitLast && HOST_PREPOSITIONS.has(view.lemmas[p.first - 1] ?? '')).sort((a, b) => a.first - b.first)[0];
    if (host) return host.principal;
  }
  if (v.nationalUnits.has(fig.unit) && !actorBefore) {
    const fromAt = view.lemmas[fig.unitLast + 1] === 'from' ? fig.unitLast + 2 : -1;
    const own = view.actors.find((p) => !p.setting && ((p.first >= fig.unitFirst && p.last <= fig.unitLast) || p.first === fromAt));
    if (own) return own.principal;
  }
  // A sum of money belongs to whoever gives, pays or gets it, named before it ("The EU pledged
  // €50 million for refugees in Chad"), an organisation too; a place after it is where it goes.
  if (/^[A-Z]{3}$/.test(fig.unit)) {
    // "accused Venezuela of giving the guerrillas $300 million": the party between a verb and the sum gets it.
    const gets = (p: Party): boolean => {
      let k = p.first - 1;
      while (view.tokens[k]?.pos === 'DET') k--;
      return p.last === fig.spanFirst - 1 && view.tokens[k]?.pos === 'VERB';
    };
    const giver = view.actors.filter((p) => !inCounted(p) && !p.setting && !p.generic && p.last < fig.spanFirst && !gets(p) && !notOwn(p)).pop();
    if (giver) return giver.principal;
  }
  if (v.actorUnits.has(fig.unit)) {
    const sender = view.actors.filter((p) => !inCounted(p) && !p.setting && !p.generic && !notOwn(p))
      .sort((a, b) => Math.abs(a.first - fig.first) - Math.abs(b.first - fig.first))[0];
    if (sender) return sender.principal;
  }
  const countries = here.filter((p) => p.country);
  // "Norway's share of the Chinese market fell to 30 percent", "half of Belarus's foreign trade": the
  // country whose measure it is, named before the figure in its clause or in the "of" phrase after a share.
  const owns = (p: Party): boolean => POSSESSIVE.test(view.tokens[p.last + 1]?.lower ?? '');
  const owner =
    countries.filter((p) => p.first >= clauseStart && p.last < fig.spanFirst && owns(p)).pop() ??
    (fig.unit === '%' && view.lemmas[fig.spanLast + 1] === 'of' ? countries.find((p) => p.first > fig.spanLast && p.first <= fig.spanLast + 3 && owns(p)) : undefined);
  if (owner) return owner.principal;
  // "52 percent of Poles", "four in ten Belgian voters": a share of a people is that people's.
  if (fig.unit === '%') {
    const group = view.lemmas[fig.spanLast + 1] === 'of' ? fig.spanLast + 2 : fig.spanLast + 1;
    const people = countries.find((p) => p.first >= group && p.first <= group + 2 && isPeople(view, p, v));
    if (people) return people.principal;
  }
  // "10 percent of the power consumed in Brazil": a country inside the share's own "of" phrase, up to
  // the next figure, is whose share it is.
  if (fig.unit === '%' && view.lemmas[fig.spanLast + 1] === 'of') {
    const end = counted.find((f) => f.first > fig.spanLast)?.spanFirst ?? view.tokens.length;
    const inside = countries.find((p) => p.first > fig.spanLast && p.last < end);
    let open = true;
    for (let i = fig.spanLast + 1; inside && i < inside.first; i++) if (view.soft[i]) open = false;
    if (inside && open) return inside.principal;
  }
  // "61 percent said relations with Chile were bad": a poll's share is its public's, not the country asked about.
  if (pollShare(view, fig, v)) {
    // "41 percent back the talks in Serbia": where the poll was taken is its public.
    const where = countries.find((p) => view.lemmas[p.first - 1] === 'in' || (view.tokens[p.first - 1]?.pos === 'DET' && view.lemmas[p.first - 2] === 'in'));
    const polled = pollPublic(view, views, v) ?? where?.principal;
    if (polled) return polled;
    // A country the sentence names is what the public was asked about: the public is the document's.
    // With none named, the public is the one the sentences before are about.
    const t = [...view.actors, ...view.places].some((p) => p.country) ? topic() : null;
    if (t) return t;
  }
  const before = countries.filter((p) => p.last < fig.first);
  const main = before.filter((p) => !inRelativeClause(view, p, fig)).pop() ?? before.pop();
  if (main) return main.principal;
  const after = countries.find((p) => p.first > fig.last);
  if (after) return after.principal;
  // Earlier sentences: not a country this one names as no owner of the figure.
  const excluded = new Set(view.actors.filter(notOwn).map((p) => p.principal));
  for (let s = view.index - 1; s >= Math.max(0, view.index - 2); s--) {
    const c = (views[s]?.actors ?? []).filter((p) => p.country && !p.generic && !excluded.has(p.principal)).pop();
    if (c) return c.principal;
  }
  return topic() ?? (here.filter((p) => p.last < fig.first).pop() ?? here[0])?.principal ?? null;
}
