import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { createLogger } from '../common/logger';
import { openDatabase } from '../bootstrap';
import { createDataSource, runMigrations } from '../database/data-source';

/** `npm run migrate`: applies pending migrations to DATABASE_URL or the embedded database. */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'migrate');
  const database = await openDatabase(config, logger);
  const dataSource = createDataSource(database.url, 2);
  try {
    await dataSource.initialize();
    const applied = await runMigrations(dataSource);
    process.stdout.write(
      applied.length ? `Applied: ${applied.join(', ')}\n` : 'The database is up to date.\n',
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`Migration failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
