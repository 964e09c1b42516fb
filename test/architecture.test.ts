/**
 * The source layout shows the architecture: the parts of src/ (core, read, pipeline, store, …) depend
 * on each other in one direction only, and a part uses another through its public modules, never
 * through the `_`-prefixed files that are its own business. Read from the sources' import lines.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { packagePath } from '../src/core/paths.js';

const SRC = packagePath('src');

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts') && !p.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

/** Each relative import of each source (static, re-export, side effect and dynamic), as the file it names. */
function imports(): { from: string; to: string }[] {
  const out: { from: string; to: string }[] = [];
  for (const file of sources(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(?\s*)'(\.{1,2}\/[^']+)'/g)) {
      if (m[1]) out.push({ from: file, to: resolve(dirname(file), m[1]).replace(/\.js$/, '.ts') });
    }
  }
  return out;
}

/** The part of src/ a file belongs to: its first folder below src/. */
const partOf = (file: string): string => relative(SRC, file).split(sep)[0] ?? '';

test('the parts of src/ depend on each other in one direction only', () => {
  const edges = new Map<string, Set<string>>();
  const found = imports();
  for (const { from, to } of found) {
    const a = partOf(from);
    const b = partOf(to);
    if (a === b || !a.length || b.endsWith('.ts')) continue;
    if (!edges.has(a)) edges.set(a, new Set());
    edges.get(a)?.add(b);
  }
  // The check looked at real links between parts (the pipeline reads the knowledge, the CLI the store).
  assert.ok(edges.get('pipeline')?.has('knowledge') && edges.get('cli')?.has('store'));
  const reaches = (a: string, b: string, seen = new Set<string>()): boolean => {
    if (a === b) return true;
    if (seen.has(a)) return false;
    seen.add(a);
    return [...(edges.get(a) ?? [])].some((n) => reaches(n, b, seen));
  };
  const both: string[] = [];
  for (const [a, next] of edges) for (const b of next) if (reaches(b, a)) both.push(`${a} → ${b} → … → ${a}`);
  assert.deepEqual(both, []);
});

test("no module imports another folder's `_` files from outside that folder", () => {
  const reaching: string[] = [];
  for (const { from, to } of imports()) {
    const name = to.slice(to.lastIndexOf(sep) + 1);
    if (!name.startsWith('_')) continue;
    const owner = dirname(to);
    const here = dirname(from);
    if (here === owner || here.startsWith(owner + sep)) continue;
    reaching.push(`${relative(SRC, from)} imports ${relative(SRC, to)}`);
  }
  assert.deepEqual(reaching, []);
});
