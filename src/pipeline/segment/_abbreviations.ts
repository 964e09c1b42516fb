/** The abbreviation lists of data/segment/abbreviations.yaml, loaded once. */
import { loadDataFile } from '../../core/data-file.js';
import { dataPath } from '../../core/paths.js';

const LIST = { type: 'array', items: { type: 'string', pattern: '^[^\\s]+\\.$' } } as const;
const SCHEMA = {
  type: 'object',
  required: ['abbreviations', 'mayEndSentence', 'continuedBy'],
  additionalProperties: false,
  properties: { abbreviations: LIST, mayEndSentence: LIST, continuedBy: { type: 'array', items: { type: 'string', pattern: '^[a-z][a-z-]*$' } } },
} as const;

export interface Abbreviations {
  /** Lower case, with full stops: a sentence goes on after these. */
  all: ReadonlySet<string>;
  /** The ones that may also end a sentence: the sentence goes on only before lower case or a digit. */
  mayEnd: ReadonlySet<string>;
  /** Lower case: words that go on after one of `mayEnd` though capitalised ("the U.S. Secretary of State"). */
  continuedBy: ReadonlySet<string>;
}

let cached: Abbreviations | undefined;

export function abbreviations(): Abbreviations {
  if (!cached) {
    const d = loadDataFile<{ abbreviations: string[]; mayEndSentence: string[]; continuedBy: string[] }>(
      dataPath('segment', 'abbreviations.yaml'),
      SCHEMA,
    );
    cached = { all: new Set([...d.abbreviations, ...d.mayEndSentence]), mayEnd: new Set(d.mayEndSentence), continuedBy: new Set(d.continuedBy) };
  }
  return cached;
}
