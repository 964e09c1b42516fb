/**
 * The Phoenix actor dictionary's persons with dated roles (`HOSNI_MUBARAK_` with `[EGYGOV 811014-110211]`)
 * as gazetteer persons: each dated code of a country is a role whose principal is that country over
 * those dates, so "President Hosni Mubarak" in a 1995 sentence acts for EGY. The team's own entries win
 * a name both know: a Phoenix form that is already some surface of the gazetteer is left out. The
 * persons are compiled once and cached in V8's serialisation (see `core/data-cache.ts`), keyed on the
 * actor files' hashes, the readers' version and this module's own, and the gazetteer's surfaces and
 * countries they were filtered by: a start reads them back whole instead of reading the actor files.
 */
import { codeVersion, compiledEntry, contentHash, readCached, writeCached } from '../../core/data-cache.js';
import { bundledDictionaryFiles, readerVersion, type ActorEntry, type ActorFiles } from '../petrarch/index.js';
import { spanOf } from './_dates.js';
import { igoCodes, igoPrincipal } from './_igo-codes.js';
import { fold, surfaceWords, type CaseRule } from './_fold.js';
import type { PersonEntry, Role, Surface, SurfaceTarget } from './_types.js';

/** "HOSNI", "AL-BASHIR", "MCCAIN" → "Hosni", "Al-Bashir", "Mccain": title case, so the form only matches a capitalised name. */
function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-'])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** A phrase of the dictionary as a name: title-cased words joined by spaces. */
function nameOf(words: readonly string[]): string {
  return words.map(titleCase).join(' ');
}

/**
 * Persons of the given actor entries: those with a dated code of a country `isCountry` knows, or of an
 * organisation `organisationOf` names (an IGO code: a secretary-general acts for the UN), one role per
 * such code (title `other`), the forms no surface in `taken` (folded) already has.
 */
export function phoenixPersons(
  lists: readonly ActorEntry[][],
  isCountry: (code: string) => boolean,
  taken: ReadonlySet<string>,
  organisationOf: (code: string) => string | null = () => null,
): PersonEntry[] {
  const out: PersonEntry[] = [];
  const seen = new Set<string>();
  for (const list of lists) {
    for (const e of list) {
      if (e.dated.length === 0) continue;
      const roles: Role[] = [];
      for (const d of e.dated) {
        const country = d.code.slice(0, 3);
        const principal = isCountry(country) ? country : organisationOf(d.code);
        if (principal) roles.push({ title: 'other', principal, office: null, span: spanOf(d.from, d.to) });
      }
      if (roles.length === 0) continue;
      const forms = e.phrases.map(nameOf).filter((f) => {
        const k = fold(f);
        if (taken.has(k) || seen.has(k)) return false;
        seen.add(k);
        return true;
      });
      const [name, ...aliases] = forms;
      if (name === undefined) continue;
      out.push({ type: 'person', id: `phoenix-${e.source.line}-${fold(name).replace(/[^a-z0-9]+/g, '-')}`, name, aliases, roles });
    }
  }
  return out;
}

/**
 * The cached form: the persons and their names' words in columns, which a start reads back quickly
 * (V8's serialisation of 17,000 persons as objects takes about as long to read as compiling them, and
 * tokenising their 20,000 names for the matcher as long again).
 */
interface CompiledPersons {
  /** Each person's id, name and aliases, then each of its roles' principal and title, joined by NUL. */
  text: string;
  /** Each person's number of aliases and of roles. */
  counts: Uint32Array;
  /** Each role's span: first and last day. */
  spans: Float64Array;
  /** Each name's words' folded forms (name, then aliases, person after person), joined by NUL. */
  folds: string;
  /** Each name's number of words. */
  words: Uint32Array;
  /** Each word's case rule. */
  rules: Uint8Array;
}

const isCompiledPersons = (v: unknown): v is CompiledPersons => {
  const c = v as Partial<CompiledPersons> | null;
  return (
    typeof c?.text === 'string' &&
    c.counts instanceof Uint32Array &&
    c.spans instanceof Float64Array &&
    typeof c.folds === 'string' &&
    c.words instanceof Uint32Array &&
    c.rules instanceof Uint8Array
  );
};

