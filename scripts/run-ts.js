#!/usr/bin/env node
// Runs a TypeScript file (benchmarks, one-off tools) without a build step: .ts files are
// transpiled on require by @swc/core with the same decorator settings as jest and tsc.
// Usage: node scripts/run-ts.js test/bench/reports.bench.ts [args...]
const { transformSync } = require('@swc/core');
const Module = require('node:module');
const path = require('node:path');
const fs = require('node:fs');

const options = (filename) => ({
  filename,
  sourceMaps: 'inline',
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
});

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), options(filename));
  module._compile(code, filename);
};

// The analytics package resolves to its sources, so a bench never runs stale dist code.
const analytics = path.resolve(__dirname, '../analytics/src/index.ts');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === '@frameledger/analytics' ? analytics : resolve.call(this, request, ...rest);
};

const [file, ...args] = process.argv.slice(2);
if (!file) {
  process.stderr.write('Usage: node scripts/run-ts.js FILE.ts [args...]\n');
  process.exit(2);
}
process.argv = [process.argv[0], path.resolve(file), ...args];
require(path.resolve(file));
