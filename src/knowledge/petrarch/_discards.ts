/**
 * The discard list (`Phoenix.discards.txt`): a sentence containing one of its phrases is not coded;
 * with a leading `+`, the whole story is not. A phrase ending in `_` must end at a word's end;
 * otherwise its last word is a stem. Matching ignores case.
 */
import type { DyadError } from '../../core/errors.js';
import { contentLines, lineError, phraseWords } from './_lines.js';
import type { DiscardEntry } from './_types.js';

/** Read a discard list; malformed lines are errors (file, line, what is wrong) and skipped. */
export function readDiscards(text: string, file: string): { value: DiscardEntry[]; errors: DyadError[] } {
  const errors: DyadError[] = [];
  const out: DiscardEntry[] = [];
  for (const l of contentLines(text, file, errors)) {
    let s = l.text.trim();
    const story = s.startsWith('+');
    if (story) s = s.slice(1).trim();
    if (/[[\]{}]/.test(s)) {
      errors.push(lineError(file, l.line, 'a discard phrase with a code or brackets', 'A discard is a plain phrase, + in front for the whole story.'));
      continue;
    }
    const whole = s.endsWith('_');
    const phrase = phraseWords(s);
    if (phrase.length === 0) {
      errors.push(lineError(file, l.line, "a '+' without a phrase", 'Write the phrase after the +.'));
      continue;
    }
    out.push({ phrase, story, whole, source: { file, line: l.line } });
  }
  return { value: out, errors };
}
