import 'reflect-metadata';
import { loadConfig } from '../config/config';
import { createLogger } from '../common/logger';
import { migrateAsOwner, openDatabase } from '../database/connect';
import { createDataSource } from '../database/data-source';
import { openFileStore } from '../platform/files/create-file-store';
import { seedDemo } from '../../../seeds';

/** `npm run seed`: migrates, then loads the demo if the database is empty (idempotent). */
async function main() {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, 'seed');
  const database = await openDatabase(config, logger);
  const dataSource = createDataSource(database.url, 2);
  try {
    await migrateAsOwner(database);
    await dataSource.initialize();
    const seeded = await seedDemo(dataSource, await openFileStore(config));
    process.stdout.write(
      seeded ? 'Demo data loaded.\n' : 'The database has data already; nothing changed.\n',
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
}

main().catch((error) => {
  process.stderr.write(`Seeding failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
