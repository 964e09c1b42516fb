/**
 * Event patterns: loads data/patterns/events.yaml (or a user's file), checks every code against the
 * CAMEO table, and compiles the rules into maps keyed by trigger lemma, so the matcher does one map
 * look-up per token instead of scanning the rule list.
 */
import { loadDataFile } from '../../core/data-file.js';
import { DyadError } from '../../core/errors.js';
import { dataPath } from '../../core/paths.js';
import { loadCameo, type Cameo } from '../../knowledge/cameo/index.js';
import type { CodedStatement } from '../grammar/index.js';
import { EVENT_PATTERNS_SCHEMA, type EventPatternFile, type SlotName } from './_schema.js';

/** A rule ready to run. */
export interface EventRule {
  id: string;
  code: string;
  root: string;
  quadClass: 1 | 2 | 3 | 4;
  goldstein: number;
  /** Lemmas of which one must follow in the clause; `@instrument` stands for a named ladder instrument,
   * `@organisation` for a named organisation. */
  after: ReadonlySet<string> | null;
  /** Lemmas of which one must follow in the clause as well as an `after` word ("the ambassador … to leave"). */
  also: ReadonlySet<string> | null;
  /** Lemmas none of which may follow in the clause: "meets the criteria" is no meeting. */
  unless: ReadonlySet<string> | null;
  before: ReadonlySet<string> | null;
  /** None of these lemmas may stand just before the trigger: "recalled its ambassador in protest". */
  notBefore: ReadonlySet<string> | null;
  source: readonly SlotName[];
  target: readonly SlotName[];
  passive: 'swap' | 'keep' | 'never';
  domestic: boolean;
  /** A place named after the trigger may be the target ("visited Lima"); always so for force. */
  places: boolean;
  /** Done between its coordinated subjects when it names no other side: "Thai and Cambodian troops clash". */
  reciprocal: boolean;
  /**
   * Going to someone's occasion: "The ceremony was attended by the presidents of A and B" is each of
   * them with whoever held it (who acted just before), not A with B.
   */
  host: boolean;
  confidence: number;
  voice: 'verb' | 'noun';
}

/** Compiled event patterns. */
export interface EventPatterns {
  /** Rules by verb lemma, in file order. */
  verbs: ReadonlyMap<string, readonly EventRule[]>;
  /**
   * The inflected forms of the rules' verbs, generated from their lemmas ("fined", "expelled", "bombarding"
   * → their lemma): a verb the tagger lemmatised wrongly is still read by its rules.
   */
  verbForms: ReadonlyMap<string, string>;
  /** Rules by noun lemma, in file order. */
  nouns: ReadonlyMap<string, readonly EventRule[]>;
  /** The kinds of statement that are acts of their own, in file order. */
  statements: readonly Statement[];
  /**
   * By governor lemma, the statements it says of an act named by a noun, and the preposition that must
   * come before the noun, if any ("call for").
   */
  nounGovernors: ReadonlyMap<string, readonly { statement: Statement; preposition: string | null }[]>;
  /** Nouns that name an act, with the act's coding ("withdrawal" 087). */
  actNouns: ReadonlyMap<string, Coding>;
  /** By an act noun's code, the word before it that makes the code finer ("military aid"), with that code. */
  actKinds: ReadonlyMap<string, ReadonlyMap<string, Coding>>;
  /** By a dissent's code (141–145), the aim words after it and the finer code each gives ("for independence" 1414). */
  aims: ReadonlyMap<string, ReadonlyMap<string, Coding>>;
  /** Verbs whose infinitive carries an act noun to its statement unchanged ("pledged to double its aid"). */
  actCarriers: ReadonlySet<string>;
  /** Verbs that say a statement named by their noun object ("made an offer of …"). */
  lightVerbs: ReadonlySet<string>;
  /** The statement each statement noun names ("offer" → intent, "call" → appeal). */
  statementNames: ReadonlyMap<string, Statement>;
  /** The sector a head noun names ("troops" → military). */
  sectors: ReadonlyMap<string, string>;
  /** What a decided refusal of a cooperative act is coded as ("decided not to open chapters"), if set. */
  refusal: Pick<EventRule, 'code' | 'root' | 'quadClass' | 'goldstein'> | null;
  /** What a hostile act promised not to be done is coded as ("pledged not to attack"), if set. */
  restraint: Pick<EventRule, 'code' | 'root' | 'quadClass' | 'goldstein'> | null;
  size: number;
}

