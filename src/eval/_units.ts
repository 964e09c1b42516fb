/**
 * Indicator units as gold-format.md compares them: case folded, singular and plural alike,
 * `percent`/`per cent` → `%`, `tons`/`tonnes` → `t`; and values equal within 0.5 %.
 */

const WHOLE: Record<string, string> = {
  percent: '%',
  'per cent': '%',
  pct: '%',
  ton: 't',
  tons: 't',
  tonne: 't',
  tonnes: 't',
  'metric ton': 't',
  'metric tons': 't',
  'metric tonnes': 't',
};

function singular(word: string): string {
  if (word.length <= 3 || !word.endsWith('s') || word.endsWith('ss') || word.endsWith('us')) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  return word.slice(0, -1);
}

/** The unit in the one form the comparison uses. */
export function foldUnit(unit: string): string {
  const u = unit.trim().toLowerCase().replace(/\s+/g, ' ');
  const whole = WHOLE[u];
  if (whole) return whole;
  return u.split(' ').map(singular).join(' ');
}

/** Is `extracted` within 0.5 % of `gold`? (Exact when gold is 0.) */
export function valueFits(gold: number, extracted: number): boolean {
  return Math.abs(extracted - gold) <= Math.abs(gold) * 0.005;
}
