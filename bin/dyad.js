#!/usr/bin/env node
// Entry point: the compiled CLI lives in dist/ (npm run build).
import { runMain } from '../dist/src/cli/main.js';
await runMain();
