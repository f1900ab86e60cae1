import { Client } from 'pg';

/** Drops the databases this run made (they matter on an external server) and stops the embedded one. */
export default async function globalTeardown(): Promise<void> {
  const state = globalThis as { __flStop?: () => Promise<void>; __flRefs?: number };
  state.__flRefs = (state.__flRefs ?? 1) - 1;
  if (state.__flRefs > 0) return;
  const adminUrl = process.env.FL_TEST_ADMIN_URL;
  if (adminUrl && !state.__flStop) {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    const { rows } = await admin.query(
      `SELECT datname FROM pg_database WHERE datname LIKE 'fl\\_t\\_${process.pid}\\_%' OR datname = $1`,
      [process.env.FL_TEST_TEMPLATE],
    );
    for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await admin.end();
  }
  await state.__flStop?.();
  delete process.env.FL_TEST_ADMIN_URL;
}
