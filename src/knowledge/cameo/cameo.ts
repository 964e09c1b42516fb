/**
 * The CAMEO event codebook as data: every code with its name, root, level, quad class and Goldstein
 * value, loaded from `data/cameo/cameo.yaml`, checked, and indexed for the events stage and importers.
 */
import { loadDataFile } from '../../core/data-file.js';
import { DyadError } from '../../core/errors.js';
import type { QuadClass } from '../../core/model.js';
import { dataPath } from '../../core/paths.js';
import { CAMEO_SCHEMA } from './_schema.js';

/** One CAMEO code as the table gives it. */
export interface CameoCode {
  /** "04", "042", "0874": always a string. */
  code: string;
  /** The two-digit root ("04"). */
  root: string;
  /** 0 for a root, 1 for three digits, 2 for four. */
  level: 0 | 1 | 2;
  quadClass: QuadClass;
  /** GDELT's Goldstein value. */
  goldstein: number;
  /** ICEWS's value where it differs from GDELT's. */
  goldsteinIcews?: number;
  /** Set where the code exists in one dataset only. */
  only?: 'gdelt' | 'icews';
  name: string;
}

interface CameoFile {
  version: string;
  codes: CameoCode[];
}

/** The quad class GDELT derives from a root: 01–05 verbal cooperation … 14–20 material conflict. */
export function quadClassOfRoot(root: string): QuadClass {
  const r = Number(root);
  return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
}

/** A loaded, indexed CAMEO table. */
export class Cameo {
  readonly version: string;
  private readonly byCode = new Map<string, CameoCode>();

  constructor(version: string, codes: readonly CameoCode[]) {
    this.version = version;
    for (const c of codes) this.byCode.set(c.code, c);
  }

  /** Number of codes (roots included). */
  get size(): number {
    return this.byCode.size;
  }

  /** Every code, in codebook order. */
  all(): CameoCode[] {
    return [...this.byCode.values()];
  }

  has(code: string): boolean {
    return this.byCode.has(code);
  }

  /**
   * The entry for a code. "040" (the root written as three digits, as events carry it) and "04" both work.
   * @throws DyadError `UNKNOWN_CODE`
   */
  get(code: string): CameoCode {
    const c = this.byCode.get(code);
    if (!c) {
      throw new DyadError('UNKNOWN_CODE', `unknown CAMEO code '${code}'`, {
        hint: 'CAMEO codes are strings of 2–4 digits such as "04", "042" or "0874"; see data/cameo/cameo.yaml.',
      });
    }
    return c;
  }

  /** The root entry of a code ("0874" → "08"). */
  root(code: string): CameoCode {
    return this.get(this.get(code).root);
  }

  quadClass(code: string): QuadClass {
    return this.get(code).quadClass;
  }

  goldstein(code: string): number {
    return this.get(code).goldstein;
  }

  /** Codes whose root is `root`, the root itself first. */
  family(root: string): CameoCode[] {
    return this.all().filter((c) => c.root === root);
  }
}

function check(file: string, codes: readonly CameoCode[]): void {
  const seen = new Set<string>();
  codes.forEach((c, i) => {
    const field = `/codes/${i}`;
    const fail = (what: string): never => {
      throw new DyadError('DATA_SCHEMA', `code ${c.code}: ${what}`, {
        place: { file, field },
        hint: 'Each code starts with its root, its level is its length minus 2, its quad class follows its root.',
      });
    };
    if (seen.has(c.code)) fail('appears twice');
    seen.add(c.code);
    if (!c.code.startsWith(c.root)) fail(`root ${c.root} is not its first two digits`);
    if (c.level !== c.code.length - 2) fail(`level ${c.level} does not fit its length`);
    if (c.quadClass !== quadClassOfRoot(c.root)) fail(`quad class ${c.quadClass} does not fit root ${c.root}`);
    const parent = c.code.length === 4 ? c.code.slice(0, 3) : c.code.length === 3 ? c.root : null;
    if (parent !== null && !seen.has(parent)) fail(`comes before (or without) its parent ${parent}`);
  });
}

let cached: Cameo | undefined;

/**
 * Load and check the CAMEO table (the package's own by default; cached).
 * @example
 * const cameo = loadCameo();
 * cameo.get('057').name;     // "Sign a formal agreement"
 * cameo.goldstein('057');    // 8
 */
export function loadCameo(file?: string): Cameo {
  if (file === undefined && cached) return cached;
  const path = file ?? dataPath('cameo', 'cameo.yaml');
  const data = loadDataFile<CameoFile>(path, CAMEO_SCHEMA);
  check(path, data.codes);
  const table = new Cameo(data.version, data.codes);
  if (file === undefined) cached = table;
  return table;
}

/** Quad class of a code in the package's table. @throws DyadError `UNKNOWN_CODE` */
export function quadClass(code: string): QuadClass {
  return loadCameo().quadClass(code);
}

/** GDELT Goldstein value of a code in the package's table. @throws DyadError `UNKNOWN_CODE` */
export function goldstein(code: string): number {
  return loadCameo().goldstein(code);
}
