/**
 * ICEWS coded-event rows (Dataverse layout: 20 tab-separated columns with a header) → Dyad events. The
 * row key is the Event ID with its date, since ICEWS reuses IDs across yearly files. Goldstein is the
 * row's Intensity; quad class comes from the CAMEO table. `NA` (the R exports) and empty fields both
 * mean missing; fields may be quoted.
 */
import type { Cameo } from '../../knowledge/cameo/index.js';
import type { ImportedEvent } from '../../store/import-sink.js';
import { dayOfIso } from '../_days.js';
import { ICEWS_COLUMNS } from '../detect.js';
import type { ParsedLines, RowParser } from '../importer.js';
import type { IcewsActorResolver } from './_actors.js';

const C = { id: 0, date: 1, sName: 2, sSectors: 3, sCountry: 4, code: 6, intensity: 7, tName: 8, tSectors: 9, tCountry: 10 } as const;

function field(f: string[], i: number): string {
  let v = (f[i] ?? '').trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1).replace(/""/g, '"');
  return v === 'NA' ? '' : v;
}

export function icewsParser(file: string, cameo: Cameo, actors: IcewsActorResolver): RowParser {
  const bad = (out: ParsedLines, line: number, reason: string, raw: string) => out.quarantined.push({ file, line, reason, raw });
  return {
    push(text, line, out) {
      if (text === '') return;
      const f = text.split('\t');
      if (f.length !== ICEWS_COLUMNS) return bad(out, line, `wrong column count: ${f.length}, expected ${ICEWS_COLUMNS}`, text);
      const id = field(f, C.id);
      if (line === 1 && id.toLowerCase() === 'event id') return;
      if (text.includes('\uFFFD')) return bad(out, line, 'not UTF-8 text', text);
      if (!/^\d+$/.test(id)) return bad(out, line, `Event ID is not a number: '${id}'`, text);
      const rawDate = field(f, C.date);
      const day = dayOfIso(rawDate);
      if (!day) return bad(out, line, `date does not parse: '${rawDate}'`, text);
      const code = field(f, C.code);
      if (!cameo.has(code)) return bad(out, line, `unknown CAMEO event code: '${code}'`, text);
      const entry = cameo.get(code);
      const rawIntensity = field(f, C.intensity);
      const goldstein = rawIntensity === '' ? (entry.goldsteinIcews ?? entry.goldstein) : Number(rawIntensity);
      if (!Number.isFinite(goldstein)) return bad(out, line, `Intensity is not a number: '${rawIntensity}'`, text);
      const sName = field(f, C.sName);
      const tName = field(f, C.tName);
      const s = actors.resolve(sName, field(f, C.sSectors), field(f, C.sCountry));
      const t = actors.resolve(tName, field(f, C.tSectors), field(f, C.tCountry));
      const event: ImportedEvent = {
        dataset: 'icews',
        rowKey: `${id}|${day}`,
        source: { principal: s.principal, actor: sName, actorId: `${s.kind}:${sName}` },
        target: { principal: t.principal, actor: tName, actorId: `${t.kind}:${tName}` },
        code,
        root: entry.root,
        quadClass: entry.quadClass,
        goldstein,
        date: { start: day, end: day, precision: 'day' },
        mentions: 1,
        sourceUrl: null,
        line,
      };
      out.events.push(event);
    },
    end() {},
  };
}
