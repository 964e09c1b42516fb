/**
 * Who a person acts for on a date: the role held then, preferring the office and the country the
 * text names beside the name ("Prime Minister Vučić", "the Kosovo President Hashim Thaci").
 */
import { overlap, type DaySpan, type PersonEntry, type RoleTitle } from '../../knowledge/gazetteer/index.js';

export interface RoleHints {
  titles?: readonly RoleTitle[];
  principal?: string | null;
}

/**
 * The principal a person acts for over `span`, or null when the gazetteer cannot say. When no role
 * covers `span`, the role held over `fallback` (the document's date) decides, then the nearest role.
 */
export function personPrincipal(person: PersonEntry, span: DaySpan, hints: RoleHints = {}, fallback: DaySpan | null = null): string | null {
  return roleAt(person, span, hints) ?? (fallback ? roleAt(person, fallback, hints) : null) ?? outsideRoles(person, span, hints);
}

function roleAt(person: PersonEntry, span: DaySpan, hints: RoleHints): string | null {
  let best: { principal: string; score: number; days: number } | null = null;
  for (const role of person.roles) {
    const days = overlap(role.span, span);
    if (days <= 0) continue;
    const score = (hints.titles?.includes(role.title) ? 2 : 0) + (hints.principal === role.principal ? 1 : 0);
    if (!best || score > best.score || (score === best.score && days > best.days)) {
      best = { principal: role.principal, score, days };
    }
  }
  return best?.principal ?? null;
}

function outsideRoles(person: PersonEntry, span: DaySpan, hints: RoleHints): string | null {
  if (hints.principal) return hints.principal;
  // No role at that date: the one principal the person ever served, else the nearest role in time.
  const principals = new Set(person.roles.map((r) => r.principal));
  if (principals.size === 1) return [...principals][0]!;
  let nearest: { principal: string; gap: number } | null = null;
  for (const role of person.roles) {
    const gap = Math.max(role.span.from - span.to, span.from - role.span.to);
    if (!nearest || gap < nearest.gap) nearest = { principal: role.principal, gap };
  }
  return nearest?.principal ?? null;
}
