/**
 * A person named in full once is named by one of the name's words after that ("President Álvaro Uribe
 * … Uribe pledges …", "Kim Jong Un … Trump meets Kim"): the later bare word is a mention of the same
 * person, acting for the same principal. A word two different persons of the document share names
 * neither; a word already inside a mention stays that mention's.
 */
import { fold } from '../../knowledge/gazetteer/index.js';
import { startsUpper } from '../segment/index.js';
import type { ActorMention, DocumentContext, Token } from '../types.js';

/** A name's word short enough to be a particle or an initial ("Al", "J.") is never read alone. */
const MIN_LETTERS = 3;

const NAME_WORD = /^\p{Lu}\p{Ll}/u;

/** The words of a person's name that may stand for it alone: capitalised, not particles ("von", "al-"). */
function nameWords(name: string): string[] {
  return name.split(/[\s-]+/u).filter((w) => w.length >= MIN_LETTERS && NAME_WORD.test(w));
}

/**
 * Add the later bare mentions of the persons named in full, in place; `ctx.actors` stays in text order.
 * @example Given "Colombian President Álvaro Uribe met Rafael Correa. Uribe pledged …", the second "Uribe" → COL.
 */
export function addSurnameMentions(ctx: DocumentContext): void {
  // word → the person it names and where that person is first named in full; null when two persons share it.
  const owners = new Map<string, { first: ActorMention } | null>();
  for (const m of ctx.actors) {
    if (m.kind !== 'person' || m.principal === null || m.role !== 'actor') continue;
    const words = nameWords(m.name);
    if (words.length < 2) continue;
    for (const w of words.map(fold)) {
      const had = owners.get(w);
      if (had === undefined) owners.set(w, { first: m });
      else if (had !== null && had.first.entryId !== m.entryId) owners.set(w, null);
    }
  }
  if (owners.size === 0) return;
  const added: ActorMention[] = [];
  // A document repeats its capitalised words: each is folded once.
  const folded = new Map<string, string>();
  // The mentions in text order, walked once beside the tokens: `next` is the first that may still overlap.
  const actors = ctx.actors;
  let next = 0;
  for (const sentence of ctx.sentences) {
    const tokens = sentence.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (!startsUpper(t.text)) continue;
      let key = folded.get(t.text);
      if (key === undefined) folded.set(t.text, (key = fold(t.text)));
      const owner = owners.get(key);
      if (!owner || owner.first.start >= t.start) continue;
      while (next < actors.length && (actors[next] as ActorMention).sentence < sentence.index) next++;
      if (insideMention(actors, next, sentence.index, t.start, t.end)) continue;
      const m = owner.first;
      const mention: ActorMention = {
        sentence: sentence.index, start: t.start, end: t.end, text: t.text,
        entryId: m.entryId, kind: m.kind, principal: m.principal, role: 'actor', name: m.name,
      };
      added.push(mention);
    }
  }
  if (added.length === 0) return;
  ctx.actors.push(...added);
  ctx.actors.sort((a, b) => a.start - b.start);
}

/** Does a mention of sentence `sentence`, from `actors[from]` on, overlap [start, end)? */
function insideMention(actors: readonly ActorMention[], from: number, sentence: number, start: number, end: number): boolean {
  for (let k = from; k < actors.length; k++) {
    const a = actors[k] as ActorMention;
    if (a.sentence !== sentence) return false;
    if (a.start < end && a.end > start) return true;
  }
  return false;
}
