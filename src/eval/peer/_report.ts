/** The peer scores as text: a table of levels, one of roots, then every miss and false alarm with its sentence. */
import { rate } from './_score.js';
import type { Level, PeerScore, Ratio } from './_types.js';

const LEVEL_NAMES: Record<Level, string> = {
  root: 'root',
  code: 'full code',
  rootActors: 'root, both actors right',
  codeActors: 'code, both actors right',
};

const pct = (r: Ratio): string => `${rate(r).toFixed(3)} (${r.hits}/${r.of})`;

/** The report of one source; `details` adds every miss and false alarm. */
export function renderPeerScore(s: PeerScore, details = true): string {
  const out: string[] = [`${s.source} — ${s.title}: ${s.cases} texts`];
  out.push(`  ${'level'.padEnd(26)}${'recall'.padEnd(20)}precision`);
  for (const [level, v] of Object.entries(s.levels) as [Level, NonNullable<PeerScore['levels'][Level]>][]) {
    out.push(`  ${LEVEL_NAMES[level].padEnd(26)}${pct(v.recall).padEnd(20)}${pct(v.precision)}`);
  }
  if (s.quiet.of > 0) out.push(`  texts with no event coded, read as none: ${s.quiet.hits}/${s.quiet.of}`);
  const actors = s.levels.rootActors !== undefined;
  out.push('', `  root  expected  found${actors ? '  +actors' : ''}   read  right`);
  for (const [root, r] of [...s.roots].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(
      `  ${root.padEnd(4)}  ${String(r.expected).padStart(8)}  ${String(r.root).padStart(5)}${actors ? String(r.rootActors).padStart(9) : ''}  ${String(r.read).padStart(5)}  ${String(r.readRight).padStart(5)}`,
    );
  }
  if (details) {
    out.push('', `  misses (${s.misses.length}):`);
    for (const m of s.misses) {
      const who = m.expected.source !== null ? ` ${m.expected.source}→${m.expected.target}` : '';
      out.push(`  - [${m.id}] expected ${m.expected.code}${who}; read ${m.found.length > 0 ? m.found.join(', ') : 'nothing'}; missed at ${m.levels.join(', ')}`);
      out.push(`      ${m.text}`);
    }
    out.push('', `  events read with no coding of their root (${s.falseAlarms.length}):`);
    for (const f of s.falseAlarms) {
      const exp = f.expected.length > 0 ? f.expected.map((x) => x.code).join(', ') : 'no event';
      out.push(`  - [${f.id}] read ${f.event.code} ${f.event.source}→${f.event.target}; coded ${exp}`);
      out.push(`      ${f.text}`);
    }
  }
  return out.join('\n');
}
