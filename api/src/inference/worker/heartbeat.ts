import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { HEARTBEAT_SQL } from './worker-jobs.repository';

/**
 * The thread's code, plain CommonJS run with `eval` so it needs no TypeScript loader. Its own
 * connection, its own event loop: onnxruntime-node's run holds the main thread's loop for a whole
 * frame, which may take minutes, and the beat must not wait for it. A failed beat (the database
 * away) drops the connection and tries again next period.
 */
const THREAD = `
const { workerData, parentPort } = require('node:worker_threads');
const { Client } = require(workerData.pg);
let client;
let busy = false;
async function beat() {
  if (busy) return;
  busy = true;
  try {
    if (!client) {
      const fresh = new Client({ connectionString: workerData.url });
      fresh.on('error', () => undefined);
      await fresh.connect();
      client = fresh;
    }
    await client.query(workerData.sql, [workerData.id]);
  } catch (error) {
    client?.end().catch(() => undefined);
    client = undefined;
    parentPort.postMessage(String(error && error.message));
  } finally {
    busy = false;
  }
}
beat();
setInterval(beat, workerData.everyMs);
`;

/**
 * Beats the worker's row every `everySeconds` from a thread of its own, so a stall sweep can tell a
 * dead worker (no beat for a few periods) from one busy on a long frame, whatever the frame time.
 */
export class Heartbeat {
  private constructor(private readonly thread: Worker) {}

  static start(databaseUrl: string, workerId: string, everySeconds: number, logger: Logger): Heartbeat {
    const thread = new Worker(THREAD, {
      eval: true,
      workerData: {
        pg: require.resolve('pg'),
        url: databaseUrl,
        id: workerId,
        sql: HEARTBEAT_SQL,
        everyMs: everySeconds * 1000,
      },
    });
    thread.on('message', (message: string) =>
      logger.warn({ reason: message }, 'heartbeat failed; trying again next period'),
    );
    thread.on('error', (error) => logger.error({ err: error }, 'heartbeat thread stopped'));
    thread.unref();
    return new Heartbeat(thread);
  }

  async stop(): Promise<void> {
    await this.thread.terminate();
  }
}
