import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../../support/free-port';

const ROOT = resolve(__dirname, '../../..');
const MAIN = join(ROOT, 'api/dist/api/src/main.js');
const READY_WITHIN_MS = 90_000;

export interface BuiltServer {
  child: ChildProcess;
  dataDir: string;
  url: string;
}

/**
 * The built server (`npm run build` ran before jest) on `port` with its own data dir, so it starts
 * the embedded PostgreSQL, migrates and seeds the demo like `npm start`; resolves once /readyz is.
 */
export async function startBuiltServer(
  env: Record<string, string> = {},
  port?: number,
): Promise<BuiltServer> {
  if (!existsSync(MAIN))
    throw new Error(`${MAIN} is missing: run \`npm run build\` first (npm run test:browser does).`);
  const listen = port ?? (await freePort());
  const dataDir = mkdtempSync(join(tmpdir(), 'frameledger-browser-'));
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      PORT: String(listen),
      FRAMELEDGER_DATA_DIR: dataDir,
      DATABASE_URL: '',
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://localhost:${listen}`;
  try {
    await waitForReady(url, child, () => output);
  } catch (error) {
    await stopBuiltServer({ child, dataDir });
    throw error;
  }
  return { child, dataDir, url };
}

/** SIGTERM lets it stop its embedded PostgreSQL; then its data dir goes. */
export async function stopBuiltServer({
  child,
  dataDir,
}: Pick<BuiltServer, 'child' | 'dataDir'>): Promise<void> {
  if (child.exitCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const killed = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(killed);
  }
  rmSync(dataDir, { recursive: true, force: true });
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
  throw new Error(`The server did not answer ${url}/readyz within ${READY_WITHIN_MS / 1000} s:\n${output()}`);
}
