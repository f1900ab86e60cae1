import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { AppConfig, ConfigError } from '../config/config';
import { appRoleProblems, grantAppRole, roleOf, roleProblemSentence } from './app-role';
import { createDataSource, runMigrations } from './data-source';
import { startEmbeddedPostgres } from './embedded';

export interface OpenDatabase {
  /** The app role: the api's pool and the workers. */
  url: string;
  /** The owner role: migrations and grants. */
  ownerUrl: string;
  stop(): Promise<void>;
}

/** The database this process talks to: DATABASE_URL (and MIGRATION_DATABASE_URL), or an embedded one under the data dir. */
export async function openDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'migrationDatabaseUrl' | 'dataDir'>,
  logger: Logger,
): Promise<OpenDatabase> {
  if (config.databaseUrl) {
    const url = config.databaseUrl;
    return { url, ownerUrl: config.migrationDatabaseUrl ?? url, stop: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres(config.dataDir, (m) => logger.debug({ postgres: m }));
  logger.info({ dataDir: config.dataDir }, 'embedded PostgreSQL started');
  return { url: embedded.appUrl, ownerUrl: embedded.url, stop: embedded.stop };
}

/**
 * As the owner: applies pending migrations, then (when the app role is a different role) grants
 * it what it may do. Returns the names of the migrations applied.
 */
export async function migrateAsOwner(database: Pick<OpenDatabase, 'url' | 'ownerUrl'>): Promise<string[]> {
  const owner = createDataSource(database.ownerUrl, 2);
  await owner.initialize();
  try {
    const applied = await runMigrations(owner);
    const appRole = roleOf(database.url);
    if (appRole && appRole !== roleOf(database.ownerUrl)) {
      await grantAppRole(owner, database.ownerUrl, appRole);
    }
    return applied;
  } finally {
    await owner.destroy();
  }
}

/**
 * The boot check of the app role: a role that could rewrite the audit log (superuser, BYPASSRLS,
 * owner of the audit tables, or holding UPDATE or DELETE on them) stops a production start with
 * one sentence, and is a loud warning elsewhere.
 */
export async function checkAppRole(
  app: DataSource,
  config: Pick<AppConfig, 'nodeEnv'>,
  logger: Logger,
): Promise<void> {
  const found = await appRoleProblems(app);
  if (!found.problems.length) return;
  const sentence = roleProblemSentence(found);
  if (config.nodeEnv === 'production') throw new ConfigError(sentence);
  logger.warn({ role: found.role, problems: found.problems }, `INSECURE DATABASE ROLE: ${sentence}`);
}
