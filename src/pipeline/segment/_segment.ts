/**
 * segment: sentences and tokens (offsets, lemma, part of speech). wink-nlp tags the tokens, called
 * once per chunk of paragraphs; it gives token texts, not offsets,
 * so offsets come from one linear walk over the text, and the sentences from the same walk: a full
 * stop, question or exclamation mark (with any closing quote or bracket) before a capital, a digit,
 * a quote or a bracket ends a sentence, except after an abbreviation, an initial ("No. 5",
 * "J. Smith") or a list number ("1."); a blank line always ends one; a short line without a full
 * stop (a heading), a list item and a table row are sentences of their own.
 */
import type { Sentence, Stage, Token } from '../types.js';
import { abbreviations, type Abbreviations } from './_abbreviations.js';
import { knownLemma, knownLexeme, LETTERS, lowerLemma, newLexeme, rememberLemma } from './_lexemes.js';
import { winkBare, winkTagger } from './_model.js';
import { SegmentToken } from './_token.js';

/** wink-nlp is read in chunks of about this many characters, cut at paragraph breaks. */
const CHUNK = 200_000;
/** A line without a full stop this short, followed by a line break, is a heading. */
const HEADING_MAX = 80;
const BLANK_LINE = /\n[^\S\n]*\n/;
const LINE_END_PUNCT = /[.!?:;,"')\]-]$/;
const CONTINUING_POS = new Set(['ADP', 'CCONJ', 'SCONJ', 'DET', 'PART', 'AUX']);
const INITIAL = /^\p{Lu}\.$/u;
/** A list item or table row opening a line: it starts a sentence. */
const LIST_ITEM = /^(?:[-*\u2022+]\s|\d{1,3}[.)]\s|\|)/;
const LIST_NUMBER = /^\d{1,3}[.)]$/;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9;
}

/** Split `text` into sentences with their tokens; offsets are offsets into `text`. */
export function segmentText(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const [from, to] of chunks(text)) segmentChunk(text, from, to, sentences);
  return sentences;
}

/** The segment stage: fills `ctx.sentences`. */
export const segmentStage: Stage = (ctx) => {
  ctx.sentences = segmentText(ctx.text);
};

/**
 * Tokenise with wink-nlp alone (no sentence boundaries, tags or offsets) and return the token count:
 * the yardstick the extraction benchmark measures the pipeline against.
 */
export function tokenizeOnly(text: string): number {
  let n = 0;
  for (const [from, to] of chunks(text)) n += winkBare().readDoc(text.slice(from, to)).tokens().length();
  return n;
}

function* chunks(text: string): Generator<[number, number]> {
  let from = 0;
  while (text.length - from > CHUNK) {
    let cut = text.lastIndexOf('\n\n', from + CHUNK);
    if (cut <= from) cut = text.lastIndexOf('\n', from + CHUNK);
    if (cut <= from) cut = text.lastIndexOf(' ', from + CHUNK);
    if (cut <= from) cut = from + CHUNK;
    yield [from, cut];
    from = cut;
  }
  if (from < text.length) yield [from, text.length];
}

