// An embedded PostgreSQL until SIGTERM: `node scripts/run-ts.js test/support/run-database.ts DIR [PORT]`
// prints one JSON line with its URLs (the superuser's and the app role's). See database-process.ts.
import { startEmbeddedPostgres } from '../../api/src/database/embedded';

const [dataDir, port] = process.argv.slice(2);
void startEmbeddedPostgres(dataDir, () => undefined, port ? Number(port) : undefined).then((db) => {
  process.stdout.write(`${JSON.stringify({ url: db.url, appUrl: db.appUrl })}\n`);
  process.once('SIGTERM', () => void db.stop().then(() => process.exit(0)));
});
