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

/**
 * Whether a span overlaps one of the mentions, answered by a binary search: an abbreviation the
 * document repeats is asked about at each of its occurrences, against every mention of the document.
 */
class Coverage {
  /** The mentions' starts in ascending order… */
  private readonly starts: number[];
  /** …and the greatest end among the mentions up to each of them. */
  private readonly reach: number[];

  constructor(mentions: readonly ActorMention[]) {
    const byStart = mentions.map((m) => [m.start, m.end] as const).sort((a, b) => a[0] - b[0]);
    this.starts = byStart.map((m) => m[0]);
    let most = -Infinity;
    this.reach = byStart.map((m) => (most = Math.max(most, m[1])));
  }

  /** Does a mention overlap [start, end)? */
  overlaps(start: number, end: number): boolean {
    // The last mention starting before `end`: one starting earlier overlaps exactly when the furthest end among them passes `start`.
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) < end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (this.reach[lo - 1] as number) > start;
  }
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
  const covered = new Coverage(ctx.actors);
  const inside = (start: number, end: number): boolean => covered.overlaps(start, end);
  // Each head's words, split once: the heads are tried at every capitalised word after "the".
  const headWords = [...heads].map(([head, f]) => ({ words: head.split(/\s+/u), f }));
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
      for (const { words, f } of headWords) {
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
