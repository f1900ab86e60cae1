import { rmSync } from 'node:fs';
import type { BrowserServerState } from './global-setup';

/** Stops the server (SIGTERM lets it stop its embedded PostgreSQL) and removes its data dir. */
export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __flBrowserServer?: BrowserServerState }).__flBrowserServer;
  if (!state) return;
  const { child, dataDir } = state;
  if (child.exitCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const killed = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(killed);
  }
  rmSync(dataDir, { recursive: true, force: true });
}
