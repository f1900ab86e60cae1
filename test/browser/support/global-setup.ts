import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const MAIN = join(ROOT, 'api/dist/api/src/main.js');
const WORKER = join(ROOT, 'api/dist/api/src/inference/worker/main.js');
const READY_WITHIN_MS = 90_000;

export interface BrowserServerState {
  child: ChildProcess;
  dataDir: string;
}

/**
 * Once per run: the built server (`npm run build` ran before jest) on a free port with its own
 * data dir, so it starts the embedded PostgreSQL, migrates and seeds the demo like `npm start`.
 * The tests find it through FL_BROWSER_URL.
 */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(MAIN))
    throw new Error(`${MAIN} is missing: run \`npm run build\` first (npm run test:browser does).`);
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'frameledger-browser-'));
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(port),
      FRAMELEDGER_DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      // The inference worker runs the demo jobs the renders page shows; start it once it is built.
      FRAMELEDGER_START_WORKER: existsSync(WORKER) ? 'true' : 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  (globalThis as { __flBrowserServer?: BrowserServerState }).__flBrowserServer = { child, dataDir };

  const url = `http://localhost:${port}`;
  await waitForReady(url, child, () => output);
  process.env.FL_BROWSER_URL = url;
}

async function waitForReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The server exited with ${child.exitCode} before it was ready:\n${output()}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((r) => setTimeout(r, 300));
  }
  child.kill('SIGTERM');
  throw new Error(`The server did not answer ${url}/readyz within ${READY_WITHIN_MS / 1000} s:\n${output()}`);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolvePort(port));
    });
  });
}
