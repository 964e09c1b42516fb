/**
 * The actor dictionaries as the coder looks them up, compiled once for a list of files and cached:
 * the phrase table's data (typed arrays and a map of words, kept in V8's serialisation, so a start
 * reads it back whole instead of rebuilding tens of thousands of entries) and each entry's codes as a
 * short JSON text, read only when a phrase is found. The cache entry's key is the files' content
 * hashes in order, the readers' version and this compiler's own, so an edited file or a changed
 * reader or compiler compiles again; an entry is taken as written (the project wrote it), its outer
 * shape only looked at.
 */
import { codeVersion, compiledEntry, readCached, writeCached } from '../../core/data-cache.js';
import { DyadError } from '../../core/errors.js';
import { ActorFiles, readerVersion } from '../../knowledge/petrarch/index.js';
import { phraseTableData, PhraseTable, splitHyphens, type ActorCodes, type PhraseTableData } from './_actors.js';

/** The cached form. */
interface CompiledActors {
  /** The phrases; a phrase's id is an index into `codes`. */
  table: PhraseTableData;
  /** Each entry's `[code, ...dated]`, dated as `[code, from, to]`, in JSON. */
  codes: string[];
  /** Malformed lines, by the index of their file in the list. */
  problems: { source: number; line: number; message: string; hint: string }[];
}

function isCompiledActors(v: unknown): v is CompiledActors {
  const c = v as Partial<CompiledActors> | null;
  const t = c?.table;
  return (
    typeof t === 'object' &&
    t !== null &&
    t.words instanceof Map &&
    t.edges instanceof Int32Array &&
    t.ids instanceof Int32Array &&
    Array.isArray(c?.codes) &&
    Array.isArray(c?.problems)
  );
}

let compilerKey: string | undefined;
const compilerVersion = (): string => (compilerKey ??= codeVersion(import.meta.url, ['_actor-table', '_actors']));

function compile(paths: readonly string[], files: ActorFiles): CompiledActors {
  const dicts = files.entries(paths);
  const codes: string[] = [];
  const phrases: [string[], number][] = [];
  for (const list of dicts.actors)
    for (const e of list) {
      for (const p of e.phrases) phrases.push([splitHyphens(p), codes.length]);
      codes.push(JSON.stringify([e.code, ...e.dated.map((d) => [d.code, d.from, d.to])]));
    }
  const problems = dicts.problems.map((p) => ({
    source: paths.indexOf(p.place?.file ?? ''),
    line: p.place?.line ?? 0,
    message: p.message,
    hint: p.hint ?? '',
  }));
  return { table: phraseTableData(phrases), codes, problems };
}

function decode(text: string): ActorCodes {
  const [code, ...dated] = JSON.parse(text) as [string | null, ...[string, string | null, string | null][]];
  return { code, dated: dated.map(([c, from, to]) => ({ code: c, from, to })) };
}

/**
 * The phrase table of these actor files (in order: a later file's phrase wins), from the cache when
 * it holds them, with the files' malformed lines. `files` reads them (shared with whatever else the
 * pipeline compiles from them).
 * @throws DyadError `INPUT_NOT_FOUND` for a file that cannot be read.
 */
export function loadActorTable(paths: readonly string[], files = new ActorFiles()): { table: PhraseTable<ActorCodes>; problems: DyadError[] } {
  const key = [readerVersion(), compilerVersion(), ...paths.map((p) => files.hash(p))];
  const entry = compiledEntry('petrarch-actors', key);
  let compiled = entry ? (readCached(entry, isCompiledActors) as CompiledActors | undefined) : undefined;
  if (!compiled) {
    compiled = compile(paths, files);
    if (entry) writeCached(entry, compiled);
  }
  const { codes } = compiled;
  // An entry's codes are read the first time it is found (a few hundred of 26,000 in a long run).
  const read = new Map<number, ActorCodes>();
  const valueOf = (id: number): ActorCodes => {
    let v = read.get(id);
    if (!v) read.set(id, (v = decode(codes[id] ?? '[null]')));
    return v;
  };
  return {
    table: new PhraseTable(compiled.table, valueOf),
    problems: compiled.problems.map(
      (p) => new DyadError('DATA_PARSE', p.message, { place: { file: paths[p.source] ?? '', line: p.line }, hint: p.hint }),
    ),
  };
}
