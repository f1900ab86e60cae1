import type { DataSource } from 'typeorm';
import { createQueue, startQueue } from './inference-queue';

/**
 * The tables whose rows are evidence. The app role may only add and read them: no UPDATE,
 * DELETE or TRUNCATE, and it must not own them (an owner can drop the append-only triggers).
 */
export const AUDIT_TABLES = [
  'audit_event',
  'audit_checkpoint',
  'audit_witness',
  'audit_cosignature',
  'audit_witness_refusal',
];

/** The role a postgres:// URL logs in as, or undefined when the URL leaves it to libpq's default. */
export function roleOf(url: string): string | undefined {
  const user = decodeURIComponent(new URL(url).username);
  return user || undefined;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** CREATE ROLE ... LOGIN, or the new password for an existing one; never a superuser or BYPASSRLS. */
export async function ensureLoginRole(
  run: (sql: string) => Promise<unknown>,
  name: string,
  password: string,
): Promise<void> {
  await run(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ${literal(name)}) THEN
        CREATE ROLE ${ident(name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS;
      END IF;
    END $$`);
  await run(`ALTER ROLE ${ident(name)} LOGIN NOSUPERUSER NOBYPASSRLS PASSWORD ${literal(password)}`);
}

/**
 * Run as the owner after migrations, every start (idempotent, so new tables are covered): the
 * app role reads and writes the working tables, may only INSERT and SELECT the audit tables,
 * and never touches the migrations table. pg-boss's schema is created here by the owner too,
 * with the inference queue's partition, so the app role needs no CREATE right.
 */
export async function grantAppRole(owner: DataSource, ownerUrl: string, appRole: string): Promise<void> {
  const boss = createQueue(ownerUrl, 'api');
  await startQueue(boss);
  await boss.stop({ graceful: false, wait: true });
  const app = ident(appRole);
  const audit = AUDIT_TABLES.join(', ');
  await owner.query(`
    GRANT USAGE ON SCHEMA public, pgboss TO ${app};
    GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public, pgboss TO ${app};
    GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public, pgboss TO ${app};
    GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public, pgboss TO ${app};
    REVOKE ALL ON ${audit} FROM ${app};
    GRANT SELECT, INSERT ON ${audit} TO ${app};
    REVOKE ALL ON migrations FROM ${app};
    GRANT SELECT ON migrations TO ${app};
  `);
}

export interface RoleProblems {
  role: string;
  problems: string[];
}

/** What makes the connected role unfit to be the app role; an empty list when it is fit. */
export async function appRoleProblems(app: DataSource): Promise<RoleProblems> {
  const [row] = await app.query(
    `SELECT current_user AS role, r.rolsuper AS superuser, r.rolbypassrls AS bypassrls,
       ARRAY(SELECT t FROM unnest($1::text[]) t
             WHERE to_regclass(t) IS NOT NULL
               AND pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = to_regclass(t)), 'USAGE')) AS owns,
       ARRAY(SELECT t FROM unnest($1::text[]) t
             WHERE to_regclass(t) IS NOT NULL
               AND (has_table_privilege(t, 'UPDATE') OR has_table_privilege(t, 'DELETE')
                    OR has_table_privilege(t, 'TRUNCATE'))) AS rewrites
     FROM pg_roles r WHERE r.rolname = current_user`,
    [AUDIT_TABLES],
  );
  const problems: string[] = [];
  if (row.superuser) problems.push('is a superuser');
  if (row.bypassrls) problems.push('has BYPASSRLS');
  if (row.owns.length) problems.push(`owns ${row.owns.join(', ')}`);
  else if (row.rewrites.length) problems.push(`may UPDATE, DELETE or TRUNCATE ${row.rewrites.join(', ')}`);
  return { role: row.role, problems };
}

/** The one sentence the start prints (production) or warns with (development). */
export function roleProblemSentence({ role, problems }: RoleProblems): string {
  return (
    `The database role "${role}" that the api and workers connect as ${problems.join(' and ')}, so it could rewrite the audit log; ` +
    'set DATABASE_URL to a role that is not a superuser, has no BYPASSRLS and owns no table, set MIGRATION_DATABASE_URL to the owner, ' +
    'and the start grants the app role the rest (only SELECT and INSERT on the audit tables; see docs/governance.md).'
  );
}
