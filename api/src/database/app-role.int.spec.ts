import { DataSource } from 'typeorm';
import { ConfigError } from '../config/config';
import { testLogger } from '../../../test/support/quiet-logger';
import { createTestDatabases } from '../../../test/support/database';
import { appRoleProblems } from './app-role';
import { checkAppRole } from './connect';
import { createDataSource } from './data-source';

/**
 * What the app role (as the api and workers connect) may not do to the evidence. Each statement
 * must fail with PostgreSQL's insufficient_privilege (42501): permission denied, or "must be
 * owner", never the append-only trigger (which only an owner could switch off).
 */
describe('the app role the api and workers connect as', () => {
  let app: DataSource;
  let owner: DataSource;
  beforeAll(async () => {
    const { ownerUrl, appUrl } = await createTestDatabases();
    app = createDataSource(appUrl, 2);
    owner = createDataSource(ownerUrl, 2);
    await Promise.all([app.initialize(), owner.initialize()]);
  });
  afterAll(async () => {
    await app?.destroy();
    await owner?.destroy();
  });

  const denied = async (sql: string) => {
    const error = await app.query(sql).then(
      () => null,
      (e: { code?: string; message: string }) => e,
    );
    return error ? `${error.code} ${error.message}` : 'allowed';
  };

  it.each([
    ['audit_event', 'actor'],
    ['audit_checkpoint', 'signature'],
    ['audit_cosignature', 'signature'],
    ['audit_witness', 'name'],
  ])('cannot UPDATE, DELETE or TRUNCATE %s, nor alter or drop its triggers', async (table, column) => {
    expect(await denied(`UPDATE ${table} SET ${column} = 'x'`)).toMatch(/^42501 permission denied for table/);
    expect(await denied(`DELETE FROM ${table}`)).toMatch(/^42501 permission denied for table/);
    expect(await denied(`TRUNCATE ${table}`)).toMatch(/^42501 permission denied for table/);
    expect(await denied(`ALTER TABLE ${table} DISABLE TRIGGER ALL`)).toMatch(/^42501 must be owner of table/);
    const [{ tgname }] = await app.query(
      `SELECT tgname FROM pg_trigger WHERE tgrelid = $1::regclass AND NOT tgisinternal LIMIT 1`,
      [table],
    );
    expect(await denied(`DROP TRIGGER ${tgname} ON ${table}`)).toMatch(
      /^42501 must be owner of (table|relation)/,
    );
    expect(await denied(`DROP TABLE ${table}`)).toMatch(/^42501 must be owner of table/);
  });

  it('cannot turn triggers off with session_replication_role, nor replace the append-only function', async () => {
    expect(await denied(`SET session_replication_role = replica`)).toMatch(
      /^42501 permission denied to set parameter "session_replication_role"/,
    );
    expect(
      await denied(
        `CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`,
      ),
    ).toMatch(/^42501 (must be owner of function|permission denied for schema public)/);
  });

  it('may read and append the audit tables and write the working tables', async () => {
    const [rights] = await app.query(`SELECT
      has_table_privilege('audit_event', 'INSERT') AND has_table_privilege('audit_event', 'SELECT') AS audit,
      has_table_privilege('audit_checkpoint', 'INSERT') AS checkpoints,
      has_table_privilege('time_entry', 'UPDATE') AND has_table_privilege('task', 'DELETE') AS working,
      has_table_privilege('migrations', 'INSERT') AS migrations`);
    expect(rights).toEqual({ audit: true, checkpoints: true, working: true, migrations: false });
  });

  it('passes the boot check; the owner (a superuser here) would stop a production start with one sentence', async () => {
    expect((await appRoleProblems(app)).problems).toEqual([]);
    const found = await appRoleProblems(owner);
    expect(found.problems[0]).toBe('is a superuser');
    await expect(checkAppRole(owner, { nodeEnv: 'production' }, testLogger())).rejects.toThrow(ConfigError);
    await expect(checkAppRole(owner, { nodeEnv: 'production' }, testLogger())).rejects.toThrow(
      new RegExp(
        `^The database role "${found.role}" that the api and workers connect as is a superuser.*, so it could rewrite the audit log; set DATABASE_URL to a role`,
      ),
    );
    await expect(checkAppRole(owner, { nodeEnv: 'development' }, testLogger())).resolves.toBeUndefined();
  });
});
