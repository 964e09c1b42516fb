/** The abbreviation lists of data/segment/abbreviations.yaml, loaded once. */
import { loadDataFile } from '../../core/data-file.js';
import { dataPath } from '../../core/paths.js';

const LIST = { type: 'array', items: { type: 'string', pattern: '^[^\\s]+\\.$' } } as const;
const SCHEMA = {
  type: 'object',
  required: ['abbreviations', 'mayEndSentence'],
  additionalProperties: false,
  properties: { abbreviations: LIST, mayEndSentence: LIST },
} as const;

export interface Abbreviations {
  /** Lower case, with full stops: a sentence goes on after these. */
  all: ReadonlySet<string>;
  /** The ones that may also end a sentence: the sentence goes on only before lower case or a digit. */
  mayEnd: ReadonlySet<string>;
}

let cached: Abbreviations | undefined;

export function abbreviations(): Abbreviations {
  if (!cached) {
    const d = loadDataFile<{ abbreviations: string[]; mayEndSentence: string[] }>(
      dataPath('segment', 'abbreviations.yaml'),
      SCHEMA,
    );
    cached = { all: new Set([...d.abbreviations, ...d.mayEndSentence]), mayEnd: new Set(d.mayEndSentence) };
  }
  return cached;
}
