/**
 * bench/import: how fast `dyad import` loads GDELT 2.0, beside DuckDB's own `read_csv` of the same file
 * into a bare table (the ceiling), in one run. It writes a synthetic GDELT 2.0 export file (61
 * tab-separated columns, realistic codes, actors and URLs), then runs each contender in its own child
 * process so that each one's peak memory (VmHWM) is its own:
 *
 *   ceiling   CREATE TABLE … AS SELECT * FROM read_csv(file, all 61 columns as VARCHAR)
 *   bulk      importFile(…, { path: 'bulk' }): read_csv → SQL mapping → events (the default path)
 *   rows      importFile(…, { path: 'rows' }): JS row parser → appender → events (on --rows-sample lines)
 *
 *   node --import tsx bench/import.ts [--rows 5000000] [--rows-sample 500000] [--dir DIR] [--keep]
 *
 * Prints rows/s of each, the ratio of each path to the ceiling, and peak memory.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '5000000' },
    'rows-sample': { type: 'string', default: '500000' },
    dir: { type: 'string' },
    keep: { type: 'boolean', default: false },
    phase: { type: 'string' },
    file: { type: 'string' },
    db: { type: 'string' },
  },
});

/** Peak resident memory of this process so far, in MB (Linux VmHWM). */
function peakRssMb(): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
  return m ? Number(m[1]) / 1024 : process.memoryUsage().rss / 1048576;
}

interface PhaseResult {
  rows: number;
  seconds: number;
  peakMb: number;
  inserted?: number;
  phases?: Record<string, number>;
}

// A deterministic generator, so every run measures the same file.
let seed = 42;
function rand(): number {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
}
function pick<T>(xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)] as T;
}

const COUNTRIES = ['USA', 'GBR', 'RUS', 'CHN', 'SRB', 'DEU', 'FRA', 'TUR', 'IND', 'ISR', 'IRN', 'SYR', 'UKR', 'JPN', 'PAK', 'NGA', 'BRA', 'MEX', 'XKX', 'BIH'];
const TYPES = ['', 'GOV', 'MIL', 'COP', 'BUS', 'CVL', 'OPP', 'MED', 'JUD', 'LEG'];
const CODES = ['010', '020', '036', '040', '042', '043', '046', '051', '057', '061', '071', '0874', '112', '120', '130', '141', '173', '190', '193', '1823'];
const QUAD: Record<string, number> = { '01': 1, '02': 1, '03': 1, '04': 1, '05': 1, '06': 2, '07': 2, '08': 2, '11': 3, '12': 3, '13': 3, '14': 4, '17': 4, '18': 4, '19': 4 };

function actor(): [string, string, string, string] {
  const r = rand();
  if (r < 0.15) return ['', '', '', ''];
  if (r < 0.2) return ['IGOWSTNAT', 'NATO', 'WST', 'NAT'];
  if (r < 0.25) return ['IGOEUREEC', 'EUROPEAN UNION', 'EUR', 'EEC'];
  if (r < 0.4) {
    const t = pick(TYPES.slice(1));
    return [t, t === 'GOV' ? 'GOVERNMENT' : 'PEOPLE', '', ''];
  }
  const c = pick(COUNTRIES);
  return [c + pick(TYPES), c, c, ''];
}

function row(id: number): string {
  const y = 2015 + Math.floor(rand() * 5);
  const m = 1 + Math.floor(rand() * 12);
  const d = 1 + Math.floor(rand() * 28);
  const day = `${y}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
  const a1 = actor();
  const a2 = actor();
  const code = pick(CODES);
  const root = code.slice(0, 2);
  const mentions = 1 + Math.floor(rand() * 20);
  const geo = (): string[] => {
    const c = pick(COUNTRIES).slice(0, 2);
    return ['4', `Somewhere, ${c}`, c, `${c}00`, String(Math.floor(rand() * 90000)), (rand() * 180 - 90).toFixed(4), (rand() * 360 - 180).toFixed(4), String(-Math.floor(rand() * 3e6))];
  };
  const f = [
    String(id), day, day.slice(0, 6), String(y), (y + (m * 30 + d) / 365).toFixed(4),
    a1[0], a1[1], a1[2], a1[3], '', '', '', '', '', '',
    a2[0], a2[1], a2[2], a2[3], '', '', '', '', '', '',
    rand() < 0.5 ? '1' : '0', code, code.slice(0, 3), root, String(QUAD[root] ?? 1), (rand() * 20 - 10).toFixed(1),
    String(mentions), '1', String(mentions), (rand() * 20 - 10).toFixed(10),
    ...geo(), ...geo(), ...geo(),
    `${day}143000`, `https://news.example.org/${y}/${m}/${Math.floor(id / 5).toString(36)}.html`,
  ];
  return f.join('\t');
}

