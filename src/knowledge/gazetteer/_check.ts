/**
 * Checks a user's `--dict` file beyond its schema: every principal it names must be a country or an
 * organisation the gazetteer knows, so a typo ("SRBB") is reported with file, line and field rather
 * than producing events for an actor nobody can look up.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as YamlModule from 'yaml';
import { DyadError } from '../../core/errors.js';

// yaml is needed only to point at the line of an error: loaded then, not at every start.
const require = createRequire(import.meta.url);

interface PrincipalRef {
  path: (string | number)[];
  principal: string;
}

interface DictLike {
  persons?: { roles: { principal: string }[] }[];
  organisations?: { id: string; principal?: string }[];
  metonyms?: { principal?: string; country?: string }[];
  historical?: { principal: string }[];
  governing?: { principal: string }[];
}

function references(dict: DictLike): PrincipalRef[] {
  const out: PrincipalRef[] = [];
  dict.persons?.forEach((p, i) => p.roles.forEach((r, j) => out.push({ path: ['persons', i, 'roles', j, 'principal'], principal: r.principal })));
  dict.organisations?.forEach((o, i) => {
    if (o.principal !== undefined) out.push({ path: ['organisations', i, 'principal'], principal: o.principal });
  });
  dict.metonyms?.forEach((m, i) => {
    if (m.principal !== undefined) out.push({ path: ['metonyms', i, 'principal'], principal: m.principal });
    if (m.country !== undefined) out.push({ path: ['metonyms', i, 'country'], principal: m.country });
  });
  dict.historical?.forEach((h, i) => out.push({ path: ['historical', i, 'principal'], principal: h.principal }));
  dict.governing?.forEach((m, i) => out.push({ path: ['governing', i, 'principal'], principal: m.principal }));
  return out;
}

function lineOf(file: string, path: (string | number)[]): number | undefined {
  try {
    const { LineCounter, isNode, parseDocument } = require('yaml') as typeof YamlModule;
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines });
    const node = doc.getIn(path, true);
    return isNode(node) && node.range ? lines.linePos(node.range[0]).line : undefined;
  } catch {
    return undefined;
  }
}

/** @throws DyadError UNKNOWN_ACTOR naming file, line and field of the first unknown principal */
export function checkPrincipals(dict: DictLike, file: string, known: (principal: string) => boolean): void {
  for (const ref of references(dict)) {
    if (known(ref.principal)) continue;
    const line = lineOf(file, ref.path);
    throw new DyadError('UNKNOWN_ACTOR', `unknown principal '${ref.principal}'`, {
      place: { file, ...(line === undefined ? {} : { line }), field: `/${ref.path.join('/')}` },
      hint: 'A principal is an ISO 3166-1 alpha-3 code (XKX for Kosovo) or the id of an organisation (NATO, EU, UN…), in this file or the package\'s.',
    });
  }
}
