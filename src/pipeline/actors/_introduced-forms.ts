/**
 * A short form the document introduces for an actor names it afterwards: an abbreviation in brackets
 * right after its name ("the Republic of Moldova (RM) … RM expelled …"), and the head of a formal name
 * taken up with "the" ("the Kingdom of Morocco … the Kingdom recalled …"). A form two actors would share
 * names neither; a word already inside a mention stays that mention's.
 */
import { startsUpper } from '../segment/index.js';
import type { ActorMention, DocumentContext } from '../types.js';

/** An abbreviation: capitals (and digits), two or more. */
const ABBREVIATION = /^\p{Lu}[\p{Lu}\d]+$/u;
/** A formal name's head and its "of": "Kingdom of Morocco", "the Federal Republic of Somalia". */
const FORMAL = /^(?:the\s+)?((?:\p{Lu}\p{Ll}+\s+)*\p{Lu}\p{Ll}+)\s+of\s+/u;

interface Form {
  from: number;
  mention: ActorMention | null;
}

/** Is there an opening bracket in text[from, to)? */
function bracketWithin(text: string, from: number, to: number): boolean {
  for (let k = from; k < to && k < text.length; k++) if (text.charCodeAt(k) === 40) return true;
  return false;
}

/** Add the later mentions of forms the document introduced, in place; `ctx.actors` stays in text order. */
export function addIntroducedForms(ctx: DocumentContext): void {
  // form text → the mention it stands for (from its offset on), null when two actors share it.
  const abbreviations = new Map<string, Form>();
  const heads = new Map<string, Form>();
  const note = (map: Map<string, Form>, key: string, m: ActorMention, from: number): void => {
    const had = map.get(key);
    if (!had) map.set(key, { from, mention: m });
    else if (had.mention && had.mention.principal !== m.principal) had.mention = null;
  };
  for (const m of ctx.actors) {
    if (m.role !== 'actor' || m.principal === null) continue;
    // The patterns run only where they can match: a bracket just after the mention, a country's name.
    const after = bracketWithin(ctx.text, m.end, m.end + 12) ? /^\s*\(([^()\s]{2,8})\)/u.exec(ctx.text.slice(m.end, m.end + 12)) : null;
    if (after?.[1] && ABBREVIATION.test(after[1])) note(abbreviations, after[1], m, m.end);
    const formal = m.kind === 'country' ? FORMAL.exec(m.text) : null;
    if (formal?.[1]) note(heads, formal[1], m, m.end);
  }
  if (abbreviations.size === 0 && heads.size === 0) return;
  const added: ActorMention[] = [];
  const inside = (start: number, end: number): boolean => ctx.actors.some((a) => a.start < end && a.end > start);
  const add = (f: Form | undefined, sentence: number, start: number, end: number): void => {
    const m = f?.mention;
    if (!f || !m || start < f.from || inside(start, end)) return;
    // (The bracket that introduces the form is no mention of its own.)
    if (ctx.text[start - 1] === '(' && ctx.text[end] === ')' && start - m.end < 4) return;
    added.push({ sentence, start, end, text: ctx.text.slice(start, end), entryId: m.entryId, kind: m.kind, principal: m.principal, role: 'actor', name: m.name });
  };
  for (const s of ctx.sentences) {
    const tk = s.tokens;
    for (let i = 0; i < tk.length; i++) {
      const t = tk[i];
      if (!t || !startsUpper(t.text)) continue;
      if (abbreviations.size > 0) add(abbreviations.get(t.text), s.index, t.start, t.end);
      // "the Kingdom", "the Federal Republic": the head after "the", not followed by another name or "of".
      if (heads.size === 0 || tk[i - 1]?.lower !== 'the') continue;
      for (const [head, f] of heads) {
        const words = head.split(/\s+/u);
        const last = i + words.length - 1;
        if (!words.every((w, j) => tk[i + j]?.text === w)) continue;
        const next = tk[last + 1];
        if (next && (startsUpper(next.text) || next.lower === 'of')) continue;
        add(f, s.index, t.start, tk[last]?.end ?? t.end);
      }
    }
  }
  if (added.length === 0) return;
  ctx.actors.push(...added);
  ctx.actors.sort((a, b) => a.start - b.start);
}
