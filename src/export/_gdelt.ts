/**
 * Stored events as GDELT 2.0 export rows (61 tab-separated columns), written so that `dyad import`
 * of the file gives back the same events: a GDELT row keeps its GLOBALEVENTID and actor code, and the
 * country / known-group columns carry the principal the importer's resolver maps back. Events from
 * other sources get the CAMEO code of their principal and a stable GLOBALEVENTID from their id.
 */
import { createHash } from 'node:crypto';
import type { StoredEvent } from '../store/store.js';
import { GDELT2_LAYOUT, GDELT2_WIDTH } from '../importers/gdelt/index.js';
import { loadCameoActors } from '../importers/index.js';

/** Principal → the undated CAMEO code that names it (NATO → IGOWSTNAT), and → its known-group code. */
function reverseTables(): { code: Map<string, string>; group: Map<string, string> } {
  const t = loadCameoActors();
  const code = new Map<string, string>();
  const group = new Map<string, string>();
  for (const e of t.codes) if (!e.from && !e.to && e.code.length > 3 && !code.has(e.principal)) code.set(e.principal, e.code);
  for (const e of t.groups) if (!group.has(e.principal)) group.set(e.principal, e.code);
  return { code, group };
}

let reverse: ReturnType<typeof reverseTables> | undefined;

/** A stable positive GLOBALEVENTID for an event that has none (48 bits of its id's hash). */
export function stableEventNumber(id: string): string {
  return String(parseInt(createHash('sha256').update(id).digest('hex').slice(0, 12), 16));
}

function isGdelt(e: StoredEvent): boolean {
  return (e.dataset === 'gdelt' || e.dataset === 'gdelt1') && e.datasetRowId !== null && /^\d+$/.test(e.datasetRowId);
}

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/[\t\r\n]+/g, ' ');
}

/** The 61 fields of an event's row, or null for an undated event (GDELT rows need a day). */
export function gdeltRow(e: StoredEvent): string[] | null {
  const day = e.date?.start ?? e.date?.end ?? null;
  if (!day) return null;
  const r = (reverse ??= reverseTables());
  const f: string[] = new Array<string>(GDELT2_WIDTH).fill('');
  const L = GDELT2_LAYOUT;
  const compact = day.replace(/-/g, '');
  const year = Number(day.slice(0, 4));
  const dayOfYear = (Date.parse(`${day}T00:00:00Z`) - Date.UTC(year, 0, 1)) / 86400000 + 1;
  f[L.rowKey] = isGdelt(e) ? (e.datasetRowId ?? '') : stableEventNumber(e.id);
  f[L.date] = compact;
  f[2] = compact.slice(0, 6);
  f[3] = String(year);
  f[4] = (year + dayOfYear / 365).toFixed(4);
  const side = (ref: StoredEvent['source'], code: number, name: number, country: number, group: number) => {
    const p = ref.principal;
    const isOrgGroup = r.group.has(p);
    f[code] = isGdelt(e) ? clean(ref.actor) : (r.code.get(p) ?? (/^[A-Z]{3}$/.test(p) ? p : ''));
    f[name] = isGdelt(e) ? '' : clean(ref.actor).toUpperCase();
    f[country] = /^[A-Z]{3}$/.test(p) && !isOrgGroup ? p : '';
    f[group] = r.group.get(p) ?? '';
  };
  side(e.source, L.sourceCode, L.sourceName, L.sourceCountry, L.sourceGroup);
  side(e.target, L.targetCode, L.targetName, L.targetCountry, L.targetGroup);
  f[25] = '0';
  f[L.code] = e.code;
  f[27] = e.code.slice(0, 3);
  f[28] = e.root;
  f[L.quadClass] = String(e.quadClass);
  f[L.goldstein] = String(e.goldstein);
  f[L.mentions] = String(e.mentions);
  f[32] = '1';
  f[33] = String(e.mentions);
  f[34] = '0';
  f[L.dateAdded] = `${compact}000000`;
  f[L.sourceUrl] = clean(e.sourceUrl);
  return f;
}
