/**
 * An organisation named in full with its abbreviation in brackets ("the Liberian Peace Council (LPC)",
 * "the Economic Community of Central African States (ECCAS)") is one name: the countries and peoples
 * among its words name no actor of their own ("Central African" there is no community of the Central
 * African Republic). Where the name opens with a country or its people ("Liberian …"), it is that
 * country's organisation; otherwise its words are left free for the actor dictionaries, which know
 * many organisations by their full name.
 */
import type { ActorMention, DocumentContext, Token } from '../types.js';

const CAPITAL = /^\p{Lu}/u;
/** An abbreviation: capitals (and digits), two to eight. */
const ABBREVIATION = /^\p{Lu}[\p{Lu}\d]{1,7}$/u;

/** The full name before an abbreviation at token `open` ("(" there), as token indices [from, to), or null. */
function fullNameBefore(tokens: readonly Token[], open: number, connectors: ReadonlySet<string>): [number, number] | null {
  const abbreviation = tokens[open + 1]?.text ?? '';
  if (tokens[open + 2]?.text !== ')' || !ABBREVIATION.test(abbreviation)) return null;
  let from = open;
  let capitals = '';
  for (let i = open - 1; i >= 0; i--) {
    const t = tokens[i]!;
    // ("The" is a connector too: the name starts after it.)
    if (connectors.has(t.lower)) continue;
    if (!CAPITAL.test(t.text)) break;
    from = i;
    capitals = t.text.replace(/[^\p{Lu}]/gu, '') + capitals;
  }
  // Two capitalised words at least, the abbreviation's letters among their capitals in order, the first first.
  if (open - from < 2 || capitals[0] !== abbreviation[0]) return null;
  let k = 0;
  for (const c of capitals) if (c === abbreviation[k]) k++;
  return k === abbreviation.replace(/\d/g, '').length ? [from, open] : null;
}

/** Join or free the mentions inside each full name that precedes its abbreviation; `ctx.actors` stays in text order. */
export function settleBracketedNames(ctx: DocumentContext, connectors: ReadonlySet<string>): void {
  for (const s of ctx.sentences) {
    const tokens = s.tokens;
    for (let open = 2; open < tokens.length; open++) {
      if (tokens[open]?.text !== '(') continue;
      const span = fullNameBefore(tokens, open, connectors);
      if (!span) continue;
      const start = tokens[span[0]]!.start;
      const end = tokens[span[1] - 1]!.end;
      const inside = ctx.actors.filter((a) => a.end > start && a.start < end && a.end <= end);
      // A name the gazetteer knows whole ("the North Atlantic Treaty Organization (NATO)") stays as it is.
      if (inside.length === 0 || inside.some((a) => a.start === start && a.end === end && a.role === 'actor')) continue;
      const first = inside[0]!;
      // (A country, its people or one of its bodies opens the name: "Bolivian Miners" in "the Bolivian Miners Federation".)
      const owner = first.start <= start && first.role === 'actor' && ['country', 'body', 'group'].includes(first.kind) ? first.principal : null;
      const rest = ctx.actors.filter((a) => !inside.includes(a));
      if (owner) {
        const text = ctx.text.slice(start, end);
        rest.push({
          sentence: s.index, start, end, text, entryId: `body:${owner}:${text.toLowerCase()}`, kind: 'group', principal: owner, role: 'actor', name: text,
        });
        rest.sort((a, b) => a.start - b.start);
      }
      ctx.actors = rest;
    }
  }
}
