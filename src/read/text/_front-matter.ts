/**
 * YAML front matter of a Markdown note (`---\npublished: 2015-11-20\ntitle: …\n---`). The block is
 * blanked to spaces, not cut, so every offset in the remaining text is still the offset in the file.
 */
import { parse } from 'yaml';
import { DyadError } from '../../core/errors.js';

export interface FrontMatter {
  /** The text with the front matter blanked (same length, same line breaks). */
  text: string;
  published: string | null;
  title: string | null;
  language: string | null;
}

const BLOCK = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/;

function asDay(v: unknown): string | null {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v.trim() || null;
  return null;
}

/** Read and blank the front matter of `text`, if it has one. */
export function readFrontMatter(text: string, file: string): FrontMatter {
  const m = BLOCK.exec(text);
  if (!m) return { text, published: null, title: null, language: null };
  let data: unknown;
  try {
    data = parse(m[1] ?? '');
  } catch (cause) {
    throw new DyadError('DATA_PARSE', 'cannot parse the front matter', {
      place: { file, line: 2 },
      hint: 'Front matter is YAML between two --- lines, e.g. "published: 2015-11-20".',
      cause,
    });
  }
  const fm = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const blanked = m[0].replace(/[^\r\n]/g, ' ');
  return {
    text: blanked + text.slice(m[0].length),
    published: asDay(fm['published'] ?? fm['date']),
    title: typeof fm['title'] === 'string' ? fm['title'] : null,
    language: typeof fm['language'] === 'string' ? fm['language'] : null,
  };
}
