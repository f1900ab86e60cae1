import { ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Logger } from 'pino';

export interface WorkerChild {
  stop(): Promise<void>;
}

/** A worker that dies on its own is started again after this pause, not in a tight loop. */
const RESTART_DELAY_MS = 5000;
/** A stopping worker finishes its current frame and hands its job back; past this it is killed. */
const STOP_TIMEOUT_MS = 70_000;

/**
 * The worker `npm start` runs beside the api: a child process on the same database (the resolved
 * DATABASE_URL, the embedded one included) and data dir. Restarted if it dies; stopped with the api.
 */
export function startWorkerChild(databaseUrl: string, dataDir: string, logger: Logger): WorkerChild {
  let child: ChildProcess | undefined;
  let stopping = false;
  const spawnWorker = () => {
    child = fork(join(__dirname, 'main.js'), [], {
      env: { ...process.env, DATABASE_URL: databaseUrl, FRAMELEDGER_DATA_DIR: dataDir },
      stdio: 'inherit',
    });
    logger.info({ pid: child.pid }, 'inference worker started');
    child.once('exit', (code, signal) => {
      if (stopping) return;
      logger.error({ code, signal }, 'inference worker exited; starting another');
      setTimeout(() => !stopping && spawnWorker(), RESTART_DELAY_MS).unref();
    });
  };
  spawnWorker();
  return {
    stop: async () => {
      stopping = true;
      const running = child;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = once(running, 'exit');
      running.kill('SIGTERM');
      const timer = setTimeout(() => running.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
