// Lets Node require .ts files (benchmarks, one-off tools, worker threads of a test run): they are
// transpiled on require by @swc/core with the same decorator settings as jest and tsc, and the
// analytics package resolves to its sources, so nothing runs stale dist code.
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

const analytics = path.resolve(__dirname, '../analytics/src/index.ts');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === '@frameledger/analytics' ? analytics : resolve.call(this, request, ...rest);
};
