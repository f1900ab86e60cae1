// Builds dist/frameledger-verifier.html: the api's own audit verifier (api/src/platform/audit/core)
// bundled with a browser stand-in for node:crypto into one self-contained page a reviewer can keep
// and open from disk. Runs after `vite build`, which empties dist/.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const result = await build({
  configFile: false,
  logLevel: 'error',
  resolve: {
    alias: {
      'node:crypto': here('../verifier/node-crypto.ts'),
      'node:fs': here('../verifier/empty.ts'),
      'node:path': here('../verifier/empty.ts'),
    },
  },
  build: {
    write: false,
    minify: true,
    target: 'es2022',
    lib: { entry: here('../verifier/verifier.ts'), formats: ['iife'], name: 'FrameLedgerVerifier' },
  },
});
const output = (Array.isArray(result) ? result[0] : result).output;
const code = output.find((chunk) => chunk.type === 'chunk').code.replace(/<\/script/gi, '<\\/script');
const page = readFileSync(here('../verifier/verifier.html'), 'utf8').replace(
  '<!-- SCRIPT -->',
  () => `<script>${code}</script>`,
);
writeFileSync(here('../dist/frameledger-verifier.html'), page);
console.log(`dist/frameledger-verifier.html: ${(page.length / 1024).toFixed(1)} KB`);
