/**
 * The example corpus (examples/) is the team's own writing: every note carries front matter naming
 * its public source, the gold files quote the notes exactly, and no run of words from the seed brief
 * (read in place from ../shared) appears in it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { packagePath } from '../src/core/paths.js';
import { loadCameo } from '../src/knowledge/cameo/index.js';
import { sharedFile } from '../src/testing/shared.js';

const EXAMPLES = packagePath('examples');
const FRONT_MATTER = /^---\n([\s\S]*?)\n---\n/;

interface Note {
  file: string;
  text: string;
  meta: Record<string, unknown>;
  body: string;
}

function notesIn(folder: string): Note[] {
  const dir = join(EXAMPLES, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const m = FRONT_MATTER.exec(text);
      const meta = m ? ((parse(m[1] ?? '') as Record<string, unknown> | null) ?? {}) : {};
      return { file: `${folder}/${f}`, text, meta, body: m ? text.slice(m[0].length) : text };
    });
}

const serbia = notesIn('serbia-nato');
const others = notesIn('other-dyads');
/** The first held-out set: written by someone who writes no rules, and scored blind: see examples/README.md. */
const heldOut = notesIn('held-out');
/** The second held-out set, written after the first was scored, by someone who writes no rules, and scored blind: see examples/README.md. */
const heldOut2 = notesIn('held-out-2');
/** Written by someone who writes no rules before the grammar stage, and scored blind: see examples/README.md. */
const heldOut3 = notesIn('held-out-3');
/** Documents as they come (text, Markdown, HTML; with or without front matter), written before the layout work. */
const layouts: Note[] = readdirSync(join(EXAMPLES, 'layouts'))
  .filter((f) => /\.(md|txt|html)$/.test(f) && f !== 'README.md')
  .sort()
  .map((f) => {
    const text = readFileSync(join(EXAMPLES, 'layouts', f), 'utf8');
    return { file: `layouts/${f}`, text, meta: {}, body: text };
  });

test('the Serbia–NATO corpus holds 30 to 60 notes and a chronology', () => {
  const notes = serbia.filter((n) => !n.file.endsWith('chronology.md'));
  assert.ok(notes.length >= 30 && notes.length <= 60, `${notes.length} notes`);
  assert.ok(serbia.some((n) => n.file.endsWith('chronology.md')));
  assert.ok(others.length >= 6 && others.length <= 10, `${others.length} other-dyad notes`);
  assert.ok(heldOut.length >= 6, `${heldOut.length} held-out notes`);
  assert.ok(heldOut2.length >= 6, `${heldOut2.length} held-out-2 notes`);
  assert.ok(heldOut3.length >= 7, `${heldOut3.length} held-out-3 notes`);
  assert.ok(layouts.length >= 12, `${layouts.length} layout documents`);
});

test('every note has a title, an ISO published date and a named source without links', () => {
  const bad: string[] = [];
  for (const n of [...serbia, ...others, ...heldOut, ...heldOut2, ...heldOut3]) {
    const { title, published, source } = n.meta;
    if (typeof title !== 'string' || title.trim() === '') bad.push(`${n.file}: title`);
    if (typeof published !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(published)) bad.push(`${n.file}: published`);
    if (typeof source !== 'string' || source.trim().length < 10) bad.push(`${n.file}: source`);
    if (/https?:\/\//.test(n.text)) bad.push(`${n.file}: contains a link`);
    if (n.body.trim().length < 200) bad.push(`${n.file}: body too short`);
  }
  assert.deepEqual(bad, []);
});

test('the notes cover every year from 1999 to 2025 between them (by date stated in the text)', () => {
  const years = new Set<number>();
  for (const n of serbia) for (const m of n.body.matchAll(/\b(19|20)\d{2}\b/g)) years.add(Number(m[0]));
  const missing: number[] = [];
  for (let y = 1999; y <= 2025; y++) if (!years.has(y)) missing.push(y);
  assert.deepEqual(missing, []);
});

interface GoldFile {
  document: string;
  events: { id: string; code: string; alt_codes?: string[]; source: string; target: string; quote: string }[];
  indicators: { quote: string }[];
  milestones: { actor: string; org: string }[];
}

/** Every gold folder of the examples: a new set is checked as soon as it is added. */
const goldFolders = [
  'gold',
  ...readdirSync(EXAMPLES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(EXAMPLES, d.name, 'gold')))
    .map((d) => `${d.name}/gold`),
];

test('the gold folders found include every held-out set and the layouts', () => {
  for (const f of ['gold', 'held-out/gold', 'held-out-5/gold', 'layouts/gold']) assert.ok(goldFolders.includes(f), f);
});

for (const folder of goldFolders) {
  test(`gold files in ${folder}/ point at a note, quote it exactly and use CAMEO codes`, () => {
    const cameo = loadCameo();
    const dir = join(EXAMPLES, folder);
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.gold.json'));
    assert.ok(files.length >= 2, `${files.length} gold files`);
    for (const f of files) {
      const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldFile;
      const doc = readFileSync(resolve(dirname(join(dir, f)), gold.document), 'utf8');
      for (const e of gold.events) {
        assert.ok(doc.includes(e.quote), `${f} ${e.id}: quote not in ${gold.document}`);
        for (const code of [e.code, ...(e.alt_codes ?? [])]) assert.ok(cameo.has(code), `${f} ${e.id}: ${code} is no CAMEO code`);
        assert.match(`${e.source} ${e.target}`, /^[A-Z][A-Z0-9]{1,9} [A-Z][A-Z0-9]{1,9}$/, `${f} ${e.id}: principals`);
      }
      for (const i of gold.indicators) assert.ok(doc.includes(i.quote), `${f}: indicator quote not in the note`);
      assert.ok(gold.events.length + gold.milestones.length > 0, `${f} is empty`);
    }
  });
}

/** Lower-case word sequences of `n` words. */
function shingles(text: string, n: number): Set<string> {
  const words = text.toLowerCase().normalize('NFKC').match(/\p{L}+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

test('no run of eight words from the seed brief appears in the corpus', (t) => {
  const seed = sharedFile(t, 'seeds', 'serbia-nato-brief.txt');
  if (!seed) return;
  const theirs = shingles(readFileSync(seed, 'utf8'), 8);
  const copied: string[] = [];
  // Every document of every set, the later held-out sets and their READMEs included.
  const documents = readdirSync(EXAMPLES, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(md|txt|html)$/.test(f));
  assert.ok(documents.length > serbia.length + layouts.length, `${documents.length} documents`);
  for (const f of documents) {
    for (const s of shingles(readFileSync(join(EXAMPLES, f), 'utf8'), 8)) if (theirs.has(s)) copied.push(`${f}: "${s}"`);
  }
  assert.deepEqual(copied, []);
});
