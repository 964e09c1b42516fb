/** The words of data/layout/vocabulary.yaml, loaded and checked once. */
import { loadDataFile } from '../../core/data-file.js';
import { dataPath } from '../../core/paths.js';

const SCHEMA = {
  type: 'object',
  required: ['publishedLabels'],
  additionalProperties: false,
  properties: { publishedLabels: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[a-z][a-z ]*[a-z]$' } } },
} as const;

export interface LayoutVocabulary {
  /** "Updated:", "Published on …": the line gives the document's date. Longest first. */
  publishedLabels: readonly string[];
}

let cached: LayoutVocabulary | undefined;

export function layoutVocabulary(): LayoutVocabulary {
  if (!cached) {
    const d = loadDataFile<{ publishedLabels: string[] }>(dataPath('layout', 'vocabulary.yaml'), SCHEMA);
    cached = { publishedLabels: [...d.publishedLabels].sort((a, b) => b.length - a.length) };
  }
  return cached;
}
