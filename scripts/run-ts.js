#!/usr/bin/env node
// Runs a TypeScript file (benchmarks, one-off tools) without a build step (see ts-hook.js).
// Usage: node scripts/run-ts.js test/bench/reports.bench.ts [args...]
require('./ts-hook');
const path = require('node:path');

const [file, ...args] = process.argv.slice(2);
if (!file) {
  process.stderr.write('Usage: node scripts/run-ts.js FILE.ts [args...]\n');
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(file), ...args];
require(path.resolve(file));
