#!/usr/bin/env node
// Entry point: the compiled CLI lives in dist/ (npm run build).
// DuckDB's queries run on libuv's thread pool (4 threads unless told), shared with file reads: with
// `dyad serve`'s four reading connections busy, a write or a file read would wait for a thread. The
// pool is sized when first used, so this comes before anything is loaded.
process.env.UV_THREADPOOL_SIZE ??= '8';
const { runMain } = await import('../dist/src/cli/main.js');
await runMain();
