/**
 * Resolves a CAMEO actor (GDELT's code, country-code and known-group columns) to the principal it acts
 * for on a date, from data/importers/cameo-actors.yaml. The candidates are tried in order — table entries
 * for the code and its prefixes (longest first), the known-group column, the country column, the code's
 * first three letters as an ISO country — and the first whose dates hold the event's day wins. The same
 * answer is handed to the bulk path as dated segments, so both paths map every row alike.
 */
import type { IsoDay } from '../../core/model.js';
import type { PrincipalSegment } from '../../store/bulk-sink.js';
import { addDays } from '../_days.js';
import { COUNTRY_PRINCIPALS, loadCameoActors, type CameoActorsFile, type CodeEntry } from '../_tables.js';

interface Candidate {
  principal: string;
  from: IsoDay | null;
  to: IsoDay | null;
}

export class CameoActorResolver {
  private readonly codes = new Map<string, CodeEntry[]>();
  private readonly groups = new Map<string, CodeEntry[]>();
  private readonly memo = new Map<string, PrincipalSegment[]>();

  constructor(table: CameoActorsFile = loadCameoActors()) {
    for (const e of table.codes) this.codes.set(e.code, [...(this.codes.get(e.code) ?? []), e]);
    for (const e of table.groups) this.groups.set(e.code, [...(this.groups.get(e.code) ?? []), e]);
  }

  /** The principal of an actor on a day ('' when nothing names one: an empty or bare-type code). */
  principalAt(code: string, country: string, group: string, day: IsoDay): string {
    for (const s of this.segments(code, country, group)) {
      if ((s.from === null || s.from <= day) && (s.to === null || day <= s.to)) return s.principal;
    }
    return '';
  }

  /** Disjoint dated segments covering every day, in the order of the candidates that gave them. */
  segments(code: string, country: string, group: string): PrincipalSegment[] {
    const key = `${code}\t${country}\t${group}`;
    let out = this.memo.get(key);
    if (!out) {
      out = disjoint(this.candidates(code, country, group));
      this.memo.set(key, out);
    }
    return out;
  }

  private candidates(code: string, country: string, group: string): Candidate[] {
    const out: Candidate[] = [];
    const add = (entries: CodeEntry[] | undefined) => {
      for (const e of entries ?? []) out.push({ principal: e.principal, from: e.from ?? null, to: e.to ?? null });
    };
    const always = (principal: string) => out.push({ principal, from: null, to: null });
    for (let n = code.length; n >= 3; n -= 3) add(this.codes.get(code.slice(0, n)));
    if (group) add(this.groups.get(group));
    if (country) {
      add(this.codes.get(country));
      if (COUNTRY_PRINCIPALS.has(country)) always(country);
    }
    const head = code.slice(0, 3);
    if (COUNTRY_PRINCIPALS.has(head)) always(head);
    // A CAMEO region (EUR, AFR, WST…) or other non-state code stays as it is: it is what the data says.
    if (country) always(country);
    return out;
  }
}

/** Cut later candidates down to the days earlier ones leave uncovered. */
function disjoint(candidates: Candidate[]): PrincipalSegment[] {
  let open: { from: IsoDay | null; to: IsoDay | null }[] = [{ from: null, to: null }];
  const out: PrincipalSegment[] = [];
  for (const c of candidates) {
    const rest: typeof open = [];
    for (const gap of open) {
      const from = later(gap.from, c.from);
      const to = earlier(gap.to, c.to);
      if (from !== null && to !== null && from > to) {
        rest.push(gap);
        continue;
      }
      out.push({ principal: c.principal, from, to });
      if (from !== null && (gap.from === null || gap.from < from)) rest.push({ from: gap.from, to: addDays(from, -1) });
      if (to !== null && (gap.to === null || to < gap.to)) rest.push({ from: addDays(to, 1), to: gap.to });
    }
    open = rest;
    if (open.length === 0) break;
  }
  return out;
}

function later(a: IsoDay | null, b: IsoDay | null): IsoDay | null {
  if (a === null) return b;
  if (b === null) return a;
  return a > b ? a : b;
}
function earlier(a: IsoDay | null, b: IsoDay | null): IsoDay | null {
  if (a === null) return b;
  if (b === null) return a;
  return a < b ? a : b;
}