function segmentChunk(text: string, from: number, to: number, out: Sentence[]): void {
  const nlp = winkTagger();
  const its = nlp.its;
  const doc = nlp.readDoc(from === 0 && to === text.length ? text : text.slice(from, to));
  const toks = doc.tokens();
  // Token texts are read out of wink only for words not met before: the lexeme id says which.
  const ids = toks.out(its.uniqueId) as number[];
  const tags = toks.out(its.pos) as string[];
  const contractions = toks.out(its.contractionFlag) as boolean[];
  // The typings declare lemma with the wrong parameter types; it is a token its-function like the rest.
  const itsLemma = its.lemma as unknown as typeof its.value;
  const n = ids.length;

  const abbr = abbreviations();
  let cursor = from;
  let current: Token[] = [];
  // After a full stop, question or exclamation mark (and any closing quote or bracket right after it).
  let endsSentence = false;
  let prev: Token | undefined;
  let beforePrev: Token | undefined;
  let lineStart = from;

  const close = (): void => {
    if (current.length === 0) return;
    const first = current[0] as Token;
    const last = current[current.length - 1] as Token;
    out.push({ index: out.length, start: first.start, end: last.end, text: text.slice(first.start, last.end), tokens: current });
    current = [];
  };

  for (let i = 0; i < n; i++) {
    const id = ids[i] ?? -1;
    const x = knownLexeme(id) ?? newLexeme(id, toks.itemAt(i).out(its.value) as string);
    const value = x.text;
    // wink's line-break tokens are white space the walk below steps over anyway.
    if (x.blank) continue;
    // Offsets: wink gives no offsets, so step over the white space before the token.
    while (cursor < to && isWhiteSpace(text.charCodeAt(cursor))) cursor++;
    let start = cursor;
    const exact = textAt(text, value, start);
    if (!exact) {
      // wink altered the token text (it should not): find it again, never moving backwards.
      const found = text.indexOf(value, start);
      start = found >= 0 ? found : start;
    }
    const end = start + value.length;
    cursor = end;
    const tag = tags[i] ?? 'X';
    if (tag === 'SPACE') continue;

    let breakHere = false;
    if (prev) {
      if (hasNewline(text, prev.end, start)) {
        const gap = text.slice(prev.end, start);
        const lastLine = text.slice(lineStart, prev.end);
        if (BLANK_LINE.test(gap) || LIST_ITEM.test(text.slice(start, start + 6))) breakHere = true;
        else if (
          lastLine.trim().length <= HEADING_MAX &&
          !LINE_END_PUNCT.test(lastLine) &&
          !CONTINUING_POS.has(prev.pos) &&
          /^[\p{Lu}\p{N}"']/u.test(value)
        ) breakHere = true;
        lineStart = text.lastIndexOf('\n', start) + 1;
      }
      if (
        !breakHere &&
        endsSentence &&
        x.opener &&
        !(prev.end === start && x.closer) &&
        !(prev.text.endsWith('.') && isAbbreviation(text, abbreviationBefore(prev, beforePrev), prev, beforePrev, value, tag, abbr)) &&
        // "1." opening a list item is not a sentence.
        !(current.length <= 2 && LIST_NUMBER.test(text.slice(current[0]?.start ?? 0, prev.end)))
      ) {
        breakHere = true;
      }
    } else {
      lineStart = text.lastIndexOf('\n', start) + 1;
    }
    if (breakHere) close();

    endsSentence = x.terminal || (endsSentence && x.closer && prev?.end === start);

    // wink cuts words at letters outside Latin-1 ("Vu" + "čić", "Cinge" + "ľ"): join them again.
    if (prev && !breakHere && prev.end === start && x.letters && LETTERS.test(prev.text)) {
      prev.text += value;
      prev.end = end;
      prev.lower = prev.text.toLowerCase();
      prev.lemma = prev.lower;
      if (/^\p{Lu}/u.test(prev.text)) prev.pos = 'PROPN';
      prev.spaceAfter = isSpace(text.charCodeAt(end));
      prev.plain = false;
      continue;
    }

    // A contraction's part ("wo" of "won't") has its lemma in wink's token, not in its text.
    const contraction = contractions[i] === true;
    let lemma = contraction ? undefined : knownLemma(x, tag);
    if (lemma === undefined) {
      const raw = toks.itemAt(i).out(itsLemma) as string;
      lemma = contraction ? lowerLemma(x, raw) : rememberLemma(x, tag, raw);
    }
    // A modal is followed by a verb: wink reads "will close", "would free" as adjectives after it.
    const pos = tag === 'ADJ' && prev && !breakHere && prev.pos === 'AUX' && !NOT_MODAL.has(prev.lemma) ? 'VERB' : tag;
    const token = new SegmentToken(start, end, value, x.lower, lemma, pos, isSpace(text.charCodeAt(end)), exact && x.plain);
    current.push(token);
    beforePrev = prev;
    prev = token;
  }
  close();
}

/** The auxiliaries that are no modal: "is close", "has open borders" keep their adjective (a closed class of English). */
const NOT_MODAL: ReadonlySet<string> = new Set(['be', 'have', 'do']);

/** Does `text` hold `value` at `at`? (startsWith, without the substring V8 makes for it.) */
function textAt(text: string, value: string, at: number): boolean {
  if (at + value.length > text.length) return false;
  for (let k = 0; k < value.length; k++) if (text.charCodeAt(at + k) !== value.charCodeAt(k)) return false;
  return true;
}

/** White space wink puts between tokens (the normalised text has no other kinds). */
function isWhiteSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** The abbreviation a sentence-final full stop may belong to: "u.s." as one token, or "Art" + ".". */
function abbreviationBefore(prev: Token, beforePrev: Token | undefined): string {
  if (prev.text === '.' && beforePrev && beforePrev.end === prev.start) return `${beforePrev.lower}.`;
  return prev.lower;
}

function isAbbreviation(
  text: string,
  lower: string,
  prev: Token,
  beforePrev: Token | undefined,
  next: string,
  nextTag: string,
  abbr: Abbreviations,
): boolean {
  if (INITIAL.test(lower.toUpperCase()) && lower.length === 2) {
    // An initial stands alone ("J. Smith"), it is not the last letter of a word.
    const letterStart = prev.text === '.' && beforePrev ? beforePrev.start : prev.start;
    return letterStart === 0 || !/[\p{L}\p{N}]/u.test(text.charAt(letterStart - 1));
  }
  if (!abbr.all.has(lower)) return false;
  if (!abbr.mayEnd.has(lower)) return true;
  // "the U.S. Central Command" and "the U.S. Secretary of State" go on; "…left the U.S. The talks…" ends.
  return /^[\p{Ll}\p{N}]/u.test(next) || nextTag === 'PROPN' || abbr.continuedBy.has(next.toLowerCase());
}