/** The CAMEO fields of a code. */
export type Coding = Pick<EventRule, 'code' | 'root' | 'quadClass' | 'goldstein'>;

/** A kind of statement compiled: its governors and the code of each act said under it. */
export type Statement = CodedStatement<Coding>;

const VERB_SOURCE: SlotName[] = ['subject'];
const VERB_TARGET: SlotName[] = ['object'];
const NOUN_SOURCE: SlotName[] = ['possessive', 'from', 'by', 'of'];
const NOUN_TARGET: SlotName[] = ['to', 'against', 'with', 'object'];

function push(map: Map<string, EventRule[]>, lemma: string, rule: EventRule): void {
  const key = lemma.toLowerCase();
  const list = map.get(key);
  if (list) list.push(rule);
  else map.set(key, [rule]);
}

/** Compile parsed pattern data; `file` names it in errors. */
export function compileEventPatterns(data: EventPatternFile, file: string, cameo: Cameo = loadCameo()): EventPatterns {
  const verbs = new Map<string, EventRule[]>();
  const nouns = new Map<string, EventRule[]>();
  const ids = new Set<string>();
  data.rules.forEach((r, i) => {
    if (ids.has(r.id)) {
      throw new DyadError('DATA_SCHEMA', `event rule id '${r.id}' appears twice`, {
        place: { file, field: `/rules/${i}/id` },
        hint: 'Give every rule its own id: events name the rule that fired.',
      });
    }
    ids.add(r.id);
    if (!cameo.has(r.code)) {
      throw new DyadError('UNKNOWN_CODE', `event rule '${r.id}': unknown CAMEO code '${r.code}'`, {
        place: { file, field: `/rules/${i}/code` },
        hint: 'Use a code from data/cameo/cameo.yaml.',
      });
    }
    const entry = cameo.get(r.code);
    const base = {
      id: r.id,
      code: r.code,
      root: entry.root,
      quadClass: entry.quadClass,
      goldstein: entry.goldstein,
      after: r.after ? new Set(r.after.map((w) => w.toLowerCase())) : null,
      also: r.also ? new Set(r.also.map((w) => w.toLowerCase())) : null,
      unless: r.unless ? new Set(r.unless.map((w) => w.toLowerCase())) : null,
      before: r.before ? new Set(r.before.map((w) => w.toLowerCase())) : null,
      notBefore: r.notBefore ? new Set(r.notBefore.map((w) => w.toLowerCase())) : null,
      passive: r.passive ?? 'swap',
      domestic: r.domestic ?? false,
      places: r.places ?? false,
      reciprocal: r.reciprocal ?? false,
      host: r.host ?? false,
      confidence: r.confidence ?? 0.7,
    } as const;
    for (const v of r.verbs ?? []) {
      push(verbs, v, { ...base, voice: 'verb', source: r.source ?? VERB_SOURCE, target: r.target ?? VERB_TARGET });
    }
    for (const n of r.nouns ?? []) {
      push(nouns, n, { ...base, voice: 'noun', source: r.source ?? NOUN_SOURCE, target: r.target ?? NOUN_TARGET });
    }
  });
  const tables = new Map<string, Map<string, Coding>>();
  for (const [name, table] of Object.entries(data.statementCodes ?? {})) {
    const t = new Map<string, Coding>();
    for (const [act, code] of Object.entries(table)) {
      if (!cameo.has(code)) {
        throw new DyadError('UNKNOWN_CODE', `statement table '${name}': unknown CAMEO code '${code}'`, {
          place: { file, field: `/statementCodes/${name}/${act}` },
          hint: 'Use a code from data/cameo/cameo.yaml.',
        });
      }
      const entry = cameo.get(code);
      t.set(act, { code, root: entry.root, quadClass: entry.quadClass, goldstein: entry.goldstein });
    }
    tables.set(name, t);
  }
  const statements: Statement[] = (data.statements ?? []).map((s, k) => {
    const read = s.read.map((name) => {
      const t = tables.get(name);
      if (!t) {
        throw new DyadError('DATA_SCHEMA', `statement '${s.id}' reads table '${name}', which statementCodes does not have`, {
          place: { file, field: `/statements/${k}/read` },
        });
      }
      return t;
    });
    const cache = new Map<string, Coding | undefined>();
    return {
      id: s.id,
      governors: new Set(s.governors ?? []),
      future: s.future === true,
      modals: new Set(s.modals ?? []),
      addressee: s.addressee === true,
      addressed: s.addressed === true,
      reports: s.reports === true,
      named: new Set(s.named ?? []),
      lightVerbs: new Set(data.lightVerbs ?? []),
      codeOf(code: string): Coding | undefined {
        if (cache.has(code)) return cache.get(code);
        let found: Coding | undefined;
        for (const t of read) {
          for (let len = code.length; len >= 2 && !found; len--) found = t.get(code.slice(0, len));
          if (found) break;
        }
        cache.set(code, found);
        return found;
      },
    };
  });
  // The statements that take their act as a noun: by governor ("call for"), and by the noun that names them ("offer").
  const nounGovernors = new Map<string, { statement: Statement; preposition: string | null }[]>();
  const statementNames = new Map<string, Statement>();
  (data.statements ?? []).forEach((s, k) => {
    const statement = statements[k] as Statement;
    for (const entry of s.nouns ?? []) {
      const [verb, preposition] = entry.split(' ') as [string, string | undefined];
      const list = nounGovernors.get(verb) ?? [];
      list.push({ statement, preposition: preposition ?? null });
      nounGovernors.set(verb, list);
    }
    for (const name of s.named ?? []) statementNames.set(name, statement);
  });
  const actNouns = new Map<string, Coding>();
  for (const [noun, code] of Object.entries(data.actNouns ?? {})) {
    if (!cameo.has(code)) {
      throw new DyadError('UNKNOWN_CODE', `act noun '${noun}': unknown CAMEO code '${code}'`, {
        place: { file, field: `/actNouns/${noun}` },
        hint: 'Use a code from data/cameo/cameo.yaml.',
      });
    }
    const entry = cameo.get(code);
    actNouns.set(noun, { code, root: entry.root, quadClass: entry.quadClass, goldstein: entry.goldstein });
  }
  const actKinds = new Map<string, Map<string, Coding>>();
  for (const [act, kinds] of Object.entries(data.actKinds ?? {})) {
    const byWord = new Map<string, Coding>();
    for (const [word, code] of Object.entries(kinds)) {
      if (!cameo.has(code)) {
        throw new DyadError('UNKNOWN_CODE', `act kind '${word}' of ${act}: unknown CAMEO code '${code}'`, {
          place: { file, field: `/actKinds/${act}/${word}` },
          hint: 'Use a code from data/cameo/cameo.yaml.',
        });
      }
      const entry = cameo.get(code);
      byWord.set(word, { code, root: entry.root, quadClass: entry.quadClass, goldstein: entry.goldstein });
    }
    actKinds.set(act, byWord);
  }
  const aims = new Map<string, Map<string, Coding>>();
  for (const code of data.aims?.codes ?? []) {
    const byWord = new Map<string, Coding>();
    for (const [word, digit] of Object.entries(data.aims?.words ?? {})) {
      const finer = `${code}${digit}`;
      if (!cameo.has(finer)) {
        throw new DyadError('UNKNOWN_CODE', `aim '${word}' of ${code}: unknown CAMEO code '${finer}'`, {
          place: { file, field: `/aims/words/${word}` },
          hint: 'Each code in aims.codes must have the sub-codes its words name in data/cameo/cameo.yaml.',
        });
      }
      const entry = cameo.get(finer);
      byWord.set(word, { code: finer, root: entry.root, quadClass: entry.quadClass, goldstein: entry.goldstein });
    }
    aims.set(code, byWord);
  }
  const coded = (field: 'refusal' | 'restraint'): EventPatterns['refusal'] => {
    const code = data[field];
    if (code === undefined) return null;
    if (!cameo.has(code)) {
      throw new DyadError('UNKNOWN_CODE', `${field}: unknown CAMEO code '${code}'`, {
        place: { file, field: `/${field}` },
        hint: 'Use a code from data/cameo/cameo.yaml.',
      });
    }
    const entry = cameo.get(code);
    return { code, root: entry.root, quadClass: entry.quadClass, goldstein: entry.goldstein };
  };
  const refusal = coded('refusal');
  const restraint = coded('restraint');
  const sectors = new Map<string, string>();
  for (const [sector, heads] of Object.entries(data.sectors ?? {})) for (const h of heads) sectors.set(h.toLowerCase(), sector);
  return { verbs, verbForms: inflect(verbs.keys()), nouns, statements, nounGovernors, actNouns, actKinds, aims, actCarriers: new Set(data.actCarriers ?? []), lightVerbs: new Set(data.lightVerbs ?? []), statementNames, sectors, refusal, restraint, size: data.rules.length };
}

