/**
 * GDELT 1.0 / 2.0 event rows → Dyad events. Codes stay strings ("040"); Goldstein, quad class, mention
 * count and SOURCEURL are kept as GDELT gives them (an empty Goldstein or quad class falls back on the
 * CAMEO table); the principal comes from the actor resolver at the event's day. A row that cannot be
 * trusted — wrong column count, a day that is not a date, a code CAMEO does not have — is quarantined
 * with its line and the reason.
 */
import type { QuadClass } from '../../core/model.js';
import type { Cameo } from '../../knowledge/cameo/index.js';
import type { Dataset } from '../../store/store.js';
import type { ImportedEvent } from '../../store/import-sink.js';
import { dayOfCompact } from '../_days.js';
import type { ParsedLines, RowParser } from '../importer.js';
import type { CameoActorResolver } from './_actors.js';
import type { GdeltLayout } from './_layout.js';

export interface GdeltParserOptions {
  file: string;
  dataset: Dataset;
  layout: GdeltLayout;
  cameo: Cameo;
  actors: CameoActorResolver;
}

/** Why a row is quarantined; the text goes in the quarantine table's `reason`. */
export const REASONS = {
  columns: (n: number, want: readonly number[]) => `wrong column count: ${n}, expected ${want.join(' or ')}`,
  encoding: () => 'not UTF-8 text',
  key: (v: string) => `GLOBALEVENTID is not a number: '${v}'`,
  date: (v: string) => `date does not parse: '${v}'`,
  code: (v: string) => `unknown CAMEO event code: '${v}'`,
  quad: (v: string) => `quad class is not 1-4: '${v}'`,
  goldstein: (v: string) => `Goldstein value is not a number: '${v}'`,
  mentions: (v: string) => `mention count is not a number: '${v}'`,
} as const;

export function gdeltParser(o: GdeltParserOptions): RowParser {
  const L = o.layout;
  const bad = (out: ParsedLines, line: number, reason: string, raw: string) =>
    out.quarantined.push({ file: o.file, line, reason, raw });
  return {
    push(text, line, out) {
      if (text === '') return;
      const f = text.split('\t');
      if (!L.columns.includes(f.length)) return bad(out, line, REASONS.columns(f.length, L.columns), text);
      if (text.includes('\uFFFD')) return bad(out, line, REASONS.encoding(), text);
      const key = f[L.rowKey] ?? '';
      if (!/^\d+$/.test(key)) return bad(out, line, REASONS.key(key), text);
      const rawDate = f[L.date] ?? '';
      const day = dayOfCompact(rawDate);
      if (!day) return bad(out, line, REASONS.date(rawDate), text);
      const code = f[L.code] ?? '';
      const entry = o.cameo.has(code) ? o.cameo.get(code) : null;
      if (!entry) return bad(out, line, REASONS.code(code), text);
      const q = f[L.quadClass] ?? '';
      const quadClass = q === '' ? entry.quadClass : Number(q);
      if (!(quadClass === 1 || quadClass === 2 || quadClass === 3 || quadClass === 4)) return bad(out, line, REASONS.quad(q), text);
      const g = f[L.goldstein] ?? '';
      const goldstein = g === '' ? entry.goldstein : Number(g);
      if (!Number.isFinite(goldstein)) return bad(out, line, REASONS.goldstein(g), text);
      const m = f[L.mentions] ?? '';
      const mentions = m === '' ? 1 : Number(m);
      if (!Number.isInteger(mentions)) return bad(out, line, REASONS.mentions(m), text);
      const sCode = f[L.sourceCode] ?? '';
      const tCode = f[L.targetCode] ?? '';
      const event: ImportedEvent = {
        dataset: o.dataset,
        rowKey: key,
        source: {
          principal: o.actors.principalAt(sCode, f[L.sourceCountry] ?? '', f[L.sourceGroup] ?? '', day),
          actor: sCode,
        },
        target: {
          principal: o.actors.principalAt(tCode, f[L.targetCountry] ?? '', f[L.targetGroup] ?? '', day),
          actor: tCode,
        },
        code,
        root: code.slice(0, 2),
        quadClass: quadClass as QuadClass,
        goldstein,
        date: { start: day, end: day, precision: 'day' },
        mentions,
        sourceUrl: f[L.sourceUrl] || null,
        line,
      };
      out.events.push(event);
    },
    end() {},
  };
}
