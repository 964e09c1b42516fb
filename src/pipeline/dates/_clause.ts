/**
 * dateForSpan: the date of the clause that holds an event. The event takes the date mention of its
 * own clause (the nearest before its trigger, else the nearest after), not every date in the
 * sentence: a mention that only qualifies a noun further on ("…victims of the air-campaign during
 * the conflict in 1999") yields to the narrative's date when a verb is the trigger and the sentence
 * refers back ("During this historic visit…"). Without a mention in its clause the event takes the
 * sentence's own or inherited date, else the nearest date of another clause outside parentheses,
 * else none.
 */
import type { DateInterval } from '../../core/model.js';
import type { DocumentContext, Token } from '../types.js';
import { intervalContains, sameInterval } from './_calendar.js';
import { clauseKey, clausesOf, cuesFor, dateSentence, type SentenceDating } from './_narrative.js';
import { eventClasses, sameEventDate } from './_same-event.js';
import { attributiveDate, laterVerbOwns } from './_later-verb.js';
import { defaultVocabulary } from './_vocabulary.js';

function datingOf(ctx: DocumentContext, i: number): SentenceDating | undefined {
  const known = ctx.datings[i];
  if (known) return known;
  const s = ctx.sentences[i];
  if (!s) return undefined;
  // A context dated by other means: rebuild the reading from ctx.dates.
  const mentions = ctx.dates.filter((m) => m.sentence === i);
  return dateSentence(s, mentions, ctx.sentences[i - 1], ctx.sentenceDates[i - 1] ?? null, cuesFor(defaultVocabulary()), { published: ctx.published });
}

/** Does an intent auxiliary ("will", "shall") govern the verb `verb`, past adverbs ("will soon visit")? */
function afterIntent(tokens: readonly Token[], verb: Token): boolean {
  const intent = defaultVocabulary().sets.intentAuxiliaries;
  for (let k = tokens.indexOf(verb) - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.pos === 'AUX' && intent.has(t.lower)) return true;
    if (t.pos !== 'ADV' && t.pos !== 'PART') return false;
  }
  return false;
}

/**
 * The date for an event whose trigger spans [start, end) (offsets into ctx.text) in sentence
 * `sentenceIndex`, or null when the text gives none.
 */
