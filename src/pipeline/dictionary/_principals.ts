/**
 * CAMEO actor codes (`SRBGOV`, `IGOWSTNAT`, `IGOUNODEVWBK`) as Dyad principals, through
 * data/importers/cameo-actors.yaml (the table the GDELT importer reads): the code and its prefixes,
 * then each group part of an IGO code from the last (`WBK` → WB before `UNO` → UN), then its first three
 * letters as a country; then the table's generic codes (`IGOAFRECA` → IGO, `NGOHRI` → NGO): an
 * organisation of the field's kind that Dyad names no further. A code that names none of these
 * (`MNCUSA`, `REB`) gives ''.
 */
import { CameoActorResolver } from '../../importers/gdelt/index.js';
import { loadCameoActors } from '../../importers/index.js';

/** Codes that are no state: NGOs, companies, armed groups, bare sector codes. */
const NON_STATE = /^(NGO|NGM|MNC|IMG|UIS|REB|OPP|GOV|MIL|BUS|CVL|---)/;

export class PrincipalOfCode {
  private readonly resolver = new CameoActorResolver();
  private readonly memo = new Map<string, string>();
  private readonly generic = [...(loadCameoActors().generic ?? [])].sort((a, b) => b.code.length - a.code.length);

  /** The principal of `code` on `day` ('' when none). */
  at(code: string, day: string): string {
    const key = `${code}\t${day}`;
    let p = this.memo.get(key);
    if (p !== undefined) return p;
    p = '';
    if (code.startsWith('IGO')) {
      // The most specific group first (WBK before UNO), then the table's entries for the code's prefixes.
      for (let n = code.length - 3; n >= 3 && !p; n -= 3) p = this.resolver.principalAt('', '', code.slice(n, n + 3), day);
      if (!p) p = this.resolver.principalAt(code, '', '', day);
    } else if (!NON_STATE.test(code)) p = this.resolver.principalAt(code, '', '', day);
    if (!p) p = this.generic.find((g) => code.startsWith(g.code))?.principal ?? '';
    this.memo.set(key, p);
    return p;
  }
}
