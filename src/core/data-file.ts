/**
 * Loads Dyad's data files (YAML or JSON: dictionaries, patterns, ladders, the CAMEO table) and checks
 * each against a JSON schema, so a typo in a user's `--dict` file is reported with its file, line and
 * field instead of surfacing later as a wrong extraction.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as AjvModule from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type * as YamlModule from 'yaml';
import type { Document, LineCounter } from 'yaml';
import { cacheEntry, readCached, writeCached } from './data-cache.js';
import { DyadError } from './errors.js';

// yaml and ajv (a quarter of a second to load) are loaded on the first file the cache does not
// hold; both are CommonJS packages, so require gives the very modules an import would.
const require = createRequire(import.meta.url);
let yamlModule: typeof YamlModule | undefined;
const yaml = (): typeof YamlModule => (yamlModule ??= require('yaml') as typeof YamlModule);
let ajvInstance: AjvModule.Ajv | undefined;
const compiled = new WeakMap<object, ValidateFunction>();

function validatorFor(schema: object): ValidateFunction {
  let v = compiled.get(schema);
  if (!v) {
    ajvInstance ??= new (require('ajv') as typeof AjvModule).Ajv({ allErrors: true, allowUnionTypes: true, strict: false });
    v = ajvInstance.compile(schema);
    compiled.set(schema, v);
  }
  return v;
}

function pathSegments(instancePath: string): (string | number)[] {
  return instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function lineOf(doc: Document, lines: LineCounter, instancePath: string): number | undefined {
  const segs = pathSegments(instancePath);
  for (let n = segs.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(segs.slice(0, n), true);
    if (yaml().isNode(node) && node.range) return lines.linePos(node.range[0]).line;
  }
  return undefined;
}

function describeError(e: ErrorObject): string {
  const at = e.instancePath || '(top level)';
  const extra =
    e.keyword === 'additionalProperties'
      ? ` '${String((e.params as { additionalProperty?: string }).additionalProperty)}'`
      : e.keyword === 'enum'
        ? `: ${JSON.stringify((e.params as { allowedValues?: unknown[] }).allowedValues)}`
        : '';
  return `${at} ${e.message ?? 'is invalid'}${extra}`;
}

/**
 * Parse YAML or JSON text (JSON is YAML) and validate it.
 * @throws DyadError `DATA_PARSE` (with line) or `DATA_SCHEMA` (with line and field).
 */
export function parseDataText<T>(text: string, schema: object, file: string): T {
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  const first = doc.errors[0];
  if (first) {
    const line = lines.linePos(first.pos[0]).line;
    throw new DyadError('DATA_PARSE', `cannot parse: ${first.message.split('\n')[0]}`, {
      place: { file, ...(line === undefined ? {} : { line }) },
      hint: 'Fix the YAML/JSON syntax at that line.',
    });
  }
  const value: unknown = doc.toJS({ maxAliasCount: 1000 });
  const validate = validatorFor(schema);
  if (!validate(value)) {
    const errs = validate.errors ?? [];
    const e0 = errs[0];
    const line = e0 ? lineOf(doc, lines, e0.instancePath) : undefined;
    const more = errs.length > 1 ? ` (and ${errs.length - 1} more)` : '';
    throw new DyadError('DATA_SCHEMA', `${e0 ? describeError(e0) : 'does not match its schema'}${more}`, {
      place: { file, ...(line === undefined ? {} : { line }), ...(e0 ? { field: e0.instancePath || '/' } : {}) },
      hint: 'Compare the entry with the schema of this data file (see data/README.md).',
    });
  }
  return value as T;
}

/** Read and validate a data file (a file read before, unchanged, comes from the cache of `data-cache`). */
export function loadDataFile<T>(file: string, schema: object): T {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (cause) {
    throw new DyadError('INPUT_NOT_FOUND', `cannot read data file`, {
      place: { file },
      hint: 'Check the path.',
      cause,
    });
  }
  // A file read before, unchanged, under the same schema: its parsed, validated value (see data-cache.ts).
  const entry = cacheEntry(text, schema);
  const cached = entry ? readCached(entry) : undefined;
  if (cached !== undefined) return cached as T;
  const value = parseDataText<T>(text, schema, file);
  if (entry) writeCached(entry, value);
  return value;
}
