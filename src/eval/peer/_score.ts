/**
 * Scoring extractions against the field's codings. Recall counts expected codings: one is found at
 * a level when some event of the sentence agrees with it there (same root; same code; and, at the
 * actor levels, the same source and target principals). Precision counts the events read: one is
 * right at a level when it agrees so with some expected coding of its sentence. A text the field says
 * holds no event counts towards `quiet` and its events are false alarms at every level.
 */
import type { Level, LevelScore, PeerCase, PeerCoding, PeerEvent, PeerScore } from './_types.js';

/** Does event `e` agree with coding `c` at `level`? */
export function agrees(e: PeerEvent, c: PeerCoding, level: Level): boolean {
  const codeRight = level === 'root' || level === 'rootActors' ? e.root === c.code.slice(0, 2) : e.code === c.code;
  if (!codeRight) return false;
  if (level === 'root' || level === 'code') return true;
  return c.source !== null && c.target !== null && e.source === c.source && e.target === c.target;
}

const ALL_LEVELS: readonly Level[] = ['root', 'code', 'rootActors', 'codeActors'];

function emptyLevel(): LevelScore {
  return { recall: { hits: 0, of: 0 }, precision: { hits: 0, of: 0 } };
}

/** Score `cases`, reading each with `read` (the extractor's events of a text). */
export function scoreCases(
  source: { name: string; title: string },
  cases: readonly PeerCase[],
  read: (c: PeerCase) => PeerEvent[],
): PeerScore {
  const withActors = cases.some((c) => c.expected.some((x) => x.source !== null && x.target !== null));
  const levels: Level[] = withActors ? [...ALL_LEVELS] : ['root', 'code'];
  const score: PeerScore = {
    source: source.name,
    title: source.title,
    cases: cases.length,
    levels: Object.fromEntries(levels.map((l) => [l, emptyLevel()])),
    roots: new Map(),
    quiet: { hits: 0, of: 0 },
    misses: [],
    falseAlarms: [],
  };
  const rootRow = (root: string) => {
    let r = score.roots.get(root);
    if (!r) score.roots.set(root, (r = { expected: 0, root: 0, rootActors: 0, read: 0, readRight: 0 }));
    return r;
  };
  for (const c of cases) {
    const events = read(c);
    const found = events.map((e) => `${e.code} ${e.source}→${e.target}`);
    if (c.expected.length === 0) {
      score.quiet.of++;
      if (events.length === 0) score.quiet.hits++;
    }
    for (const x of c.expected) {
      const row = rootRow(x.code.slice(0, 2));
      row.expected++;
      const missed: Level[] = [];
      for (const level of levels) {
        if ((level === 'rootActors' || level === 'codeActors') && (x.source === null || x.target === null)) continue;
        const s = score.levels[level] as LevelScore;
        s.recall.of++;
        if (events.some((e) => agrees(e, x, level))) {
          s.recall.hits++;
          if (level === 'root') row.root++;
          if (level === 'rootActors') row.rootActors++;
        } else missed.push(level);
      }
      if (missed.length > 0) score.misses.push({ id: c.id, text: c.text, expected: x, found, levels: missed });
    }
    for (const e of events) {
      const row = rootRow(e.root);
      row.read++;
      for (const level of levels) {
        const s = score.levels[level] as LevelScore;
        s.precision.of++;
        if (c.expected.some((x) => agrees(e, x, level))) s.precision.hits++;
      }
      if (c.expected.some((x) => agrees(e, x, 'root'))) row.readRight++;
      else score.falseAlarms.push({ id: c.id, text: c.text, event: e, expected: c.expected });
    }
  }
  return score;
}

/** hits / of, or 0 for an empty whole. */
export function rate(r: { hits: number; of: number }): number {
  return r.of === 0 ? 0 : r.hits / r.of;
}
