import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startBuiltServer, type BuiltServer } from './built-server';

const WORKER = join(resolve(__dirname, '../../..'), 'api/dist/api/src/inference/worker/main.js');

export type BrowserServerState = Pick<BuiltServer, 'child' | 'dataDir'>;

/**
 * Once per run: the built server on a free port with its own data dir, seeded with the demo like
 * `npm start`. The tests find it through FL_BROWSER_URL.
 */
export default async function globalSetup(): Promise<void> {
  const server = await startBuiltServer({
    // The inference worker runs the demo jobs the renders page shows; start it once it is built.
    FRAMELEDGER_START_WORKER: existsSync(WORKER) ? 'true' : 'false',
  });
  (globalThis as { __flBrowserServer?: BrowserServerState }).__flBrowserServer = server;
  process.env.FL_BROWSER_URL = server.url;
}
