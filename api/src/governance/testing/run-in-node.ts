import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

/**
 * Runs `body` (an async function body returning a JSON-able report) in a plain Node child that
 * compiles our TypeScript with @swc/core on require: c2pa-ts is ESM-only and Jest runs CommonJS
 * without ESM support. `load(file)` requires a file relative to api/src/governance.
 */
export function runInNode(body: string) {
  const script = `
    const fs = require('node:fs');
    const swc = require('@swc/core');
    require.extensions['.ts'] = (module, filename) => {
      const options = { filename, jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } };
      module._compile(swc.transformSync(fs.readFileSync(filename, 'utf8'), options).code, filename);
    };
    const load = (file) => require(require('node:path').join(${JSON.stringify(path.resolve(__dirname, '..'))}, file));
    (async () => { ${body} })().then((report) => process.stdout.write(JSON.stringify(report)), (error) => {
      console.error(error);
      process.exit(1);
    });
  `;
  return JSON.parse(
    execFileSync(process.execPath, ['-e', script], {
      cwd: path.resolve(__dirname, '../../../..'),
      encoding: 'utf8',
    }),
  );
}
