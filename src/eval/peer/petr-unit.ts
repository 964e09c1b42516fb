/**
 * PETRARCH's own mechanics test: the 284 unit-test records of PETRARCH-2
 * (`PETR.UnitTest.records.xml`) coded with the four `PETR.Validate.*` dictionaries they were written
 * against (fictional actors, WEIS-era codes) instead of the bundled ones. Each record's text goes
 * through the pipeline's normalise and segment stages and then the dictionary coder — not through
 * the record's Treebank parse. Scores: expected (source, target, code) triples found, per category and
 * in all; records fully right; every failed record with what was expected and what was coded.
 *
 * `npm run eval:petr-unit [-- --dir ../shared/peer/petrarch] [--json]`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sharedPath } from '../../core/paths.js';
import { loadPetrarchDictionaries } from '../../knowledge/petrarch/index.js';
import { buildActorFinder, buildVerbIndex, codeSentence, findActors, WordForms } from '../../pipeline/dictionary/index.js';
import { normalise } from '../../pipeline/normalise/index.js';
import { segmentText } from '../../pipeline/segment/index.js';

export interface UnitRecord {
  id: string;
  category: string;
  /** ISO day. */
  date: string | null;
  text: string;
  /** Expected `source target code` triples (a missing part is ''). */
  expected: string[];
  /** The record expects no event (`noevents="True"`) or an error/discard. */
  none: boolean;
}

export interface UnitResult extends UnitRecord {
  coded: string[];
  /** Expected triples coded. */
  found: number;
  pass: boolean;
}

export interface PetrUnitReport {
  records: UnitResult[];
  /** Per category: records, passed, expected triples, found. */
  categories: Record<string, { records: number; passed: number; triples: number; found: number }>;
  triples: number;
  found: number;
  coded: number;
  /** Found / expected triples. */
  recall: number;
  /** Coded triples that were expected / all coded. */
  precision: number;
}

