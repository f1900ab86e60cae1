import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ensureLoginRole, grantAppRole } from '../../api/src/database/app-role';
import { createDataSource, runMigrations } from '../../api/src/database/data-source';
import { startEmbeddedPostgres } from '../../api/src/database/embedded';

/** The role test servers connect as, like the api and workers in production: not a superuser, owns nothing. */
export const TEST_APP_ROLE = 'frameledger_test_app';
const TEST_APP_PASSWORD = 'frameledger-test-app';

/**
 * Once per jest run: a PostgreSQL (DATABASE_URL when set, else an embedded one in a temp dir)
 * and a template database with every migration applied. Each test file then clones the
 * template (CREATE DATABASE ... TEMPLATE), which takes milliseconds and isolates the files.
 * The template is migrated by the admin (the owner) and grants TEST_APP_ROLE what the app role
 * gets in production, so every test server proves those grants are enough.
 */
export default async function globalSetup(): Promise<void> {
  const state = globalThis as { __flStop?: () => Promise<void>; __flRefs?: number };
  state.__flRefs = (state.__flRefs ?? 0) + 1;
  if (process.env.FL_TEST_ADMIN_URL) return;

  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'frameledger-test-'));
    const embedded = await startEmbeddedPostgres(dir);
    adminUrl = embedded.url;
    // The cluster is about 1 GB (WAL included): left behind, a few hundred runs fill the disk.
    state.__flStop = async () => {
      await embedded.stop();
      rmSync(dir, { recursive: true, force: true });
    };
  }
  const template = `fl_template_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await ensureLoginRole((sql) => admin.query(sql), TEST_APP_ROLE, TEST_APP_PASSWORD);
  await admin.end();

  const templateUrl = withDatabase(adminUrl, template);
  const dataSource = createDataSource(templateUrl, 1);
  await dataSource.initialize();
  await runMigrations(dataSource);
  await grantAppRole(dataSource, templateUrl, TEST_APP_ROLE);
  await dataSource.destroy();

  process.env.FL_TEST_ADMIN_URL = adminUrl;
  process.env.FL_TEST_TEMPLATE = template;
}

/** The same database, logged in as the test app role. */
export function asTestApp(url: string): string {
  const u = new URL(url);
  u.username = TEST_APP_ROLE;
  u.password = TEST_APP_PASSWORD;
  return u.toString();
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
