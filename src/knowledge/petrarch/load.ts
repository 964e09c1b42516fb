/**
 * Loading the dictionaries: the bundled ones (`data/petrarch/`) and a user's own (`--verbs`,
 * `--actors`, `--agents`, `--discards`). Each file is read once and its compiled form kept in the
 * data cache (`~/.cache/dyad`, see `core/data-cache.ts`) under a hash of its text, so a later start
 * reads JSON instead of parsing 80,000 lines; an edited file simply misses. Malformed lines come back
 * as `problems` (DyadErrors with file and line); the rest of each file loads.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { cacheEntry, codeVersion, contentHash, readCached, writeCached } from '../../core/data-cache.js';
import { DyadError } from '../../core/errors.js';
import { dataPath } from '../../core/paths.js';
import { readActorDictionary } from './_actors.js';
import { readAgentDictionary } from './_agents.js';
import { readDiscards } from './_discards.js';
import type { ActorEntry, AgentEntry, DiscardEntry, VerbDictionary } from './_types.js';
import { readVerbDictionary } from './_verbs.js';

/** The four kinds of dictionary file, each a list of paths applied in order (later ones win). */
export interface DictionaryFiles {
  verbs?: string[];
  actors?: string[];
  agents?: string[];
  discards?: string[];
}

/** What the loaded files hold, in the order given (bundled first, then the user's). */
export interface PetrarchDictionaries {
  verbs: VerbDictionary[];
  actors: ActorEntry[][];
  agents: AgentEntry[][];
  discards: DiscardEntry[][];
  /** Malformed lines, skipped: each names its file and line. */
  problems: DyadError[];
}

/** The dictionaries shipped in `data/petrarch/` (see its PROVENANCE.md). */
export function bundledDictionaryFiles(): Required<DictionaryFiles> {
  const p = (f: string): string => dataPath('petrarch', f);
  return {
    verbs: [p('CAMEO.2.0.txt')],
    actors: [p('Phoenix.Countries.actors.txt'), p('Phoenix.International.actors.txt')],
    agents: [p('Phoenix.agents.txt')],
    discards: [p('Phoenix.discards.txt')],
  };
}

/** The files of one kind that load, in order: the bundled ones unless `bundled: false`, then `files`. */
export function dictionaryPaths(kind: Kind, files: DictionaryFiles = {}, options: { bundled?: boolean } = {}): string[] {
  return [...(options.bundled === false ? [] : bundledDictionaryFiles()[kind]), ...(files[kind] ?? [])];
}

/** A kind of dictionary file. */
export type Kind = keyof DictionaryFiles;
interface Compiled<T> {
  value: T;
  problems: { line: number; message: string; hint: string }[];
}

/** Bump when what a compiled entry means changes (the readers' own text is part of the key too). */
const FORMAT = 3;

let readersKey: string | undefined;
/**
 * A hash of the readers' code, part of every cache key: a changed reader reads the files again
 * rather than trusting what an older one compiled. (A compiled form made from what they read keys on
 * it too.)
 */
export function readerVersion(): string {
  return (readersKey ??= codeVersion(import.meta.url, ['_lines', '_verbs', '_actors', '_agents', '_discards']));
}

const READERS = {
  verbs: readVerbDictionary,
  actors: readActorDictionary,
  agents: readAgentDictionary,
  discards: readDiscards,
} as const;

function readDictionary(kind: Kind, path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (cause) {
    throw new DyadError('INPUT_NOT_FOUND', `cannot read the ${kind} dictionary`, { place: { file: path }, hint: 'Check the path.', cause });
  }
}

/**
 * The hash of a dictionary file's content, a key part of what is compiled from it.
 * @throws DyadError `INPUT_NOT_FOUND` naming the file.
 */
export function dictionaryHash(kind: Kind, path: string): string {
  return contentHash(readDictionary(kind, path));
}

/**
 * One dictionary file of a kind, read through the cache, with its malformed lines.
 * @throws DyadError `INPUT_NOT_FOUND` naming the file.
 */
export function loadDictionaryFile<K extends Kind>(kind: K, path: string): { value: ReturnType<(typeof READERS)[K]>['value']; problems: DyadError[] } {
  const text = readDictionary(kind, path).toString('utf8');
  const file = basename(path);
  // The marker names the reader's kind, version and the file's name (entries carry it as their source).
  const entry = cacheEntry(text, { petrarch: kind, format: FORMAT, reader: readerVersion(), file });
  const cached = entry ? (readCached(entry) as Compiled<ReturnType<(typeof READERS)[K]>['value']> | undefined) : undefined;
  const compiled =
    cached ??
    ((): Compiled<ReturnType<(typeof READERS)[K]>['value']> => {
      const { value, errors } = READERS[kind](text, file);
      const out = {
        value: value as ReturnType<(typeof READERS)[K]>['value'],
        problems: errors.map((e) => ({ line: e.place?.line ?? 0, message: e.message, hint: e.hint ?? '' })),
      };
      if (entry) writeCached(entry, out);
      // Given back as a later start reads it from the cache: JSON's own strings, not slices of the
      // file's text, which would keep the whole text alive and (a file with any letter beyond
      // Latin-1 being two bytes a character) make what is compiled from it twice the size.
      return JSON.parse(JSON.stringify(out)) as typeof out;
    })();
  return {
    value: compiled.value,
    problems: compiled.problems.map((p) => new DyadError('DATA_PARSE', p.message, { place: { file: path, line: p.line }, hint: p.hint })),
  };
}

/**
 * Load dictionaries: the bundled ones unless `bundled: false`, then `files` (each kind in the order
 * given), of every kind or of `kinds`. A file that cannot be read throws `INPUT_NOT_FOUND`; malformed
 * lines are `problems`.
 */
export function loadPetrarchDictionaries(files: DictionaryFiles = {}, options: { bundled?: boolean; kinds?: readonly Kind[] } = {}): PetrarchDictionaries {
  // Only the kinds asked for (a caller may load the large actor files when it first needs them).
  const list = (k: Kind): string[] => (options.kinds && !options.kinds.includes(k) ? [] : dictionaryPaths(k, files, options));
  const problems: DyadError[] = [];
  const load = <K extends Kind>(k: K): ReturnType<(typeof READERS)[K]>['value'][] =>
    list(k).map((path) => {
      const r = loadDictionaryFile(k, path);
      problems.push(...r.problems);
      return r.value;
    });
  return { verbs: load('verbs'), actors: load('actors'), agents: load('agents'), discards: load('discards'), problems };
}
