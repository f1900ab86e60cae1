#!/usr/bin/env node
// The import graph of api/src between its folders: prints who imports whom and fails on a loop.
// A folder is a top-level folder of api/src (a feature: productions, planning, ...), except that in
// platform/ and imports/ each folder holding files counts on its own (platform/auth,
// platform/audit/log, ...), so the platform is layered too. Tests are left out (*.spec.ts and
// testing/ folders may wire the whole app). The files at api/src's root (app.module, main,
// bootstrap) compose the app and may import anything; they and cli/ are the only places that may
// load seeds/ (the demo), so seeds -> api holds everywhere else. Nothing in api/src imports test/.
// Usage: node scripts/check-imports.js [--graph]
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const ROOT = path.resolve(__dirname, '..');
const SRC = path.join(ROOT, 'api/src');
const WINGS = new Set(['platform', 'imports']);

function sourceFiles(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(full);
    return /\.ts$/.test(entry.name) && !/\.spec\.ts$/.test(entry.name) ? [full] : [];
  });
}

/** The folder a file belongs to, or null for api/src's root files; outside api/src, the repo folder. */
function folderOf(file) {
  const rel = path.relative(SRC, file).split(path.sep);
  if (rel[0] === '..') return path.relative(ROOT, file).split(path.sep)[0];
  if (rel.length === 1) return null;
  return WINGS.has(rel[0]) ? rel.slice(0, -1).join('/') : rel[0];
}

function resolve(from, spec) {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const edges = new Map(); // "a -> b" => first file that makes it
for (const file of sourceFiles(SRC)) {
  const from = folderOf(file);
  if (from === null) continue; // the composition root
  const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
  for (const { fileName } of importedFiles) {
    if (!fileName.startsWith('.')) continue;
    const target = resolve(file, fileName);
    const to = target && folderOf(target);
    if (!to || to === from) continue;
    const key = `${from} -> ${to}`;
    if (!edges.has(key)) edges.set(key, path.relative(ROOT, file));
  }
}

const graph = new Map();
for (const key of edges.keys()) {
  const [from, to] = key.split(' -> ');
  if (!graph.has(from)) graph.set(from, new Set());
  if (!graph.has(to)) graph.set(to, new Set());
  graph.get(from).add(to);
}

// Tarjan's strongly connected components: a component of more than one folder is a loop.
const index = new Map();
const low = new Map();
const stack = [];
const loops = [];
let counter = 0;
function visit(node) {
  index.set(node, counter);
  low.set(node, counter++);
  stack.push(node);
  for (const next of graph.get(node)) {
    if (!index.has(next)) {
      visit(next);
      low.set(node, Math.min(low.get(node), low.get(next)));
    } else if (stack.includes(next)) low.set(node, Math.min(low.get(node), index.get(next)));
  }
  if (low.get(node) === index.get(node)) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      component.push(member);
    } while (member !== node);
    if (component.length > 1) loops.push(component.sort());
  }
}
for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);

// Services take plain arguments: the request's DataLoader (keyed by the GraphQL context) stays in
// resolvers and their *.loaders.ts.
const leaks = sourceFiles(SRC).filter(
  (file) =>
    file.endsWith('.service.ts') &&
    /\brequestLoader\(|\bcontext: object\b/.test(fs.readFileSync(file, 'utf8')),
);
for (const file of leaks)
  console.error(`\n${path.relative(ROOT, file)}: a service uses the GraphQL context; batch in the resolver.`);

const outside = [...edges.keys()].filter(
  (key) => /-> test$/.test(key) || (/-> seeds$/.test(key) && !/^cli ->/.test(key)),
);
if (process.argv.includes('--graph') || loops.length || outside.length) {
  for (const [key, file] of [...edges].sort()) console.log(`${key.padEnd(48)} ${file}`);
}
for (const loop of loops) {
  const inside = [...edges].filter(
    ([key]) => loop.includes(key.split(' -> ')[0]) && loop.includes(key.split(' -> ')[1]),
  );
  console.error(`\nLoop between ${loop.join(', ')}:`);
  for (const [key, file] of inside) console.error(`  ${key}  (${file})`);
}
for (const key of outside)
  console.error(
    `\n${key}: only api/src's root files and cli/ load seeds, and nothing loads test/ (${edges.get(key)})`,
  );
if (loops.length || outside.length || leaks.length) process.exit(1);
console.log(`api/src imports run one way: ${graph.size} folders, ${edges.size} edges, no loop.`);
