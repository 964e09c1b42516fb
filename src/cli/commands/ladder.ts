/**
 * `dyad ladder SRB [--org NATO] [--at DATE]`: where an actor stands on each organisation's ladder at a
 * date (default today), and each step that brought it there with its evidence.
 */
import { defineCommand } from 'citty';
import { ladderStandings, principalIn, type LadderStanding } from '../../analysis/index.js';
import { checkDay } from '../../store/filters.js';
import { parseFormat, printRows, renderTable } from '../output.js';
import { cut, dbArg, formatArg, withStore } from './_store-args.js';

/** Ladder standings as text: one line per ladder, then its steps. */
export function describeStandings(standings: LadderStanding[], at: string): string {
  const out: string[] = [];
  for (const s of standings) {
    out.push(`${s.actor} on the ${s.org} ladder at ${at}: ${s.rungName} (${s.rung}, rung ${s.level} of ${s.levels - 1})${s.since ? ` since ${s.since}` : ''}`);
    const rows = s.history.map((h) => ({ day: h.day, rung: h.rung, milestone: `${h.instrument} ${h.status}`, evidence: cut(h.evidence?.text, 80) }));
    const side = s.side.map((x) => ({ day: x.day, rung: '(side)', milestone: `${x.instrument} ${x.status}`, evidence: '' }));
    if (rows.length + side.length > 0) out.push(renderTable([...rows, ...side].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0))).replace(/^/gm, '  '));
    if (s.undated) out.push(`  (${s.undated} undated milestone${s.undated > 1 ? 's' : ''} left out)`);
    out.push('');
  }
  return out.join('\n');
}

export default defineCommand({
  meta: { name: 'ladder', description: "An actor's position on each ladder (NATO, EU, CSTO, WTO, EAEU) at a date, and its history" },
  args: {
    actor: { type: 'positional', description: 'The actor (SRB)', required: true },
    org: { type: 'string', description: 'Only this organisation (NATO)', valueHint: 'ORG' },
    at: { type: 'string', description: 'The day (default today)', valueHint: 'YYYY-MM-DD' },
    db: dbArg,
    format: formatArg,
  },
  async run({ args }) {
    const format = parseFormat(args.format);
    const at = args.at ? checkDay(args.at, '--at') : new Date().toISOString().slice(0, 10);
    const standings = await withStore(args.db, 'read', async (store) => {
      const actor = await principalIn(store, args.actor, 'ACTOR');
      const org = args.org ? await principalIn(store, args.org, '--org') : undefined;
      return ladderStandings(store, { actor, ...(org ? { org } : {}), at });
    });
    if (format === 'table') process.stdout.write(`${describeStandings(standings, at)}`);
    else if (format === 'json') process.stdout.write(`${JSON.stringify(standings, null, 2)}\n`);
    else printRows(standings.map((s) => ({ actor: s.actor, org: s.org, at, rung: s.rung, level: s.level, since: s.since, steps: s.history.length })), format);
  },
});
