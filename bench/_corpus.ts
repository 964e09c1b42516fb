/**
 * The text the extraction benchmarks read: a given file, else the seed brief (../shared/seeds), else
 * the team's example corpus (examples/, what a user's clone has). One place, so every benchmark
 * measures the same documents.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { packagePath, sharedPath } from '../src/core/paths.js';

export interface BenchCorpus {
  /** Where the text came from, as the report names it. */
  source: string;
  docs: string[];
}

export function benchCorpus(file: string | undefined, bench: string): BenchCorpus {
  if (file) return { source: file, docs: [readFileSync(file, 'utf8')] };
  const seed = sharedPath('seeds', 'serbia-nato-brief.txt');
  if (seed && existsSync(seed)) return { source: '../shared/seeds/serbia-nato-brief.txt', docs: [readFileSync(seed, 'utf8')] };
  const dir = packagePath('examples');
  const docs: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(txt|md)$/.test(name)) docs.push(readFileSync(p, 'utf8'));
    }
  };
  if (existsSync(dir)) walk(dir);
  if (docs.length === 0) throw new Error(`${bench}: no text: give --file PATH (no ../shared, no examples/)`);
  return { source: 'examples/', docs };
}
