/**
 * The discard phrases sought in a text: each is a phrase after a space (and before one, if it must
 * end a word), so every place it may stand in begins at a space of the text. The phrases are filed by
 * the three characters after their space, and the text is read once, space by space, rather than once
 * per phrase (500 of them, against a whole story's text).
 */

/** Characters after the space that file a phrase. */
const KEY = 3;

/** The number filing the `KEY` characters of `s` from `at` (NaN past its end: no phrase is filed so). */
function keyAt(s: string, at: number): number {
  return (s.charCodeAt(at) * 65536 + s.charCodeAt(at + 1)) * 65536 + s.charCodeAt(at + 2);
}

export class DiscardPhrases {
  private readonly filed = new Map<number, string[]>();
  /** Phrases too short to file, or not after a space: sought one by one. */
  private readonly others: string[] = [];

  /** @param phrases the phrases as sought: ` PHRASE` or ` PHRASE ` */
  constructor(phrases: readonly string[]) {
    for (const p of phrases) {
      if (p.length < 1 + KEY || p[0] !== ' ') {
        this.others.push(p);
        continue;
      }
      const key = keyAt(p, 1);
      const list = this.filed.get(key);
      if (list) list.push(p);
      else this.filed.set(key, [p]);
    }
  }

  /** Does `text` hold one of the phrases? (The same answer as asking `text.includes` of each.) */
  foundIn(text: string): boolean {
    for (const p of this.others) if (text.includes(p)) return true;
    if (this.filed.size === 0) return false;
    for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1)) {
      const list = this.filed.get(keyAt(text, at + 1));
      if (list) for (const p of list) if (text.startsWith(p, at)) return true;
    }
    return false;
  }
}
