/**
 * Stages depend only on the stages before them in `createStages`' order (those after grammar on
 * grammar, not on each other), and hand each other state through `DocumentContext`, not through
 * module-level maps keyed by a document's objects.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { packagePath } from '../core/paths.js';
import { createStages } from './extract.js';

const PIPELINE = packagePath('src', 'pipeline');
const folders = readdirSync(PIPELINE).filter((f) => statSync(join(PIPELINE, f)).isDirectory());
const sources = (folder: string): string[] =>
  readdirSync(join(PIPELINE, folder)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
const read = (...path: string[]): string => readFileSync(join(PIPELINE, ...path), 'utf8');

/** The pipeline folders another module's source imports from (`'../grammar/index.js'` → grammar). */
function importedFolders(source: string): Set<string> {
  const out = new Set<string>();
  for (const m of source.matchAll(/\bfrom\s+'\.\.\/([\w-]+)\/[^']*'/g)) if (m[1]) out.add(m[1]);
  return out;
}

/**
 * Each folder's place in the stage order: the stage of its name, else the stage whose `run` extract.ts
 * builds from a function the folder exports (`subject` runs layout's `subjectStage`). A folder that
 * runs no stage (normalise, shared modules) comes before them all.
 */
function folderRanks(): Map<string, number> {
  const names = createStages({ dictionaryStage: false }).map((s) => s.name);
  const extract = read('extract.ts');
  const ranks = new Map<string, number>();
  names.forEach((name, rank) => {
    if (folders.includes(name)) return void ranks.set(name, rank);
    const run = new RegExp(`name: '${name}',\\s*run:\\s*(\\w+)`).exec(extract)?.[1];
    assert.ok(run, `extract.ts builds the '${name}' stage from a function it imports`);
    const from = new RegExp(`import \\{[^}]*\\b${run}\\b[^}]*\\} from '\\./([\\w-]+)/`).exec(extract)?.[1];
    assert.ok(from && folders.includes(from), `'${run}' of the '${name}' stage is imported from a pipeline folder`);
    ranks.set(from, rank);
  });
  for (const f of folders) if (!ranks.has(f)) ranks.set(f, -1);
  return ranks;
}

describe('the stages depend on earlier stages only', () => {
  it('no module of a stage imports a stage that runs after it', () => {
    const ranks = folderRanks();
    const later: string[] = [];
    let links = 0;
    for (const folder of folders) {
      for (const file of sources(folder)) {
        for (const other of importedFolders(read(folder, file))) {
          if (other === folder || !ranks.has(other)) continue;
          links++;
          if ((ranks.get(other) ?? -1) >= (ranks.get(folder) ?? -1)) later.push(`${folder}/${file} imports ${other}`);
        }
      }
    }
    // The stages do read each other (events read grammar): the check looked at real imports.
    assert.ok(links > 0);
    assert.deepEqual(later, []);
  });

  it('the stages after grammar read grammar, not each other', () => {
    const ranks = folderRanks();
    const grammar = ranks.get('grammar') ?? Infinity;
    const crossed: string[] = [];
    for (const folder of folders) {
      if ((ranks.get(folder) ?? -1) <= grammar) continue;
      for (const file of sources(folder)) {
        for (const other of importedFolders(read(folder, file))) {
          if (other !== folder && (ranks.get(other) ?? -1) > grammar) crossed.push(`${folder}/${file} imports ${other}`);
        }
      }
    }
    assert.deepEqual(crossed, []);
  });

  it('no module-level map carries a document, a sentence or a reading of them from one stage to another', () => {
    const PER_DOCUMENT = /^(?:export\s+)?(?:const|let)\s+\w+\s*(?::[^=]*)?=\s*new\s+(?:Weak)?Map<\s*(?:DocumentContext|Sentence|SentenceView|SentenceDating)\b/m;
    const found: string[] = [];
    for (const folder of folders) for (const file of sources(folder)) if (PER_DOCUMENT.test(read(folder, file))) found.push(`${folder}/${file}`);
    assert.ok(existsSync(join(PIPELINE, 'types.ts')));
    assert.deepEqual(found, []);
  });
});
