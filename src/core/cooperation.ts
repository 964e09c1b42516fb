/**
 * The cooperation index of a set of events: where a relationship sits between all conflict (−1) and
 * all cooperation (+1). Material acts weigh twice verbal ones, since a donation or a strike says more
 * than a statement. Both store engines and every view compute it here, so it means the same everywhere.
 */

/** Events per quad class: verbal cooperation, material cooperation, verbal conflict, material conflict. */
export type QuadCounts = readonly [number, number, number, number];

/** Weight of a verbal and a material act. */
export const VERBAL_WEIGHT = 1;
export const MATERIAL_WEIGHT = 2;

/**
 * (cooperative − conflictual) / all, weighted; 0 when there are no events.
 * @example cooperationIndex([2, 1, 1, 0]) // (2 + 2 − 1) / 5 = 0.6
 */
export function cooperationIndex(quad: QuadCounts): number {
  const [vc, mc, vk, mk] = quad;
  const coop = VERBAL_WEIGHT * vc + MATERIAL_WEIGHT * mc;
  const conflict = VERBAL_WEIGHT * vk + MATERIAL_WEIGHT * mk;
  const all = coop + conflict;
  return all === 0 ? 0 : round((coop - conflict) / all);
}

/** Round to 6 decimals: sums of doubles differ in the last bits between engines, answers must not. */
export function round(x: number, digits = 6): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