const VOWELS = 'aeiou';

/** The regular inflections of each verb lemma (-s, -ed, -ing, with English spelling), each to its lemma. */
function inflect(lemmas: Iterable<string>): Map<string, string> {
  const forms = new Map<string, string>();
  const add = (form: string, lemma: string): void => {
    if (!forms.has(form)) forms.set(form, lemma);
  };
  for (const l of lemmas) {
    const last = l[l.length - 1] ?? '';
    const beforeLast = l[l.length - 2] ?? '';
    const stem = l.endsWith('e') ? l.slice(0, -1) : l;
    if (last === 'y' && !VOWELS.includes(beforeLast)) {
      add(`${l.slice(0, -1)}ies`, l);
      add(`${l.slice(0, -1)}ied`, l);
    } else {
      add(/(s|x|z|ch|sh)$/.test(l) ? `${l}es` : `${l}s`, l);
      add(l.endsWith('e') ? `${l}d` : `${l}ed`, l);
    }
    add(l.endsWith('ee') ? `${l}ing` : `${stem}ing`, l);
    // A short verb ending consonant-vowel-consonant doubles it: "ban" → "banned", "expel" → "expelled".
    if (!VOWELS.includes(last) && !'wxy'.includes(last) && VOWELS.includes(beforeLast) && !VOWELS.includes(l[l.length - 3] ?? 'a')) {
      add(`${l}${last}ed`, l);
      add(`${l}${last}ing`, l);
    }
  }
  return forms;
}

const cache = new Map<string, EventPatterns>();

/**
 * Load and compile an event pattern file (default: data/patterns/events.yaml). Cached per path.
 * @throws DyadError `DATA_PARSE`, `DATA_SCHEMA` or `UNKNOWN_CODE`, naming the file and field.
 */
export function loadEventPatterns(file: string = dataPath('patterns', 'events.yaml')): EventPatterns {
  let p = cache.get(file);
  if (!p) {
    p = compileEventPatterns(loadDataFile<EventPatternFile>(file, EVENT_PATTERNS_SCHEMA), file);
    cache.set(file, p);
  }
  return p;
}
