/**
 * CAMEO actor codes (`SRBGOV`, `IGOWSTNAT`, `IGOUNODEVWBK`) as Dyad principals, through
 * data/importers/cameo-actors.yaml (the table the GDELT importer reads): the code and its prefixes,
 * then each group part of an IGO code from the last (`WBK` → WB before `UNO` → UN), then its first three
 * letters as a country. A code that names no state or organisation Dyad knows (`NGO`, a bare `IGO`,
 * `MNCUSA`) gives ''.
 */
import { CameoActorResolver } from '../../importers/gdelt/index.js';

/** Codes that are no state: NGOs, companies, armed groups, bare sector codes. */
const NON_STATE = /^(NGO|NGM|MNC|IMG|UIS|REB|OPP|GOV|MIL|BUS|CVL|---)/;

export class PrincipalOfCode {
  private readonly resolver = new CameoActorResolver();
  private readonly memo = new Map<string, string>();

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
    this.memo.set(key, p);
    return p;
  }
}
