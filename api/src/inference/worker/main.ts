import 'reflect-metadata';
import { AppConfig, ConfigError, loadConfig } from '../../config/config';
import { createLogger } from '../../common/logger';
import { bundledBackends } from '../engine';
import { WorkerRefused } from './device-check';
import { InferenceWorker } from './inference-worker';

/** The config, or the reason the worker cannot start: it must share the api's database, so DATABASE_URL is required. */
function workerConfig(): AppConfig & { databaseUrl: string } {
  const refuse = (reason: string): never => {
    process.stderr.write(`The FrameLedger worker cannot start: ${reason}\n`);
    process.exit(1);
  };
  try {
    const config = loadConfig();
    if (config.databaseUrl) return { ...config, databaseUrl: config.databaseUrl };
    return refuse(
      "set DATABASE_URL to the api's database (npm start passes it to the worker it starts itself).",
    );
  } catch (error) {
    if (error instanceof ConfigError) return refuse(error.message);
    throw error;
  }
}

/** `npm run worker`: one inference worker against DATABASE_URL (npm start runs one as its child). */
async function main() {
  const config = workerConfig();
  const logger = createLogger(config.logLevel, 'worker');
  const worker = await InferenceWorker.start(config, config.databaseUrl, logger);
  logger.info(
    { deviceClass: config.workerDeviceClass, backends: bundledBackends(), pid: process.pid },
    'inference worker ready',
  );

  const shutdown = async (reason: string) => {
    logger.info({ reason }, 'worker stopping');
    await worker.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  // Started by the api over IPC: when the api goes away (even killed), so does its worker.
  if (process.send) process.once('disconnect', () => void shutdown('the api that started it exited'));
}

main().catch((error) => {
  if (error instanceof WorkerRefused) {
    process.stderr.write(`The FrameLedger worker cannot start: ${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(
    `The FrameLedger worker stopped: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