function attr(s: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(s)?.[1];
}

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The records of a PETRARCH validation file (its `<Sentence>` elements). */
export function readUnitRecords(xml: string): UnitRecord[] {
  const out: UnitRecord[] = [];
  for (const m of xml.matchAll(/<Sentence\b([^>]*)>([\s\S]*?)<\/Sentence>/g)) {
    const head = m[1] ?? '';
    const body = m[2] ?? '';
    const d = attr(head, 'date');
    const text = /<Text>([\s\S]*?)<\/Text>/.exec(body)?.[1];
    if (text === undefined) continue;
    const expected: string[] = [];
    let none = false;
    for (const c of body.matchAll(/<EventCoding\b([^>]*)>/g)) {
      const a = c[1] ?? '';
      // No event, an expected error, or a coding with every field empty (the file's way of saying none).
      if (attr(a, 'noevents') === 'True' || attr(a, 'error') !== undefined || !(attr(a, 'eventcode') ?? '')) {
        none = true;
        continue;
      }
      expected.push(`${attr(a, 'sourcecode') ?? ''} ${attr(a, 'targetcode') ?? ''} ${attr(a, 'eventcode') ?? ''}`);
    }
    out.push({
      id: attr(head, 'id') ?? '?',
      category: attr(head, 'category') ?? '?',
      date: d && /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}` : null,
      text: unescape(text.replace(/\s+/g, ' ').trim()),
      expected,
      none,
    });
  }
  return out;
}

/** Code every record with the validation dictionaries in `dir` and score it. */
export function runPetrUnit(dir: string): PetrUnitReport {
  const dicts = loadPetrarchDictionaries(
    {
      verbs: [join(dir, 'PETR.Validate.verbs.txt')],
      actors: [join(dir, 'PETR.Validate.actors.txt')],
      agents: [join(dir, 'PETR.Validate.agents.txt')],
      discards: [join(dir, 'PETR.Validate.discards.txt')],
    },
    { bundled: false },
  );
  const index = buildVerbIndex(dicts.verbs);
  const forms = new WordForms(index);
  const finder = buildActorFinder(dicts.actors, dicts.agents);
  const discards = dicts.discards.flat();
  const records = readUnitRecords(readFileSync(join(dir, 'PETR.UnitTest.records.xml'), 'utf8'));
  const results: UnitResult[] = [];
  const categories: PetrUnitReport['categories'] = {};
  let triples = 0;
  let found = 0;
  let coded = 0;
  let codedRight = 0;
  for (const r of records) {
    const upper = ` ${r.text.toUpperCase()}`;
    const discarded = discards.some((d) => upper.includes(` ${d.phrase.join(' ')}${d.whole ? ' ' : ''}`));
    const out: string[] = [];
    if (!discarded)
      for (const s of segmentText(normalise(r.text).text)) {
        const words = forms.wordsOf(s.tokens);
        const actors = findActors(finder, words, r.date);
        for (const e of codeSentence(index, words, actors)) out.push(`${e.source.codes[0] ?? ''} ${e.target.codes[0] ?? ''} ${e.code}`);
      }
    const coded1 = [...new Set(out)];
    const left = [...coded1];
    let hit = 0;
    for (const t of r.expected) {
      const k = left.indexOf(t);
      if (k >= 0) {
        hit++;
        left.splice(k, 1);
      }
    }
    const pass = r.expected.length > 0 ? hit === r.expected.length && left.length === 0 : coded1.length === 0;
    results.push({ ...r, coded: coded1, found: hit, pass });
    const c = (categories[r.category] ??= { records: 0, passed: 0, triples: 0, found: 0 });
    c.records++;
    if (pass) c.passed++;
    c.triples += r.expected.length;
    c.found += hit;
    triples += r.expected.length;
    found += hit;
    coded += coded1.length;
    codedRight += coded1.length - left.length;
  }
  return {
    records: results,
    categories,
    triples,
    found,
    coded,
    recall: triples ? found / triples : 1,
    precision: coded ? codedRight / coded : 1,
  };
}

/** The report as text: categories, totals, then every failed record. */
export function formatPetrUnit(r: PetrUnitReport): string {
  const lines: string[] = ['category    records  passed  triples  found  found %'];
  for (const [name, c] of Object.entries(r.categories).sort()) {
    lines.push(`${name.padEnd(10)}  ${String(c.records).padStart(7)}  ${String(c.passed).padStart(6)}  ${String(c.triples).padStart(7)}  ${String(c.found).padStart(5)}  ${(c.triples ? (100 * c.found) / c.triples : 100).toFixed(1).padStart(7)}`);
  }
  const passed = r.records.filter((x) => x.pass).length;
  lines.push(`all         ${String(r.records.length).padStart(7)}  ${String(passed).padStart(6)}  ${String(r.triples).padStart(7)}  ${String(r.found).padStart(5)}  ${(100 * r.recall).toFixed(1).padStart(7)}`);
  lines.push(`expected triples found: ${(100 * r.recall).toFixed(1)} %; coded triples expected: ${(100 * r.precision).toFixed(1)} % (${r.coded} coded)`);
  lines.push('', 'failed records:');
  for (const x of r.records)
    if (!x.pass) lines.push(`${x.id} [${x.category}] ${x.text}`, `    expected: ${x.none ? '(none)' : x.expected.join('; ')}`, `    coded:    ${x.coded.join('; ') || '(none)'}`);
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--dir');
  const dir = at >= 0 ? args[at + 1] : sharedPath('peer', 'petrarch');
  if (!dir) {
    process.stderr.write('dyad: the PETRARCH records are in ../shared/peer/petrarch; give --dir DIR elsewhere\n');
    process.exit(2);
  }
  const report = runPetrUnit(dir);
  process.stdout.write(`${args.includes('--json') ? JSON.stringify(report, null, 2) : formatPetrUnit(report)}\n`);
}
