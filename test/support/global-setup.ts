import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createDataSource, runMigrations } from '../../api/src/database/data-source';
import { startEmbeddedPostgres } from '../../api/src/database/embedded';

/**
 * Once per jest run: a PostgreSQL (DATABASE_URL when set, else an embedded one in a temp dir)
 * and a template database with every migration applied. Each test file then clones the
 * template (CREATE DATABASE ... TEMPLATE), which takes milliseconds and isolates the files.
 */
export default async function globalSetup(): Promise<void> {
  const state = globalThis as { __flStop?: () => Promise<void>; __flRefs?: number };
  state.__flRefs = (state.__flRefs ?? 0) + 1;
  if (process.env.FL_TEST_ADMIN_URL) return;

  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const embedded = await startEmbeddedPostgres(mkdtempSync(join(tmpdir(), 'frameledger-test-')));
    adminUrl = embedded.url;
    state.__flStop = embedded.stop;
  }
  const template = `fl_template_${process.pid}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${template}`);
  await admin.query(`CREATE DATABASE ${template}`);
  await admin.end();

  const dataSource = createDataSource(withDatabase(adminUrl, template), 1);
  await dataSource.initialize();
  await runMigrations(dataSource);
  await dataSource.destroy();

  process.env.FL_TEST_ADMIN_URL = adminUrl;
  process.env.FL_TEST_TEMPLATE = template;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
