import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { createLogger } from '../common/logger';
import { migrateAsOwner, openDatabase } from '../database/connect';

/** `npm run migrate`: applies pending migrations (as MIGRATION_DATABASE_URL's owner) and grants the app role. */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'migrate');
  const database = await openDatabase(config, logger);
  try {
    const applied = await migrateAsOwner(database);
    process.stdout.write(
      applied.length ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n',
    );
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
