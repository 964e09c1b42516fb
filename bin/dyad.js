#!/usr/bin/env node
// Entry point: the compiled CLI lives in dist/ (npm run build).
import { existsSync } from 'node:fs';

// DuckDB's queries run on libuv's thread pool (4 threads unless told), shared with file reads: with
// `dyad serve`'s four reading connections busy, a write or a file read would wait for a thread. The
// pool is sized when first used, so this comes before anything is loaded.
process.env.UV_THREADPOOL_SIZE ??= '8';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('dyad: Dyad is not built yet: run `npm run build` (or `npm start`) in its folder first.');
  process.exit(1);
}
const { runMain } = await import(entry.href);
await runMain();
