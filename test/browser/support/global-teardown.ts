import { stopBuiltServer } from './built-server';
import type { BrowserServerState } from './global-setup';

/** Stops the server (SIGTERM lets it stop its embedded PostgreSQL) and removes its data dir. */
export default async function globalTeardown(): Promise<void> {
  const state = (globalThis as { __flBrowserServer?: BrowserServerState }).__flBrowserServer;
  if (state) await stopBuiltServer(state);
}
