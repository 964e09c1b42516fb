/**
 * The verb dictionary (`CAMEO.2.0.txt`, PETRARCH's description in its `dictionaries.rst`): synsets
 * (`&NAME` then `+phrase` lines), verb blocks (`--- NAME [code] ---`), the block's verbs with their
 * irregular forms in `{…}` and an own code in `[…]`, multi-word verbs (`+CORDON_OFF`, `WIRE_+TAP`),
 * patterns (`- pre * post [code]`) with `{…}` noun phrases, `(…)` prepositional phrases, `$` source,
 * `+` target, `%` compound, `^` skip, and `~` transformations. Older TABARI-style patterns (words
 * joined to `*` with `_`, as in the PETRARCH validation dictionary) read too.
 */
import type { DyadError } from '../../core/errors.js';
import { contentLines, lineError, phraseWords, pluralOf, type ContentLine } from './_lines.js';
import type { PatternPart, Term, VerbBlock, VerbCode, VerbDictionary, VerbEntry, VerbPattern } from './_types.js';

const CODE_PART = /^(?:---|[0-9A-Za-z!?#+]{1,6})$/;

/** `[042:043]`, `[---]`, `[:190]` → a VerbCode, or a message saying what is wrong. */
export function parseVerbCode(inner: string): VerbCode | string {
  const s = inner.trim();
  if (s === '') return 'the code in [ ] is empty';
  const [a = '', b, ...rest] = s.split(':');
  if (rest.length > 0) return `the code [${s}] has more than one ':'`;
  const part = (p: string): string | null | undefined =>
    p === '' || p === '---' ? null : CODE_PART.test(p) ? p : undefined;
  const forward = part(a);
  const reverse = b === undefined ? null : part(b);
  if (forward === undefined || reverse === undefined) return `the code [${s}] is not a code (digits, '---', or two joined by ':')`;
  return { forward, reverse };
}

const NULL_CODE: VerbCode = { forward: null, reverse: null };

/** The regular forms PETRARCH generates for a verb written without `{…}`: -S/-ES/-IES, -ED/-D, -ING. */
export function regularForms(stem: string): string[] {
  const out = [stem];
  if (/(S|X|Z|SH|CH)$/.test(stem)) out.push(`${stem}ES`);
  else if (/[^AEIOU]Y$/.test(stem)) out.push(`${stem.slice(0, -1)}IES`);
  else out.push(`${stem}S`);
  if (stem.endsWith('E')) out.push(`${stem}D`);
  else if (/[^AEIOU]Y$/.test(stem)) out.push(`${stem.slice(0, -1)}IED`);
  else out.push(`${stem}ED`);
  if (stem.endsWith('E') && !/[AEIOU]E$/.test(stem)) out.push(`${stem.slice(0, -1)}ING`);
  else out.push(`${stem}ING`);
  return out;
}

/** A multi-word verb form (`WIRE_+TAPPED`): the words before the `+` word, the word, the words after. */
function splitVerbForm(form: string): { before: string[]; word: string; after: string[] } | null {
  const words = form.toUpperCase().split('_').filter((w) => w !== '');
  const at = words.findIndex((w) => w.startsWith('+'));
  if (at < 0) {
    if (words.length !== 1) return null;
    return { before: [], word: words[0] ?? '', after: [] };
  }
  const word = (words[at] ?? '').slice(1);
  if (!word) return null;
  return { before: words.slice(0, at), word, after: words.slice(at + 1) };
}

interface Atom {
  text: string;
  joined: boolean;
}

/** Split a pattern body into atoms: words, `*`, brackets; `_` joins an atom to the one before. */
function atomsOf(body: string): Atom[] {
  const out: Atom[] = [];
  let word = '';
  let joined = false;
  let nextJoined = false;
  const flush = (): void => {
    if (word) out.push({ text: word, joined });
    word = '';
  };
  for (const ch of body) {
    if (ch === '_') {
      if (word) {
        flush();
        nextJoined = true;
      } else if (out.length > 0) nextJoined = true;
      continue;
    }
    if (/\s/.test(ch)) {
      flush();
      nextJoined = false;
      continue;
    }
    if ('{}()*'.includes(ch)) {
      flush();
      out.push({ text: ch, joined: nextJoined });
      nextJoined = ch === '*' ? nextJoined : false;
      continue;
    }
    if (!word) {
      joined = nextJoined;
      nextJoined = false;
    }
    word += ch;
  }
  flush();
  return out;
}

function termOf(atom: Atom): Term | string {
  const t = atom.text.toUpperCase();
  const j = atom.joined ? { joined: true as const } : {};
  if (t === '$') return { kind: 'source', ...j };
  if (t === '+') return { kind: 'target', ...j };
  if (t === '%') return { kind: 'compound', ...j };
  if (t === '^') return { kind: 'skip', ...j };
  if (t.startsWith('&')) return t.length > 1 ? { kind: 'synset', name: t, ...j } : `'&' without a synset name`;
  if (/[[\]{}()]/.test(t)) return `'${t}' is not a word`;
  return { kind: 'word', word: t, ...j };
}

/** Parse the part of a pattern line between `-` and its code; a string is what is wrong. */
export function parsePatternBody(body: string): { pre: PatternPart[]; post: PatternPart[] } | string {
  const atoms = atomsOf(body);
  const pre: PatternPart[] = [];
  const post: PatternPart[] = [];
  let side = pre;
  let stars = 0;
  let i = 0;
  const braced = (): Term[] | string => {
    // at '{': terms up to '}'
    const terms: Term[] = [];
    for (i++; i < atoms.length; i++) {
      const a = atoms[i];
      if (!a) break;
      if (a.text === '}') return terms.length > 0 ? terms : 'an empty { }';
      if ('{()*'.includes(a.text)) return `'${a.text}' inside { }`;
      const t = termOf(a);
      if (typeof t === 'string') return t;
      terms.push(t);
    }
    return "a '{' is never closed";
  };
  for (; i < atoms.length; i++) {
    const a = atoms[i];
    if (!a) break;
    if (a.text === '*') {
      stars++;
      side = post;
      continue;
    }
    if (a.text === '{') {
      const terms = braced();
      if (typeof terms === 'string') return terms;
      side.push({ kind: 'noun', terms });
      continue;
    }
    if (a.text === '(') {
      const first = atoms[i + 1];
      if (!first || '{}()*'.includes(first.text)) return "a '(' without its preposition";
      i++;
      const nouns: Term[][] = [];
      let closed = false;
      for (i++; i < atoms.length; i++) {
        const b = atoms[i];
        if (!b) break;
        if (b.text === ')') {
          closed = true;
          break;
        }
        if (b.text === '{') {
          const terms = braced();
          if (typeof terms === 'string') return terms;
          nouns.push(terms);
          continue;
        }
        if ('(}*'.includes(b.text)) return `'${b.text}' inside ( )`;
        const t = termOf(b);
        if (typeof t === 'string') return t;
        // A word joined with '_' continues the phrase before it (TABARI style).
        const last = nouns[nouns.length - 1];
        if (t.joined && last) last.push(t);
        else nouns.push([t]);
      }
      if (!closed) return "a '(' is never closed";
      side.push({ kind: 'prep', prep: first.text.toUpperCase(), nouns });
      continue;
    }
    if (a.text === '}' || a.text === ')') return `a '${a.text}' that closes nothing`;
    const t = termOf(a);
    if (typeof t === 'string') return t;
    // TABARI style: IMPROVED_RELATIONS is one phrase
    const last = side[side.length - 1];
    if (t.joined && last && last.kind === 'noun') last.terms.push(t);
    else side.push({ kind: 'noun', terms: [t] });
  }
  if (stars === 0) return "the pattern has no '*' (where the verb stands)";
  if (stars > 1) return "the pattern has more than one '*'";
  return { pre, post };
}

/** Split `text [code]` (the code last on the line); a string is what is wrong. */
function splitCode(text: string): { body: string; code: string | null } | string {
  const open = text.lastIndexOf('[');
  const close = text.lastIndexOf(']');
  if (open < 0 && close < 0) return { body: text, code: null };
  if (open < 0 || close < open) return "a ']' without its '['";
  if (close < 0) return "a '[' is never closed";
  if (text.slice(close + 1).trim() !== '') return `text after the code: '${text.slice(close + 1).trim()}'`;
  return { body: text.slice(0, open), code: text.slice(open + 1, close) };
}

/** Every synset name a list of parts uses. */
function synsetsUsed(parts: PatternPart[]): string[] {
  const names: string[] = [];
  const scan = (terms: Term[]): void => {
    for (const t of terms) if (t.kind === 'synset') names.push(t.name);
  };
  for (const p of parts) {
    if (p.kind === 'noun') scan(p.terms);
    else p.nouns.forEach(scan);
  }
  return names;
}

/**
 * Read a verb dictionary. Malformed lines are returned as errors (file, line, what is wrong) and
 * skipped; everything else loads.
 */
export function readVerbDictionary(text: string, file: string): { value: VerbDictionary; errors: DyadError[] } {
  const errors: DyadError[] = [];
  const lines = contentLines(text, file, errors);
  const rawSynsets = new Map<string, { phrases: { text: string; line: number }[]; plurals: boolean }>();
  const blocks: VerbBlock[] = [];
  const transformations: VerbDictionary['transformations'] = [];
  let synset: string | null = null;
  let block: VerbBlock | null = null;
  const fail = (l: ContentLine, message: string, hint: string): void => {
    errors.push(lineError(file, l.line, message, hint));
  };

  for (const l of lines) {
    const s = l.text.trim();
    if (s.startsWith('&')) {
      const name = s.split(/\s+/)[0] ?? '';
      if (!/^&[A-Z0-9_]+$/i.test(name)) {
        fail(l, `'${name}' is not a synset name`, 'A synset is named &NAME (letters, digits, _).');
        synset = null;
        continue;
      }
      const plurals = !name.endsWith('_');
      const key = name.toUpperCase().replace(/_$/, '');
      synset = key;
      if (!rawSynsets.has(key)) rawSynsets.set(key, { phrases: [], plurals });
      continue;
    }
    if (synset && s.startsWith('+')) {
      const phrase = s.slice(1).trim();
      if (!phrase) fail(l, "a '+' line without a phrase", 'Write the synonym after the +.');
      else rawSynsets.get(synset)?.phrases.push({ text: phrase, line: l.line });
      continue;
    }
    synset = null;
    if (s.startsWith('---')) {
      const m = /^---+\s*(.*?)\s*(?:\[([^\]]*)\])?\s*-*\s*$/.exec(s);
      if (!m) {
        fail(l, 'a block header that cannot be read', "Write it as '--- NAME [code] ---'.");
        block = null;
        continue;
      }
      const code = m[2] === undefined ? NULL_CODE : parseVerbCode(m[2]);
      if (typeof code === 'string') {
        fail(l, code, 'Use a CAMEO code such as [042], [---] for none, or [042:043].');
        block = null;
        continue;
      }
      block = { name: m[1] ?? '', code, verbs: [], patterns: [], source: { file, line: l.line } };
      blocks.push(block);
      continue;
    }
    if (s.startsWith('~')) {
      if (!s.includes('=')) fail(l, "a transformation without '='", "Write it as '~ a (a b VERB) VERB = a b code'.");
      else transformations.push({ text: s, source: { file, line: l.line } });
      continue;
    }
    if (!block) {
      fail(l, 'a verb or pattern outside any block', "Start a block with '--- NAME [code] ---' first.");
      continue;
    }
    if (s.startsWith('-')) {
      const split = splitCode(s.slice(1));
      if (typeof split === 'string') {
        fail(l, split, 'End a pattern with its code in [ ].');
        continue;
      }
      if (split.code === null) {
        fail(l, 'a pattern without a code', 'End a pattern with its code in [ ], e.g. [042].');
        continue;
      }
      const code = parseVerbCode(split.code);
      if (typeof code === 'string') {
        fail(l, code, 'Use a CAMEO code such as [042], [---] for none, or [042:043].');
        continue;
      }
      const parts = parsePatternBody(split.body);
      if (typeof parts === 'string') {
        fail(l, parts, "Write a pattern as '- nouns (prep noun) * nouns (prep noun) [code]'.");
        continue;
      }
      block.patterns.push({ ...parts, code, text: split.body.trim().replace(/\s+/g, ' '), source: { file, line: l.line } });
      continue;
    }
    // A verb line: PRIMARY {FORMS} [CODE]
    const split = splitCode(s);
    if (typeof split === 'string') {
      fail(l, split, 'A verb line is VERB {IRREGULAR FORMS} [code].');
      continue;
    }
    let code: VerbCode = block.code;
    if (split.code !== null) {
      const c = parseVerbCode(split.code);
      if (typeof c === 'string') {
        fail(l, c, 'Use a CAMEO code such as [042], [---] for none, or [042:043].');
        continue;
      }
      code = c;
    }
    // TABARI wrote a multi-word verb with blanks (LASH OUT): the first word is the verb.
    const body = split.body.trim().replace(/^([A-Z'-]+)((?:\s+[A-Z'-]+)+)(?=\s*(?:\{|$))/i, (_, v: string, rest: string) => `+${v}${rest.replace(/\s+/g, '_')}`);
    const m = /^(\S+)\s*(?:\{([^{}]*)\})?\s*$/.exec(body);
    if (!m) {
      fail(l, 'a verb line that cannot be read', 'A verb line is VERB {IRREGULAR FORMS} [code]; an unclosed { or a second word is wrong.');
      continue;
    }
    const primary = m[1] ?? '';
    const head = splitVerbForm(primary);
    if (!head || !/^[A-Z][A-Z'-]*$/.test(head.word)) {
      fail(l, `'${primary}' is not a verb (a multi-word verb marks its verb word with '+')`, 'Write e.g. +CORDON_OFF or WIRE_+TAP.');
      continue;
    }
    const forms = new Set<string>([head.word]);
    if (m[2] === undefined) for (const f of regularForms(head.word)) forms.add(f);
    else
      for (const f of m[2].split(/\s+/).filter((x) => x !== '')) {
        const part = splitVerbForm(f);
        if (part) forms.add(part.word);
      }
    block.verbs.push({ primary, forms: [...forms], before: head.before, after: head.after, code, source: { file, line: l.line } });
  }

  // Synsets: phrases to words, embedded synsets expanded, plurals added.
  const synsets: Record<string, string[][]> = {};
  const expanding = new Set<string>();
  const expand = (name: string): string[][] => {
    const done = synsets[name];
    if (done) return done;
    const raw = rawSynsets.get(name);
    if (!raw || expanding.has(name)) return [];
    expanding.add(name);
    const out: string[][] = [];
    for (const p of raw.phrases) {
      const noPlural = p.text.endsWith('_') || !raw.plurals;
      const words = phraseWords(p.text);
      if (words.length === 1 && words[0]?.startsWith('&')) {
        const inner = words[0].replace(/_$/, '');
        if (!rawSynsets.has(inner)) errors.push(lineError(file, p.line, `synset ${inner} is not defined`, 'Define it with &NAME and + lines.'));
        out.push(...expand(inner));
        continue;
      }
      out.push(words);
      const last = words[words.length - 1];
      if (!noPlural && last && /^[A-Z]+$/.test(last)) out.push([...words.slice(0, -1), pluralOf(last)]);
    }
    expanding.delete(name);
    synsets[name] = out;
    return out;
  };
  for (const name of rawSynsets.keys()) expand(name);

  // A pattern using a synset the file never defines is ignored (as PETRARCH does), and named.
  for (const b of blocks) {
    b.patterns = b.patterns.filter((p: VerbPattern) => {
      const missing = [...synsetsUsed(p.pre), ...synsetsUsed(p.post)].find((n) => !rawSynsets.has(n));
      if (!missing) return true;
      errors.push(lineError(file, p.source.line, `synset ${missing} is not defined; the pattern is ignored`, 'Define it with &NAME and + lines, or fix the name.'));
      return false;
    });
  }
  return { value: { synsets, blocks, transformations }, errors };
}

export type { VerbEntry };
