#!/usr/bin/env node
// Entry point: the compiled CLI lives in dist/ (npm run build).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/src/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('dyad: Dyad is not built yet: run `npm run build` (or `npm start`) in its folder first.');
  process.exit(1);
}
const { runMain } = await import(entry.href);
await runMain();
