import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Logger } from 'pino';
import { startServer, RunningServer } from '../../api/src/bootstrap';
import { loadConfig } from '../../api/src/config/config';
import { testLogger } from './quiet-logger';
import { createTestDatabases } from './database';

export interface TestServer extends RunningServer {
  /** POST a GraphQL document; returns the parsed body ({ data, errors }). */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GqlResult<T>>;
  login(email: string, password?: string): Promise<string>;
  /** The same database as its owner (a superuser in tests): for playing an attacker with the database login. */
  ownerUrl: string;
  dataDir: string;
}

export interface GqlResult<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, any>; path?: string[] }>;
}

/**
 * The real server (its own database, seeded with the demo users) listening on a free port,
 * connected as the app role (migrations and grants as the owner), as in production.
 */
export async function startTestServer(
  env: Record<string, string> = {},
  logger: Logger = testLogger(),
): Promise<TestServer> {
  const { ownerUrl, appUrl } = await createTestDatabases();
  const dataDir = mkdtempSync(join(tmpdir(), 'frameledger-data-'));
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: appUrl,
    MIGRATION_DATABASE_URL: ownerUrl,
    PORT: '0',
    FRAMELEDGER_DATA_DIR: dataDir,
    FRAMELEDGER_START_WORKER: 'false',
    ...env,
  });
  const server = await startServer(config, logger);
  const gql: TestServer['gql'] = async (query, variables, token) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GqlResult<never>;
  };
  const login = async (email: string, password = 'frameledger') => {
    const result = await gql<{ login: { token: string } }>(
      `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      { e: email, p: password },
    );
    if (!result.data) throw new Error(`login failed for ${email}: ${JSON.stringify(result.errors)}`);
    return result.data.login.token;
  };
  const stop = async () => {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { ...server, stop, gql, login, ownerUrl, dataDir };
}
