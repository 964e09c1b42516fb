/**
 * ACLED CSV rows → Dyad events. Columns are found by their header names (ACLED's exports differ in
 * order and extras); the event type and sub-event type map to a CAMEO code through
 * data/importers/acled-cameo.yaml, and Goldstein and quad class follow that code in the CAMEO table.
 * An actor's principal is the country its name carries ("Military Forces of Serbia (2012-)",
 * "Protesters (Serbia)"), else the event's country. time_precision 2 (within a week) and 3 (within a
 * month) widen the date to the week around the day and to its month.
 */
import type { DateInterval, IsoDay } from '../../core/model.js';
import type { Cameo } from '../../knowledge/cameo/index.js';
import type { ImportedEvent } from '../../store/import-sink.js';
import { addDays, dayOfLong } from '../_days.js';
import { CsvRecords, type CsvRecord } from '../_csv.js';
import type { AcledCameoFile } from '../_tables.js';
import type { ParsedLines, RowParser } from '../importer.js';

/** The columns the importer needs; the rest of ACLED's codebook columns are read past. */
export const ACLED_REQUIRED = ['event_id_cnty', 'event_date', 'event_type', 'sub_event_type', 'actor1', 'actor2', 'country'] as const;

export interface AcledParserOptions {
  file: string;
  cameo: Cameo;
  table: AcledCameoFile;
  /** Country name → principal. */
  country: (name: string) => string | null;
}

function dateOf(day: IsoDay, precision: string): DateInterval {
  if (precision === '2') return { start: addDays(day, -3), end: addDays(day, 3), precision: 'period' };
  if (precision === '3') {
    const first = `${day.slice(0, 7)}-01`;
    return { start: first, end: addDays(addDays(first, 32).slice(0, 7) + '-01', -1), precision: 'month' };
  }
  return { start: day, end: day, precision: 'day' };
}

export function acledParser(o: AcledParserOptions): RowParser {
  const records = new CsvRecords();
  let index: Map<string, number> | null = null;
  const bad = (out: ParsedLines, r: CsvRecord, reason: string) =>
    out.quarantined.push({ file: o.file, line: r.line, reason, raw: r.raw });

  const actorPrincipal = (name: string, eventCountry: string): string => {
    if (!name) return '';
    const of = /\bof ([^()]+?)\s*(\(|$)/.exec(name)?.[1];
    const paren = /\(([^()]+)\)\s*$/.exec(name)?.[1];
    for (const cand of [of, paren]) {
      const p = cand ? o.country(cand) : null;
      if (p) return p;
    }
    return o.country(eventCountry) ?? '';
  };

  const record = (r: CsvRecord, out: ParsedLines) => {
    if (!index) {
      index = new Map(r.fields.map((h, i) => [h.trim().toLowerCase(), i]));
      const missing = ACLED_REQUIRED.filter((c) => !index?.has(c));
      if (missing.length) {
        index = null;
        return bad(out, r, `not an ACLED header: missing ${missing.join(', ')}`);
      }
      return;
    }
    const idx = index;
    if (r.fields.length !== idx.size) return bad(out, r, `wrong column count: ${r.fields.length}, expected ${idx.size}`);
    const get = (name: string) => (r.fields[idx.get(name) ?? -1] ?? '').trim();
    const key = get('event_id_cnty');
    if (!key) return bad(out, r, 'event_id_cnty is empty');
    const rawDate = get('event_date');
    const day = dayOfLong(rawDate);
    if (!day) return bad(out, r, `date does not parse: '${rawDate}'`);
    const type = get('event_type');
    const sub = get('sub_event_type');
    const mapped = o.table.sub_event_types[sub] ?? o.table.event_types[type];
    if (!mapped) return bad(out, r, `unknown ACLED event type: '${type}' / '${sub}'`);
    if (!o.cameo.has(mapped.code)) return bad(out, r, `unknown CAMEO event code: '${mapped.code}'`);
    const entry = o.cameo.get(mapped.code);
    const country = get('country');
    const a1 = get('actor1');
    const a2 = get('actor2');
    const event: ImportedEvent = {
      dataset: 'acled',
      rowKey: key,
      source: { principal: actorPrincipal(a1, country), actor: a1 },
      target: { principal: actorPrincipal(a2, country), actor: a2 },
      code: entry.code,
      root: entry.root,
      quadClass: entry.quadClass,
      goldstein: entry.goldstein,
      date: dateOf(day, get('time_precision')),
      mentions: 1,
      sourceUrl: null,
      line: r.line,
    };
    out.events.push(event);
  };

  return {
    push(text, line, out) {
      if (text === '' && index) return;
      const r = records.push(text, line);
      if (r) record(r, out);
    },
    end(out) {
      const r = records.end();
      if (r) bad(out, r, 'a quoted field is never closed');
    },
  };
}