/** The persons in columns. A Phoenix role names no office. */
function toColumns(persons: readonly PersonEntry[]): CompiledPersons {
  const strings: string[] = [];
  const counts: number[] = [];
  const spans: number[] = [];
  const folds: string[] = [];
  const words: number[] = [];
  const rules: number[] = [];
  for (const p of persons) {
    strings.push(p.id, p.name, ...p.aliases);
    for (const r of p.roles) {
      strings.push(r.principal, r.title);
      spans.push(r.span.from, r.span.to);
    }
    counts.push(p.aliases.length, p.roles.length);
    for (const text of [p.name, ...p.aliases]) {
      const w = surfaceWords(text);
      folds.push(...w.folds);
      rules.push(...w.rules);
      words.push(w.folds.length);
    }
  }
  return {
    text: strings.join('\u0000'),
    counts: Uint32Array.from(counts),
    spans: Float64Array.from(spans),
    folds: folds.join('\u0000'),
    words: Uint32Array.from(words),
    rules: Uint8Array.from(rules),
  };
}

/** The persons' surfaces, each with its words, from the columns. */
function surfacesOf(c: CompiledPersons): Surface[] {
  const strings = c.text.split('\u0000');
  const folds = c.folds.split('\u0000');
  const out: Surface[] = [];
  let s = 0;
  let r = 0;
  let name = 0;
  let word = 0;
  for (let i = 0; i < c.counts.length; i += 2) {
    const id = strings[s++]!;
    const forms = strings.slice(s, (s += 1 + c.counts[i]!));
    const roles: Role[] = [];
    for (let k = c.counts[i + 1]!; k > 0; k--, r += 2) {
      const principal = strings[s++]!;
      roles.push({ title: strings[s++] as Role['title'], principal, office: null, span: { from: c.spans[r]!, to: c.spans[r + 1]! } });
    }
    const entry: PersonEntry = { type: 'person', id, name: forms[0]!, aliases: forms.slice(1), roles };
    const target: SurfaceTarget = { type: 'person', id, entry };
    for (const text of forms) {
      const n = c.words[name++]!;
      // A plain loop: spreading a subarray allocates a view and an iterator per name, 20,000 of
      // them a start, for the garbage collector.
      const rules: CaseRule[] = [];
      for (let k = word; k < word + n; k++) rules.push(c.rules[k]! as CaseRule);
      out.push({ text, target, words: { folds: folds.slice(word, (word += n)), rules } });
    }
  }
  return out;
}

let compilerKey: string | undefined;
const compilerVersion = (): string => (compilerKey ??= codeVersion(import.meta.url, ['_phoenix-persons', '_fold', '_dates', '_igo-codes']));

/**
 * The surfaces of the persons of the actor files `paths` (the bundled Phoenix ones unless told),
 * beside `surfaces` (the gazetteer's own, which win), for the gazetteer's `countries`; from the cache
 * when it holds them, else compiled from the files as `files` reads them.
 * @throws DyadError `INPUT_NOT_FOUND` for an actor file that cannot be read.
 */
export function phoenixPersonSurfaces(
  surfaces: readonly Surface[],
  countries: readonly string[],
  files: ActorFiles,
  paths: readonly string[] = bundledDictionaryFiles().actors,
  organisations: readonly string[] = [],
): Surface[] {
  const igo = igoCodes(new Set(organisations));
  // What the persons were filtered by: the gazetteer's surface texts, its countries and the IGO codes of its organisations.
  const igoKey = [...igo.prefixes.map((p) => p.join('=')), ...[...igo.groups].map((g) => g.join('='))].join('\u0000');
  const gazetteer = contentHash(`${surfaces.map((s) => s.text).join('\u0000')}\u0001${countries.join('\u0000')}\u0001${igoKey}`);
  const entry = compiledEntry('phoenix-persons', [readerVersion(), compilerVersion(), gazetteer, ...paths.map((p) => files.hash(p))]);
  let compiled = entry ? (readCached(entry, isCompiledPersons) as CompiledPersons | undefined) : undefined;
  if (!compiled) {
    const known = new Set(countries);
    compiled = toColumns(phoenixPersons(files.entries(paths).actors, (code) => known.has(code), new Set(surfaces.map((s) => fold(s.text))), (code) => igoPrincipal(igo, code)));
    if (entry) writeCached(entry, compiled);
  }
  // A cold start reads the columns it wrote, as a warm one does.
  return surfacesOf(compiled);
}
