// Prints the gzipped size of the JavaScript a first visit downloads before any page chunk: the
// entry script in dist/index.html and the chunks it preloads. Fails the build above the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 350;
const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [
  ...html.matchAll(/<script[^>]+type="module"[^>]+src="\/?([^"]+\.js)"/g),
  ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/?([^"]+\.js)"/g),
].map((m) => m[1]);

const kb = (bytes) => bytes / 1024;
let total = 0;
for (const file of new Set(initial)) {
  const raw = readFileSync(join(dist, file));
  const gz = gzipSync(raw).length;
  total += gz;
  console.log(
    `initial  ${file.padEnd(44)} ${kb(raw.length).toFixed(1).padStart(8)} KB  gzip ${kb(gz).toFixed(1).padStart(7)} KB`,
  );
}
console.log(`initial JavaScript: ${kb(total).toFixed(1)} KB gzipped (budget ${BUDGET_KB} KB)`);
if (kb(total) > BUDGET_KB) {
  console.error(
    `The initial JavaScript is over the ${BUDGET_KB} KB budget: move a heavy import behind React.lazy.`,
  );
  process.exit(1);
}
