/**
 * One start of the extractor, for bench/dictionaries, run in a process of its own from the build
 * (`dist/bench/_start-probe.js`): `createExtractor()` (with the dictionaries, or with `baseline` none),
 * then one document extracted. Prints, as one JSON line, milliseconds since the process started until
 * the extractor is ready and until the first extraction is done, the process's CPU time (user and
 * system) at each (on a shared machine it counts the work rather than the wait), and the memory then.
 *
 *   node dist/bench/_start-probe.js dictionaries|baseline FILE
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const [mode, file] = process.argv.slice(2);
if ((mode !== 'dictionaries' && mode !== 'baseline') || !file) throw new Error('usage: _start-probe.js dictionaries|baseline FILE');
const { createExtractor } = await import('../src/pipeline/extract.js');
const extractor = createExtractor({ dictionaryStage: mode === 'dictionaries' });
const ready = performance.now();
const readyCpu = cpuMs();
const x = extractor.extract(readFileSync(file, 'utf8'), { published: null });
const first = performance.now();
const firstCpu = cpuMs();
const m = process.memoryUsage();
console.log(JSON.stringify({ ready, first, readyCpu, firstCpu, rss: m.rss, heap: m.heapUsed, events: x.events.length }));

/** The process's CPU time so far, user and system, in milliseconds. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}
