/** Whether a word begins with a capital, the regular expression spared where it can be. */

const UPPER_START = /^\p{Lu}/u;

/**
 * Does `word` begin with a capital (`/^\p{Lu}/u`)? An ASCII first character is answered without
 * the regular expression: most words of a text are ASCII, and the test runs per token.
 */
export function startsUpper(word: string): boolean {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(word);
}
