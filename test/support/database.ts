import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { asTestApp, withDatabase } from './global-setup';

/** A fresh, migrated database for one test file, cloned from the run's template; the URL logs in as the owner. */
export async function createTestDatabase(): Promise<string> {
  const adminUrl = process.env.FL_TEST_ADMIN_URL;
  const template = process.env.FL_TEST_TEMPLATE;
  if (!adminUrl || !template)
    throw new Error('The jest global setup did not run: use `npm test` or `npx jest`.');
  // The parent's pid ties the databases to this run so the teardown can drop them.
  const name = `fl_t_${process.ppid}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  return withDatabase(adminUrl, name);
}

/** A fresh database with both logins: the owner's (migrations, fixtures) and the app role's (the api's pool). */
export async function createTestDatabases(): Promise<{ ownerUrl: string; appUrl: string }> {
  const ownerUrl = await createTestDatabase();
  return { ownerUrl, appUrl: asTestApp(ownerUrl) };
}
