/**
 * Turns the paths a user gives (`dyad ingest notes/ brief.txt 'press/**\/*.html'`) into the list of
 * document files: folders are walked for the extensions src/read reads (text, Markdown, HTML, PDF, Word); globs (`*`, `**`, `?`, `{a,b}`)
 * are matched from their fixed prefix. Each file once, in a stable order; a path that matches nothing
 * is reported, not skipped silently.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { DOCUMENT_EXTENSIONS } from '../read/index.js';

export { DOCUMENT_EXTENSIONS };

export interface WalkResult {
  files: string[];
  /** Inputs that named nothing readable: a missing path, a glob with no match. */
  missing: string[];
}

const isDocument = (name: string) => DOCUMENT_EXTENSIONS.some((e) => name.toLowerCase().endsWith(e));
const hasGlob = (p: string) => /[*?{[]/.test(p);

function walkDir(dir: string, out: string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith('.') || name === 'node_modules') continue;
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch {
      continue;
    }
    if (st.isDirectory()) walkDir(p, out);
    else if (st.isFile() && isDocument(name)) out.push(p);
  }
}

/** A glob as a regular expression over `/`-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] ?? '';
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) re += '\\{';
      else {
        re += `(?:${glob.slice(i + 1, close).split(',').map((s) => s.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|')})`;
        i = close;
      }
    } else re += c.replace(/[.+^$()|[\]\\}]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

function expandGlob(pattern: string): string[] {
  const norm = pattern.split(sep).join('/');
  const parts = norm.split('/');
  const fixed: string[] = [];
  for (const p of parts) {
    if (hasGlob(p)) break;
    fixed.push(p);
  }
  const base = fixed.length === 0 ? '.' : fixed.join('/') || '/';
  const rest = parts.slice(fixed.length).join('/');
  const re = globToRegExp(rest);
  const all: string[] = [];
  walkDir(base, all);
  return all.filter((f) => re.test(relative(base, f).split(sep).join('/')));
}

/** Expand files, folders and globs into document files. */
export function findDocuments(inputs: string[]): WalkResult {
  const seen = new Set<string>();
  const files: string[] = [];
  const missing: string[] = [];
  for (const input of inputs) {
    let found: string[] = [];
    if (hasGlob(input)) found = expandGlob(input);
    else {
      try {
        const st = statSync(input);
        if (st.isDirectory()) walkDir(input, found);
        else found = [input];
      } catch {
        found = [];
      }
    }
    if (found.length === 0) missing.push(input);
    for (const f of found) {
      const key = resolve(f);
      if (!seen.has(key)) {
        seen.add(key);
        files.push(f);
      }
    }
  }
  return { files, missing };
}
