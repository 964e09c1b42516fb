/**
 * Peoples and faiths named as actors ("Yoruba leaders", "Hutu rebels", "Sunnis have demanded…"), from
 * data/actors/communities.yaml: a community acts for the country the sentence names it in, one of the
 * countries it lives in where the data lists them; a sentence that names none of them, or more than
 * one, leaves it nobody's.
 */
import { loadDataFile } from '../../core/data-file.js';
import { dataPath } from '../../core/paths.js';
import type { ActorMention, DocumentContext, Token } from '../types.js';

const words = { type: 'array', items: { type: 'string', minLength: 1 } } as const;

export const COMMUNITIES_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['heads', 'communities'],
  properties: {
    heads: words,
    communities: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['forms', 'sector'],
        properties: {
          forms: words,
          countries: { type: 'array', items: { type: 'string', pattern: '^[A-Z]{3}$' } },
          sector: { type: 'string', enum: ['ethnic', 'religious'] },
        },
      },
    },
  },
} as const;

interface CommunitiesFile {
  heads: string[];
  communities: { forms: string[]; countries?: string[]; sector: 'ethnic' | 'religious' }[];
}

interface Community {
  words: string[];
  countries: readonly string[];
  sector: string;
}

/** The communities and their heads, as the matcher reads them: forms by first word, longest first. */
export interface Communities {
  byFirst: Map<string, Community[]>;
  heads: string[][];
}

let standard: Communities | undefined;

/** data/actors/communities.yaml (cached), or another file of its shape. */
export function loadCommunities(file?: string): Communities {
  if (!file && standard) return standard;
  const d = loadDataFile<CommunitiesFile>(file ?? dataPath('actors', 'communities.yaml'), COMMUNITIES_SCHEMA);
  const byFirst = new Map<string, Community[]>();
  for (const c of d.communities) {
    for (const form of c.forms) {
      const ws = form.split(/\s+/u);
      const list = byFirst.get(ws[0]!) ?? [];
      list.push({ words: ws, countries: c.countries ?? [], sector: c.sector });
      list.sort((a, b) => b.words.length - a.words.length);
      byFirst.set(ws[0]!, list);
    }
  }
  const out = { byFirst, heads: d.heads.map((h) => h.split(/\s+/u)).sort((a, b) => b.length - a.length) };
  if (!file) standard = out;
  return out;
}

/** Do `ws` stand at token `at`, as written? */
function wordsAt(tokens: readonly Token[], at: number, ws: readonly string[]): boolean {
  for (let k = 0; k < ws.length; k++) if (tokens[at + k]?.text !== ws[k]) return false;
  return true;
}

/** Do `ws` stand at token `at`, in lower case? */
function lowerWordsAt(tokens: readonly Token[], at: number, ws: readonly string[]): boolean {
  for (let k = 0; k < ws.length; k++) {
    const t = tokens[at + k];
    if (t === undefined || t.lower !== ws[k] || t.text !== t.lower) return false;
  }
  return true;
}

/** The countries the mentions name, as actors or as places (a state's own code, not an organisation's). */
function countriesOf(named: readonly ActorMention[]): Set<string> {
  const out = new Set<string>();
  for (const a of named) if (a.principal !== null && ISO.test(a.principal) && a.principal !== 'IGO' && a.principal !== 'NGO') out.add(a.principal);
  return out;
}

const ISO = /^[A-Z]{3}$/u;

/** Add the sentence's community mentions the context places; `ctx.actors` stays in text order. */
export function addCommunityMentions(ctx: DocumentContext, communities: Communities): void {
  const added: ActorMention[] = [];
  const bySentence = new Map<number, ActorMention[]>();
  for (const a of ctx.actors) {
    let list = bySentence.get(a.sentence);
    if (!list) bySentence.set(a.sentence, (list = []));
    list.push(a);
  }
  for (const s of ctx.sentences) {
    const tokens = s.tokens;
    const named = bySentence.get(s.index) ?? [];
    // The countries the sentence names: worked out for the few sentences that name a community.
    let countries: Set<string> | undefined;
    for (let i = 0; i < tokens.length; i++) {
      const list = communities.byFirst.get(tokens[i]!.text);
      if (!list) continue;
      const c = list.find((x) => wordsAt(tokens, i, x.words));
      if (!c) continue;
      let end = i + c.words.length;
      const head = communities.heads.find((h) => lowerWordsAt(tokens, end, h));
      // Alone, a community is named only in the plural ("Sunnis", "Kurds"): "Muslim" or "Kurdish" describe a noun.
      if (!head && !/s$/u.test(tokens[end - 1]!.text)) continue;
      if (head) end += head.length;
      const start = tokens[i]!.start;
      const stop = tokens[end - 1]!.end;
      // "Iraqi Kurds", "Bosnian Muslims": the people written before stands for them; a name they are part of is that name's.
      const before = named.find((a) => a.end <= start && /^\s*$/u.test(ctx.text.slice(a.end, start)) && a.role === 'actor');
      if (before || named.some((a) => a.start < stop && a.end > start && !(a.start >= start && a.end <= stop))) {
        i = end - 1;
        continue;
      }
      const inSentence = (countries ??= countriesOf(named));
      const here = c.countries.length > 0 ? c.countries.filter((x) => inSentence.has(x)) : [...inSentence];
      i = end - 1;
      if (here.length !== 1) continue;
      const principal = here[0]!;
      const text = ctx.text.slice(start, stop);
      // (A bare agent the actors stage could not place and dropped is part of it: "Hutu rebels".)
      const inside = named.filter((a) => a.start >= start && a.end <= stop);
      if (inside.length > 0) ctx.actors = ctx.actors.filter((a) => !inside.includes(a));
      added.push({ sentence: s.index, start, end: stop, text, entryId: `body:${principal}:${text.toLowerCase()}`, kind: 'group', principal, role: 'actor', name: text, sector: c.sector });
    }
  }
  if (added.length === 0) return;
  ctx.actors.push(...added);
  ctx.actors.sort((a, b) => a.start - b.start);
}
