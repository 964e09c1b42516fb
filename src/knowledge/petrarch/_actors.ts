/**
 * The actor dictionary (`Phoenix.Countries.actors.txt` …): an entry is a primary phrase with an
 * optional code, `+` synonym lines, and date restrictions on indented lines:
 * `\t[USAGOV >090120]`, `\t[AFGELI 620101-780427]`, `\t[AFGELI]` (the default). Dates are YYMMDD
 * or YYYYMMDD; a two-digit year below 30 is 20YY, else 19YY, as in the distributed files.
 */
import type { DyadError } from '../../core/errors.js';
import { contentLines, lineError, phraseWords } from './_lines.js';
import type { ActorEntry, DatedCode } from './_types.js';

const DIGITS = /^\d+$/;

/** `090120` or `20090120` → `2009-01-20`; null when it is not a date. */
export function dictionaryDate(s: string): string | null {
  let y: string;
  let rest: string;
  if (s.length === 8 && DIGITS.test(s)) {
    y = s.slice(0, 4);
    rest = s.slice(4);
  } else if (s.length === 6 && DIGITS.test(s)) {
    const yy = s.slice(0, 2);
    y = Number(yy) < 30 ? `20${yy}` : `19${yy}`;
    rest = s.slice(2);
  } else return null;
  const mm = rest.slice(0, 2);
  const dd = rest.slice(2, 4);
  if (mm < '01' || mm > '12' || dd < '01' || dd > '31') return null;
  return `${y}-${mm}-${dd}`;
}

const CODE = /^(?:---|[A-Za-z0-9~]{3,}(?:\/[A-Za-z0-9~]{3,})*)$/;
// A code, then nothing, '>date', '<date' or 'date-date'; the distributed files put blanks around the
// signs ('> 140608', '950601 - 990815'). A slash joins the codes of a compound actor (ELR/GAL).
const RESTRICTION = /^(\S+)(?:\s+(?:([<>])\s*(\S+)|(\d+)\s*-\s*(\d+))|\s+(\S+))?$/;

/** `USAGOV >090120` → a dated code; a string says what is wrong. */
export function parseRestriction(inner: string): DatedCode | { code: string; undated: true } | string {
  const m = RESTRICTION.exec(inner.trim());
  if (!m) return `more than one date range in [${inner.trim()}]`;
  const code = m[1] ?? '';
  if (!CODE.test(code)) return `'${code}' is not an actor code`;
  if (m[6] !== undefined) return `'${m[6]}' is not a date range (YYMMDD-YYMMDD, >YYMMDD or <YYMMDD)`;
  if (m[2] === undefined && m[4] === undefined) return { code: code.toUpperCase(), undated: true };
  let from: string | null = null;
  let to: string | null = null;
  if (m[2] !== undefined) {
    const d = dictionaryDate(m[3] ?? '');
    if (d === null) return `'${m[2]}${m[3] ?? ''}' is not a date (YYMMDD or YYYYMMDD after > or <)`;
    if (m[2] === '>') from = d;
    else to = d;
  } else {
    from = dictionaryDate(m[4] ?? '');
    to = dictionaryDate(m[5] ?? '');
    if (from === null || to === null) return `'${m[4] ?? ''}-${m[5] ?? ''}' is not a date range (YYMMDD-YYMMDD, >YYMMDD or <YYMMDD)`;
  }
  return { code: code.toUpperCase(), from, to };
}

/** Split `PHRASE [CODE] [CODE DATES]…` into the phrase and each bracket's content; a string says what is wrong. */
function phraseAndCodes(s: string): { phrase: string; codes: string[] } | string {
  const open = s.indexOf('[');
  if (open < 0) return s.includes(']') ? "a ']' without its '['" : { phrase: s.trim(), codes: [] };
  const codes: string[] = [];
  let rest = s.slice(open);
  while (rest !== '') {
    const m = /^\[([^[\]]*)\]\s*/.exec(rest);
    if (!m) return rest.startsWith('[') ? "a '[' is never closed" : `text after the codes: '${rest}'`;
    codes.push((m[1] ?? '').trim());
    rest = rest.slice(m[0].length);
  }
  return { phrase: s.slice(0, open).trim(), codes };
}

/** Add each bracket's code to the entry; returns what is wrong, or null. */
function addCodes(entry: ActorEntry, codes: string[]): string | null {
  for (const c of codes) {
    const r = parseRestriction(c);
    if (typeof r === 'string') return r;
    if ('undated' in r) entry.code = r.code;
    else entry.dated.push(r);
  }
  return null;
}

/** Read an actor dictionary; malformed lines are errors (file, line, what is wrong) and skipped. */
export function readActorDictionary(text: string, file: string): { value: ActorEntry[]; errors: DyadError[] } {
  const errors: DyadError[] = [];
  const out: ActorEntry[] = [];
  let entry: ActorEntry | null = null;
  // An entry's phrases are closed by its first restriction: a phrase after one starts a new entry.
  let restricted = false;
  for (const l of contentLines(text, file, errors)) {
    const indented = /^\s/.test(l.text);
    const s = l.text.trim();
    if (indented && s.startsWith('[')) {
      if (!entry) {
        errors.push(lineError(file, l.line, 'a date restriction before any actor', 'Put restrictions on indented lines under their actor.'));
        continue;
      }
      const pc = phraseAndCodes(s);
      const wrong = typeof pc === 'string' ? pc : addCodes(entry, pc.codes);
      if (wrong !== null) {
        errors.push(lineError(file, l.line, wrong, 'Write it as [CODE], [CODE YYMMDD-YYMMDD], [CODE >YYMMDD] or [CODE <YYMMDD].'));
        continue;
      }
      restricted = true;
      continue;
    }
    if (s.startsWith('+')) {
      if (!entry || restricted) {
        errors.push(lineError(file, l.line, "a '+' synonym without its actor", 'Put synonyms right under the primary phrase, before its date restrictions.'));
        continue;
      }
      const pc = phraseAndCodes(s.slice(1));
      if (typeof pc === 'string') {
        errors.push(lineError(file, l.line, pc, 'A synonym is +PHRASE.'));
        continue;
      }
      const words = phraseWords(pc.phrase);
      if (words.length === 0) errors.push(lineError(file, l.line, "a '+' line without a phrase", 'Write the synonym after the +.'));
      else entry.phrases.push(words);
      continue;
    }
    const pc = phraseAndCodes(s);
    if (typeof pc === 'string') {
      errors.push(lineError(file, l.line, pc, 'An actor is PHRASE [CODE], with [CODE DATES] on indented lines below.'));
      entry = null;
      continue;
    }
    const words = phraseWords(pc.phrase);
    if (words.length === 0) {
      errors.push(lineError(file, l.line, 'a code without a phrase', 'Write the actor phrase before its [code].'));
      entry = null;
      continue;
    }
    // TABARI allowed dated codes on the primary line too; they read the same as indented ones.
    const next: ActorEntry = { phrases: [words], code: null, dated: [], source: { file, line: l.line } };
    const wrong = addCodes(next, pc.codes);
    if (wrong !== null) {
      errors.push(lineError(file, l.line, wrong, 'An actor is PHRASE [CODE], with [CODE DATES] on indented lines below.'));
      entry = null;
      continue;
    }
    entry = next;
    restricted = false;
    out.push(entry);
  }
  return { value: out, errors };
}
