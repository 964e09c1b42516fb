/**
 * The document's subject: the relationship its title or first heading names ("EU – Albania",
 * "Georgia and NATO", "Timeline of EU–Albania relations", "Key dates: Norway and China"). An entry
 * that names one side of an act takes the other from it, one that names neither takes both; the
 * events and milestones stages read it from the context, not from each other. The words that may
 * stand around the two sides are data (data/layout/vocabulary.yaml).
 */
import type { ActorMention, DocumentContext, DocumentSubject, Stage } from '../types.js';
import { isCountry } from '../../knowledge/gazetteer/index.js';
import { withoutFrontMatter } from './_front.js';
import { opensWithDate } from './_kind.js';
import { layoutVocabulary, phraseSource, type LayoutVocabulary } from './_vocabulary.js';

/** The actors named in a short text (a title, a heading), found as the actors stage finds them. */
export type NamesIn = (text: string) => readonly ActorMention[];

/** The first lines of the text looked at for a heading. */
const TOP_LINES = 6;
/** A heading is a short line. */
const HEADING_MAX = 100;
/** What a heading's own punctuation and markup around its words may be. */
const FURNITURE = /^[\s#*_>|:·•–—-]+|[\s#*_>|:·•–—-]+$/g;
/** What sets off the rest of a heading after its two sides: ": the summit years", " – a chronology". */
const SET_OFF = /^\s*(?:[:|·(,–—]|-\s|\s-\s|$)/;


interface Compiled {
  joiner: RegExp;
  /** Only subject words (and furniture) from start to end. */
  words: RegExp;
  /** Subject words, then the end or a set-off. */
  after: RegExp;
}
const compiled = new WeakMap<LayoutVocabulary, Compiled>();

function compile(v: LayoutVocabulary): Compiled {
  let c = compiled.get(v);
  if (!c) {
    const words = `(?:${v.subjectWords.map(phraseSource).join('|')})`;
    c = {
      joiner: new RegExp(`^\\s*(?:${v.subjectJoiners.map(phraseSource).join('|')})\\s*$`, 'iu'),
      words: new RegExp(`^(?:${words}(?![\\p{L}])[\\s:]*)*$`, 'iu'),
      after: new RegExp(`^\\s*(?:${words}(?![\\p{L}])\\s*)+(?:[:|·(,–—]|-\\s|$)`, 'iu'),
    };
    compiled.set(v, c);
  }
  return c;
}

/**
 * The two sides a heading names as its subject, in the order named, or null: two actors joined by a
 * joiner, with only subject words before them and, after them, subject words or a set-off part.
 * @example subjectOf('Timeline of EU–Albania relations', names) // sides EU, ALB
 */
export function subjectOf(heading: string, names: readonly ActorMention[], v: LayoutVocabulary = layoutVocabulary()): DocumentSubject | null {
  const c = compile(v);
  const named = names.filter((m) => m.role === 'actor' && m.principal !== null).sort((a, b) => a.start - b.start);
  for (let k = 0; k + 1 < named.length; k++) {
    const a = named[k] as ActorMention;
    const b = named[k + 1] as ActorMention;
    if (a.principal === b.principal || !c.joiner.test(heading.slice(a.end, b.start))) continue;
    const before = heading.slice(0, a.start).replace(FURNITURE, '');
    if (before !== '' && !c.words.test(before)) continue;
    const after = heading.slice(b.end);
    if (!SET_OFF.test(after) && !c.after.test(after)) continue;
    return { heading: heading.trim(), sides: [side(a), side(b)] };
  }
  return null;
}

/**
 * The two sides a news or press headline names when it opens with one and names exactly one other
 * ("Chile recalls envoy to Peru over fishing row"): the one who acts and the one acted on. A headline
 * naming a third party names no one relationship, and one that opens with no actor says no one acts.
 * @example headlineSubject('Chile recalls envoy to Peru', names) // sides CHL, PER
 */
export function headlineSubject(heading: string, names: readonly ActorMention[]): DocumentSubject | null {
  const named = names.filter((m) => m.role === 'actor' && m.principal !== null).sort((a, b) => a.start - b.start);
  const first = named[0];
  if (!first || heading.slice(0, first.start).replace(FURNITURE, '') !== '') return null;
  const others = named.filter((m) => m.principal !== first.principal);
  const second = others[0];
  if (!second || others.some((m) => m.principal !== second.principal)) return null;
  return { heading: heading.trim(), sides: [side(first), side(second)] };
}

function side(m: ActorMention): DocumentSubject['sides'][number] {
  return { principal: m.principal as string, name: m.name, country: isCountry(m.principal as string) };
}

/** The headings a subject may be read from: the title the file gives, then the text's first short lines. */
function headings(ctx: DocumentContext): string[] {
  const out: string[] = [];
  if (ctx.info.title) out.push(ctx.info.title);
  const { text, title } = withoutFrontMatter(ctx.text, ctx.info.path);
  if (title && !ctx.info.title) out.push(title);
  let seen = 0;
  for (const line of text.split('\n', TOP_LINES * 4)) {
    const t = line.trim();
    if (t === '') continue;
    if (++seen > TOP_LINES) break;
    if (t.length <= HEADING_MAX && !/[.!?]$/.test(t)) out.push(t);
  }
  return out;
}

/**
 * The first short lines of a plain text as it came: normalising joins a headline to the dateline
 * under it ("… over fishing row Published: 3 May"). Markup has its headings in the normalised text.
 */
function originalLines(ctx: DocumentContext): string[] {
  if (ctx.original.trimStart().startsWith('<')) return [];
  const out: string[] = [];
  for (const line of ctx.original.split('\n', TOP_LINES * 4)) {
    const t = line.trim();
    if (t === '' || t === '---') continue;
    if (out.length >= TOP_LINES) break;
    if (t.length <= HEADING_MAX && !/[.!?]$/.test(t)) out.push(t);
  }
  return out;
}

/**
 * The two countries a chronology's lead names, where its title names no relationship ("The grain deal in
 * eight dates", then "The deal that let Chile ship copper … Peru's withdrawal ends it"): the lead is the
 * first paragraph of prose before the entries, and it must name exactly two countries and nothing else.
 */
export function leadSubject(text: string, namesIn: NamesIn): DocumentSubject | null {
  for (const block of text.split(/\n\s*\n/)) {
    const t = block.trim();
    if (t === '' || (t.length <= HEADING_MAX && !/[.!?]$/.test(t)) || /^[-=*_\s]+$/.test(t)) continue;
    // The entries begin: no lead.
    if (t.startsWith('|') || opensWithDate(t.split('\n', 1)[0] ?? '')) return null;
    const named = namesIn(t).filter((m) => m.role === 'actor' && m.principal !== null).sort((a, b) => a.start - b.start);
    const principals = [...new Set(named.map((m) => m.principal as string))];
    if (principals.length !== 2 || !principals.every((p) => isCountry(p))) return null;
    const a = named[0] as ActorMention;
    const b = named.find((m) => m.principal !== a.principal) as ActorMention;
    return { heading: t, sides: [side(a), side(b)] };
  }
  return null;
}

/**
 * The subject stage: fills `ctx.subject` from the first heading that names a relationship.
 * @example subjectStage(namesIn)(ctx); // ctx.subject: { heading: 'Georgia and NATO', sides: [GEO, NATO] }
 */
export function subjectStage(readNames: NamesIn): Stage {
  return (ctx) => {
    if (ctx.subject !== undefined) return;
    // A heading is read for its names once: a report's headings are asked about twice (relationship, then headline).
    const read = new Map<string, readonly ActorMention[]>();
    const namesIn: NamesIn = (text) => {
      let names = read.get(text);
      if (names === undefined) read.set(text, (names = readNames(text)));
      return names;
    };
    const all = headings(ctx);
    for (const h of all) {
      const s = subjectOf(h, namesIn(h));
      if (s) {
        ctx.subject = s;
        return;
      }
    }
    // A report's headline: the first heading that opens with one side and names the other (a section
    // line above it, "World | Europe", names no relationship).
    if (ctx.info.kind === 'news' || ctx.info.kind === 'press-release') {
      for (const h of [...all, ...originalLines(ctx)]) {
        const s = headlineSubject(h, namesIn(h));
        if (s) {
          ctx.subject = s;
          return;
        }
      }
    }
    if (ctx.info.kind === 'chronology') {
      const s = leadSubject(withoutFrontMatter(ctx.text, ctx.info.path).text, namesIn);
      if (s) {
        ctx.subject = s;
        return;
      }
    }
    ctx.subject = null;
  };
}
