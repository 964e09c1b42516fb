/**
 * What the dictionary stage takes from the team's reading of statements (data/patterns/events.yaml:
 * an act under "urged … to", "offered to", or in the future is the statement; handed over by the
 * pipeline, which compiles the team's patterns once) and from its own data
 * (data/patterns/dictionary.yaml: the acts made by announcing them).
 */
import { loadDataFile } from '../../core/data-file.js';
import { dataPath } from '../../core/paths.js';
import type { CodedStatement } from '../grammar/index.js';

export interface ClauseReading {
  /** The team's statements, in their file's order. */
  statements: readonly CodedStatement[];
  /** CAMEO roots of acts that announcing in the future makes ("will ask" is an appeal). */
  announced: ReadonlySet<string>;
}

interface DictionaryReadingFile {
  version: number;
  announced: string[];
}

export const DICTIONARY_READING_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['version', 'announced'],
  properties: {
    version: { type: 'integer' },
    announced: { type: 'array', items: { type: 'string', pattern: '^[0-9]{2}$' } },
  },
} as const;

export function loadClauseReading(statements: readonly CodedStatement[], file: string = dataPath('patterns', 'dictionary.yaml')): ClauseReading {
  const d = loadDataFile<DictionaryReadingFile>(file, DICTIONARY_READING_SCHEMA);
  return { statements, announced: new Set(d.announced) };
}