export function dateForSpan(ctx: DocumentContext, sentenceIndex: number, start: number, end: number): DateInterval | null {
  const s = ctx.sentences[sentenceIndex];
  const dating = datingOf(ctx, sentenceIndex);
  if (!s || !dating) return null;
  const sentenceDate = ctx.sentenceDates[sentenceIndex] ?? dating.date;
  const { mentions, roles } = dating;
  if (mentions.length === 0) {
    if (sentenceDate) return sentenceDate;
    const isNoun = !s.tokens.some((t) => t.start >= start && t.start < Math.max(end, start + 1) && (t.pos === 'VERB' || t.pos === 'AUX'));
    return isNoun ? sameEventDate(ctx, s, start, end, eventClasses(defaultVocabulary())) : null;
  }
  // A sentence's clauses are the same for each of its events: worked out once.
  const clauses = (dating.clauses ??= clausesOf(
    s.text,
    mentions.map((m) => ({ start: m.start - s.start, end: m.end - s.start })),
    s.tokens,
    s.start,
  ));
  const here = clauseKey(clauses, Math.max(0, start - s.start));
  const trigger = s.tokens.find((t) => t.start >= start && t.start < Math.max(end, start + 1));
  const triggerIsVerb = trigger ? trigger.pos === 'VERB' || trigger.pos === 'AUX' : true;

  // "accused Peru of breaching the accords signed in 2011": the year is the signing's; the act has none of it.
  const links = defaultVocabulary().sets.laterVerbLinks;
  // "suspended its 1998 transit agreement on Friday": a year inside the object dates the agreement.
  const others = triggerIsVerb
    ? mentions.map((m) => m.start >= end && (laterVerbOwns(s.tokens, end, m.start, links) || attributiveDate(s.tokens, m.start, m.end)))
    : [];

  // A verb takes a date of its clause that qualifies no noun over one that does and disagrees with
  // it: in "In November 1992 Norway, two decades after its attempt of 1962, applied again" the
  // application is 1992's; in "A year later, at the summit in June 2010, leaders agreed" June 2010
  // lies within the year and says more.
  // A date past another verb after the trigger is that verb's ("granted it candidate status in June
  // 2010, and negotiations opened in July of that year"): it outweighs nothing of the trigger's.
  const nextVerb = triggerIsVerb ? s.tokens.find((t) => t.start >= Math.max(end, start + 1) && t.pos === 'VERB')?.start ?? Infinity : Infinity;
  const plain: DateInterval[] = [];
  if (triggerIsVerb) {
    mentions.forEach((m, i) => {
      if (!(i === 0 && dating.dateline) && !roles[i]?.qualifiesNoun && !roles[i]?.retrospective && !others[i] && m.start < nextVerb && clauseKey(clauses, m.start - s.start) === here) plain.push(m.interval);
    });
  }
  const disagrees = (i: DateInterval): boolean => plain.some((p) => !intervalContains(p, i));
  let before: (typeof mentions)[number] | undefined;
  let after: (typeof mentions)[number] | undefined;
  mentions.forEach((m, i) => {
    if (clauseKey(clauses, m.start - s.start) !== here || others[i]) return;
    // The dateline's day is the story's, taken below where the clause names no day of its own.
    if (i === 0 && dating.dateline) return;
    const role = roles[i];
    if (role?.qualifiesNoun && disagrees(m.interval)) return;
    // "expressed regret for the victims of the 1999 air campaign": that date is the campaign's.
    if (role?.retrospective && triggerIsVerb) return;
    // Only where the sentence itself passed the mention over for the narrative's date.
    const yields =
      role?.qualifiesNoun &&
      !role.secondary &&
      dating.refersBack === 'strong' &&
      triggerIsVerb &&
      m.start >= end &&
      sentenceDate !== null &&
      !sameInterval(sentenceDate, m.interval) &&
      // Not to a date the sentence took from another verb's clause further on.
      !(dating.own && dating.own.start >= nextVerb);
    if (yields) return;
    if (m.end <= start || (m.start < start && m.end > start)) {
      if (!before || m.end > before.end) before = m;
    } else if (!after || m.start < after.start) {
      after = m;
    }
  });
  // "Bashir says he will visit Juba before the end of the year": a date after a verb "will" governs is
  // the intended act's; the intent (CAMEO 03) is stated on the day the entry or the report tells.
  if (!before && after && dating.toldOn && trigger && triggerIsVerb && afterIntent(s.tokens, trigger)) return dating.toldOn;
  const own = before ?? after;
  if (own) return own.interval;
  // "Lima called it an outrage; the talks resumed two days later": the relative date of a later
  // clause is counted from this clause's act, which keeps the narrative's date.
  const later = dating.own;
  if (later?.relative && later.start >= end && clauseKey(clauses, later.start - s.start) !== here) {
    const narrative = ctx.sentenceDates[sentenceIndex - 1];
    if (narrative) return narrative;
  }
  // The sentence's own date is the later verb's: the act keeps the narrative's day, if any, else none.
  const ownIndex = dating.own ? mentions.indexOf(dating.own) : -1;
  if (ownIndex >= 0 && others[ownIndex] && sentenceDate === dating.own?.interval) return dating.narrativeDay ?? null;
  if (sentenceDate) return sentenceDate;
  // "Sarkozy negotiated a ceasefire, which Saakashvili signed on 15 August 2008": with no date of
  // its own, the clause takes the nearest date of a relative clause of the same sentence. Dates in
  // parentheses stay theirs ("(who until August 2013 was heading the MoD)").
  let nearest: (typeof mentions)[number] | undefined;
  let distance = Infinity;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as (typeof mentions)[number];
    if (clauseKey(clauses, m.start - s.start).startsWith('p') || roles[i]?.retrospective || others[i]) continue;
    const d = m.start >= end ? m.start - end : start - m.end;
    if (d < distance) [nearest, distance] = [m, d];
  }
  if (nearest) return nearest.interval;
  // "the living memory of NATO's air strikes": a noun naming an event the document dates elsewhere.
  return triggerIsVerb ? null : sameEventDate(ctx, s, start, end, eventClasses(defaultVocabulary()));
}
