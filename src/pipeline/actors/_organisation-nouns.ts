/**
 * "The bloc's leaders agreed …", "the organisation decided …": a definite noun that stands for an
 * organisation (data/lang/en.yaml `organisationNouns`) names the organisation the sentence, or one of
 * the two before it, named last. With none named so near it names nobody.
 */
import type { ActorMention, DocumentContext } from '../types.js';

/** How many sentences back the organisation may have been named. */
const REACH = 2;

/** Add the mentions of organisations named by such a noun, in place; `ctx.actors` stays in text order. */
export function addOrganisationNounMentions(ctx: DocumentContext, nouns: ReadonlySet<string>): void {
  if (nouns.size === 0) return;
  const added: ActorMention[] = [];
  let next = 0;
  let last: ActorMention | undefined;
  for (const sentence of ctx.sentences) {
    const { tokens } = sentence;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t) continue;
      // The organisations named up to this word.
      while (next < ctx.actors.length && (ctx.actors[next]?.end ?? Infinity) <= t.start) {
        const m = ctx.actors[next++] as ActorMention;
        if (m.kind === 'organisation' && m.principal !== null && m.role === 'actor') last = m;
      }
      // The comparison with "the" first: most words fail it, and it costs less than a look-up in the set.
      if (tokens[i - 1]?.lower !== 'the' || !nouns.has(t.lower)) continue;
      if (!last || sentence.index - last.sentence > REACH) continue;
      if (ctx.actors.some((a) => a.start < t.end && a.end > t.start)) continue;
      added.push({
        sentence: sentence.index, start: t.start, end: t.end, text: t.text,
        entryId: last.entryId, kind: last.kind, principal: last.principal, role: 'actor', name: last.name,
      });
    }
  }
  if (added.length === 0) return;
  ctx.actors.push(...added);
  ctx.actors.sort((a, b) => a.start - b.start);
}
