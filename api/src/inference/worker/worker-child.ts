import { ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { setPriority } from 'node:os';
import { join } from 'node:path';
import type { Logger } from 'pino';

export interface WorkerChild {
  stop(): Promise<void>;
}

/**
 * The worker beside the api runs at a lower CPU priority (nice 10): on one machine a render may
 * take every core for minutes, and people's requests should not wait behind it. Threads the
 * worker starts later (onnxruntime's pools) inherit it. A worker of its own (npm run worker, a GPU
 * machine) keeps normal priority.
 */
const WORKER_NICE = 10;
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
    try {
      if (child.pid) setPriority(child.pid, WORKER_NICE);
    } catch (error) {
      logger.warn(
        { err: error },
        'could not lower the inference worker priority; it runs at normal priority',
      );
    }
    logger.info({ pid: child.pid, nice: WORKER_NICE }, 'inference worker started');
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
