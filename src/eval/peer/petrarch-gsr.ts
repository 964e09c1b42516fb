/**
 * PETRARCH-2's validation records (`petrarch/PETR2_GSR_validation.xml` in ../shared/peer): real news
 * sentences with the events PETRARCH-2 codes in them, source and target included, or `noevents`.
 * PETRARCH's actor codes are read as Dyad's principals: the country code, or the organisation for
 * the intergovernmental codes Dyad names (`IGONAT…` → NATO). A code of no country (`---LEG`) stays
 * as it is and so never agrees with a principal.
 */
import type { PeerCase, PeerCoding, PeerSource } from './_types.js';

/** PETRARCH's organisation codes that Dyad writes as an organisation, longest first. */
const ORGANISATIONS: readonly [string, string][] = [
  ['IGOWSTNAT', 'NATO'],
  ['IGOEUREEC', 'EU'],
  ['IGONAT', 'NATO'],
  ['IGOEUR', 'EU'],
  ['IGOUNO', 'UN'],
];

/** The principal Dyad writes for a PETRARCH actor code. */
export function principalOf(code: string): string {
  for (const [prefix, principal] of ORGANISATIONS) if (code.startsWith(prefix)) return principal;
  return code.slice(0, 3);
}

const attr = (attrs: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`, 'i').exec(attrs)?.[1];

/** The records of the validation file's text that are to be evaluated. */
export function readPetrarchGsr(xml: string): PeerCase[] {
  const cases: PeerCase[] = [];
  // A record: <Sentence …/>, its <EventCoding …/> lines, then <Text>…</Text>.
  const record = /<Sentence\b([^>]*)>([\s\S]*?)<Text>([\s\S]*?)<\/Text>/g;
  for (let m = record.exec(xml); m; m = record.exec(xml)) {
    const attrs = m[1] ?? '';
    if (attr(attrs, 'evaluate') === 'false') continue;
    const day = /^(\d{4})(\d\d)(\d\d)$/.exec(attr(attrs, 'date') ?? '');
    const expected: PeerCoding[] = [];
    for (const c of (m[2] ?? '').matchAll(/<EventCoding\b([^>]*)>/g)) {
      const a = c[1] ?? '';
      if (/noevents="true"/i.test(a)) continue;
      const code = attr(a, 'eventcode');
      const source = attr(a, 'sourcecode');
      const target = attr(a, 'targetcode');
      if (!code || !/^\d{2,4}$/.test(code)) continue;
      expected.push({ code, source: source ? principalOf(source) : null, target: target ? principalOf(target) : null });
    }
    cases.push({
      id: attr(attrs, 'id') ?? `record ${cases.length + 1}`,
      text: (m[3] ?? '').replace(/\s+/g, ' ').trim(),
      published: day ? `${day[1]}-${day[2]}-${day[3]}` : null,
      expected,
    });
  }
  return cases;
}

export const petrarchGsr: PeerSource = {
  name: 'petrarch-gsr',
  title: "PETRARCH-2's GSR validation records (real news sentences, actors coded)",
  parts: ['peer', 'petrarch', 'PETR2_GSR_validation.xml'],
  read: readPetrarchGsr,
  targets: { rootActors: { recall: 0.4, precision: 0.55 } },
};