async function generate(file: string, n: number): Promise<void> {
  const out = createWriteStream(file);
  const first = 900_000_000;
  for (let i = 0; i < n; i += 10_000) {
    const lines: string[] = [];
    for (let j = i; j < Math.min(n, i + 10_000); j++) lines.push(row(first + j));
    if (!out.write(`${lines.join('\n')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function phase(name: string, file: string, db: string): Promise<PhaseResult> {
  const t0 = performance.now();
  if (name === 'ceiling') {
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const inst = await DuckDBInstance.create(db);
    const c = await inst.connect();
    await c.run(`SET memory_limit = '700MB'`);
    const columns = Array.from({ length: 61 }, (_, i) => `'c${i + 1}': 'VARCHAR'`).join(', ');
    await c.run(
      `CREATE TABLE bare AS SELECT * FROM read_csv($1, delim = '\t', header = false, quote = '', escape = '',
        auto_detect = false, columns = {${columns}})`,
      [file],
    );
    const r = await c.runAndReadAll('SELECT count(*) AS n FROM bare');
    const rows = Number(r.getRowObjectsJS()[0]?.['n'] ?? 0);
    c.closeSync();
    inst.closeSync();
    return { rows, seconds: (performance.now() - t0) / 1000, peakMb: peakRssMb() };
  }
  const { openDuckDbStore } = await import('../src/store/duckdb/index.js');
  const { importFile } = await import('../src/importers/index.js');
  const store = await openDuckDbStore(db);
  const r = await importFile(store, file, { path: name === 'rows' ? 'rows' : 'bulk' });
  await store.close();
  return { rows: r.rows, inserted: r.inserted, phases: r.phases, seconds: (performance.now() - t0) / 1000, peakMb: peakRssMb() };
}

async function main(): Promise<void> {
  if (args.phase) {
    const r = await phase(args.phase, args.file ?? '', args.db ?? '');
    process.stdout.write(`${JSON.stringify(r)}\n`);
    return;
  }
  const n = Number(args.rows);
  const sample = Math.min(n, Number(args['rows-sample']));
  const dir = args.dir ?? mkdtempSync(join(tmpdir(), 'dyad-bench-import-'));
  const file = join(dir, `gdelt2-${n}.export.CSV`);
  const sampleFile = join(dir, `gdelt2-${sample}.export.CSV`);
  if (!existsSync(file)) {
    const t = performance.now();
    await generate(file, n);
    console.log(`generated ${n} rows (${(statSync(file).size / 1e9).toFixed(2)} GB) in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  }
  if (!existsSync(sampleFile)) {
    seed = 42;
    await generate(sampleFile, sample);
  }
  const self = fileURLToPath(import.meta.url);
  const run = (name: string, f: string): PhaseResult => {
    const db = join(dir, `${name}.duckdb`);
    rmSync(db, { force: true });
    rmSync(`${db}.wal`, { force: true });
    const loader = self.endsWith('.ts') ? ['--import', 'tsx'] : [];
    const out = execFileSync(process.execPath, [...loader, self, '--phase', name, '--file', f, '--db', db], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    rmSync(db, { force: true });
    return JSON.parse(out.trim().split('\n').pop() ?? '{}') as PhaseResult;
  };
  const ceiling = run('ceiling', file);
  const bulk = run('bulk', file);
  const rows = run('rows', sampleFile);
  const rate = (r: PhaseResult) => r.rows / r.seconds;
  const line = (name: string, r: PhaseResult) =>
    `${name.padEnd(28)} ${String(r.rows).padStart(9)} rows  ${r.seconds.toFixed(2).padStart(7)} s  ${Math.round(rate(r)).toLocaleString('en').padStart(10)} rows/s  ${(rate(r) / rate(ceiling)).toFixed(2).padStart(5)} × ceiling  peak ${Math.round(r.peakMb)} MB`;
  console.log(line('duckdb read_csv (ceiling)', ceiling));
  console.log(line('dyad import, bulk path', bulk));
  console.log(line(`dyad import, rows path`, rows));
  for (const [name, r] of [['bulk', bulk], ['rows', rows]] as const) {
    console.log(`  ${name} steps (ms): ${Object.entries(r.phases ?? {}).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  console.log(`ratio bulk / ceiling: ${(rate(bulk) / rate(ceiling)).toFixed(2)} (target ≥ 0.50); peak memory of the bulk import: ${Math.round(bulk.peakMb)} MB (target < 1024)`);
  if (!args.keep && !args.dir) rmSync(dir, { recursive: true, force: true });
}

await main();
