/**
 * PLOVER out: a CAMEO-coded event as a PLOVER record (PLOVER 0.8's JSON field names: `id`, `date`,
 * `enddate`, `source`/`recipient` lists of actor objects with `code` and `actor_text`, `event`,
 * `mode`, `context`, `quad_code`, `event_scale`, `event_text`, `text_info`, `cite_info`, `coder`),
 * event, mode and context taken from data/plover/cameo-plover.yaml (the CAMEO2PLOVER-2021 table as
 * data). CAMEO 01 (statements) and 02 (appeals) have no PLOVER event: such an event gives no record.
 */
import type { DyadEvent, Evidence } from '../core/model.js';
import { loadDataFile } from '../core/data-file.js';
import { dataPath } from '../core/paths.js';

export interface PloverCode {
  event: string;
  mode: string | null;
  context: string[];
}

const PLOVER_SCHEMA = {
  type: 'object',
  required: ['codes'],
  additionalProperties: false,
  properties: {
    codes: {
      type: 'object',
      propertyNames: { pattern: '^[0-9]{3,4}$' },
      additionalProperties: {
        type: 'object',
        required: ['event', 'mode', 'context'],
        additionalProperties: false,
        properties: {
          event: { type: 'string', pattern: '^[A-Z]+$' },
          mode: { type: ['string', 'null'] },
          context: { type: 'array', items: { type: 'string' } },
        },
      },
    },
  },
} as const;

let table: ReadonlyMap<string, PloverCode> | undefined;

/** The CAMEO → PLOVER table (`data/plover/cameo-plover.yaml`, or `file`). */
export function loadPloverTable(file = dataPath('plover', 'cameo-plover.yaml')): ReadonlyMap<string, PloverCode> {
  const own = file === dataPath('plover', 'cameo-plover.yaml');
  if (own && table) return table;
  const raw = loadDataFile<{ codes: Record<string, PloverCode> }>(file, PLOVER_SCHEMA);
  const m = new Map(Object.entries(raw.codes));
  if (own) table = m;
  return m;
}

/** The PLOVER event, mode and context of a CAMEO code; null where PLOVER has none (01, 02). */
export function ploverOf(code: string, t: ReadonlyMap<string, PloverCode> = loadPloverTable()): PloverCode | null {
  // A code the table lacks takes its parent's (0313 → 031), as PLOVER reduces detail to the cue category.
  for (let c = code; c.length >= 3; c = c.slice(0, -1)) {
    const p = t.get(c);
    if (p) return p;
  }
  return null;
}

/** A PLOVER actor object. */
export interface PloverActor {
  code: string;
  actor_text: string;
  identifier_id?: string;
}

/** A PLOVER record (the fields Dyad fills). */
export interface PloverRecord {
  id: string;
  date: string | null;
  enddate?: string;
  source: PloverActor[];
  recipient: PloverActor[];
  event: string[];
  mode: string[];
  context: string[];
  quad_code: number;
  event_scale: number;
  event_text?: string[];
  text_info?: { start: number; end: number };
  cite_info?: { url?: string; citation?: string; codebook: string };
  coder: string;
  /** Not a PLOVER field: the CAMEO code it was converted from, so nothing is lost. */
  cameo_code: string;
}

/** What a record needs of an event: a DyadEvent from `extract`, or a stored one. */
export type PloverInput = Omit<DyadEvent, 'evidence' | 'rule' | 'confidence'> & {
  evidence: Evidence | null;
  rule?: string;
  sourceUrl?: string | null;
  documentId?: string | null;
};

function actor(side: DyadEvent['source']): PloverActor {
  return { code: side.principal, actor_text: side.actor, ...(side.actorId ? { identifier_id: side.actorId } : {}) };
}

/** The PLOVER record of an event, or null when its CAMEO code has no PLOVER event. */
export function ploverRecord(e: PloverInput, t: ReadonlyMap<string, PloverCode> = loadPloverTable()): PloverRecord | null {
  const p = ploverOf(e.code, t);
  if (!p) return null;
  const start = e.date?.start ?? null;
  const end = e.date?.end ?? null;
  const cite = e.sourceUrl ? { url: e.sourceUrl } : e.documentId ? { citation: e.documentId } : {};
  return {
    id: e.id,
    date: start,
    ...(end && end !== start ? { enddate: end } : {}),
    source: [actor(e.source)],
    recipient: [actor(e.target)],
    event: [p.event],
    mode: p.mode ? [p.mode] : [],
    context: p.context,
    quad_code: e.quadClass,
    event_scale: e.goldstein,
    ...(e.evidence ? { event_text: [e.evidence.text], text_info: { start: e.evidence.start, end: e.evidence.end } } : {}),
    cite_info: { ...cite, codebook: 'PLOVER 0.8 (CAMEO2PLOVER-2021)' },
    coder: e.rule ? `dyad ${e.rule}` : 'dyad',
    cameo_code: e.code,
  };
}
