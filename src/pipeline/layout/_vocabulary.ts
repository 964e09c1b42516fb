/** The words of data/layout/vocabulary.yaml, loaded and checked once. */
import { loadDataFile } from '../../core/data-file.js';
import { dataPath } from '../../core/paths.js';

const WORDS = { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[a-z][a-z -]*[a-z]$' } } as const;
const MARKS = { type: 'array', minItems: 1, items: { type: 'string', minLength: 1, pattern: '^\\S(?:.*\\S)?$' } } as const;

const SCHEMA = {
  type: 'object',
  required: ['publishedLabels', 'pressReleaseMarks', 'bylineOpeners', 'chronologyMarks', 'entryOpeners', 'subjectJoiners', 'subjectWords', 'linkListHeadings'],
  additionalProperties: false,
  properties: {
    publishedLabels: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[a-z][a-z ]*[a-z]$' } },
    pressReleaseMarks: WORDS,
    bylineOpeners: WORDS,
    chronologyMarks: WORDS,
    entryOpeners: WORDS,
    subjectJoiners: MARKS,
    subjectWords: WORDS,
    linkListHeadings: WORDS,
  },
} as const;

export interface LayoutVocabulary {
  /** "Updated:", "Published on …": the line gives the document's date. Longest first. */
  publishedLabels: readonly string[];
  /** "Press release", "News release": a press release. */
  pressReleaseMarks: readonly string[];
  /** "By …" opening a short line near the top: a byline, so a news report. */
  bylineOpeners: readonly string[];
  /** "Timeline", "Key dates" in a heading: a chronology. */
  chronologyMarks: readonly string[];
  /** "On" before a chronology entry's date ("- On June 12, …"). */
  entryOpeners: readonly string[];
  /** What joins the two sides of a subject heading ("and", "–", "/"). Longest first. */
  subjectJoiners: readonly string[];
  /** Words a subject heading may hold around its two sides ("timeline of", "relations"). Longest first. */
  subjectWords: readonly string[];
  /** "Related coverage", "Read more": a line of only these heads a list of links to other stories. */
  linkListHeadings: readonly string[];
}

type File = { [K in keyof LayoutVocabulary]: string[] };

let cached: LayoutVocabulary | undefined;

const longestFirst = (xs: readonly string[]): string[] => [...xs].sort((a, b) => b.length - a.length);

export function layoutVocabulary(): LayoutVocabulary {
  if (!cached) {
    const d = loadDataFile<File>(dataPath('layout', 'vocabulary.yaml'), SCHEMA);
    cached = {
      publishedLabels: longestFirst(d.publishedLabels),
      pressReleaseMarks: d.pressReleaseMarks,
      bylineOpeners: longestFirst(d.bylineOpeners),
      chronologyMarks: d.chronologyMarks,
      entryOpeners: d.entryOpeners,
      subjectJoiners: longestFirst(d.subjectJoiners),
      subjectWords: longestFirst(d.subjectWords),
      linkListHeadings: longestFirst(d.linkListHeadings),
    };
  }
  return cached;
}

/** A vocabulary phrase as a regular-expression source: its characters literal, any run of space between its words. */
export const phraseSource = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
