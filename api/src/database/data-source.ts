import { DataSource } from 'typeorm';
import { migrations } from '../../../migrations';

/** How long an idle pooled connection is kept before it is closed. */
const IDLE_CONNECTION_MS = 5 * 60_000;

/** The one TypeORM connection: SQL lives in repositories, schema changes in migrations/. */
export function createDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    migrations,
    migrationsRun: false,
    synchronize: false,
    logging: false,
    extra: {
      max: poolSize,
      application_name: 'frameledger',
      // Reopened connections (sign-in, then backends with cold catalog caches) cost the quarterly
      // summary 30-60 ms after 11 s idle at 1 M tasks, so idle ones are kept for minutes, not
      // pg's 10 s: a planner who pauses between pages finds them warm. They never keep a process
      // alive that has nothing else to do.
      idleTimeoutMillis: IDLE_CONNECTION_MS,
      allowExitOnIdle: true,
    },
  });
}

export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
