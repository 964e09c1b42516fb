/**
 * The actor dictionary files as one pipeline reads them: each file hashed and each read at most once,
 * when first asked for, and shared by everything the pipeline compiles from them (the dictionary
 * stage's phrase table, the gazetteer's Phoenix persons). A start whose compiled forms are all in the
 * cache only hashes the files; a cold one reads them once, not once per compiled form.
 */
import type { DyadError } from '../../core/errors.js';
import { dictionaryHash, loadDictionaryFile } from './load.js';
import type { ActorEntry } from './_types.js';

export class ActorFiles {
  private readonly hashes = new Map<string, string>();
  private readonly read = new Map<string, { value: ActorEntry[]; problems: DyadError[] }>();

  /**
   * The hash of a file's content, a key part of what is compiled from it.
   * @throws DyadError `INPUT_NOT_FOUND` naming the file.
   */
  hash(path: string): string {
    let h = this.hashes.get(path);
    if (h === undefined) this.hashes.set(path, (h = dictionaryHash('actors', path)));
    return h;
  }

  /**
   * The entries of these files, in order, with their malformed lines.
   * @throws DyadError `INPUT_NOT_FOUND` naming the file.
   */
  entries(paths: readonly string[]): { actors: ActorEntry[][]; problems: DyadError[] } {
    const actors: ActorEntry[][] = [];
    const problems: DyadError[] = [];
    for (const path of paths) {
      let r = this.read.get(path);
      if (!r) this.read.set(path, (r = loadDictionaryFile('actors', path)));
      actors.push(r.value);
      problems.push(...r.problems);
    }
    return { actors, problems };
  }
}
