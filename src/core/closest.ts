/**
 * The closest words to a misspelt one, for "did you mean …" hints: an unknown option, command, country
 * or organisation. Edit distance (Levenshtein) on case- and accent-folded text.
 */

/** Lower case without accents: `Côte` → `cote`. */
export function foldName(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/**
 * Up to `n` candidates closest to `word`: those within a third of its length in edits (at least 2),
 * or that begin with it, nearest first.
 * @example closest('evnts', ['events', 'export', 'eval']) // ['events']
 */
export function closest(word: string, candidates: Iterable<string>, n = 3): string[] {
  const w = foldName(word);
  const max = Math.max(2, Math.floor(w.length / 3));
  const scored: [string, number][] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (seen.has(c)) continue;
    seen.add(c);
    const f = foldName(c);
    const d = w.length >= 3 && f.startsWith(w) ? 0.5 : editDistance(w, f, max);
    if (d <= max) scored.push([c, d]);
  }
  return scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, n).map(([c]) => c);
}
