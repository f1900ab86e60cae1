import PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../config/config';

/** The pg-boss queue inference jobs travel on. */
export const INFERENCE_QUEUE = 'inference-job';

/** What a queue entry carries: only the job's id; everything else is read from inference_job. */
export interface QueuedJob {
  jobId: string;
}

export type QueueSettings = Pick<
  AppConfig,
  'inferenceRetryLimit' | 'inferenceJobTimeoutSeconds' | 'inferencePollSeconds'
>;

/**
 * A pg-boss instance on our database. `worker` instances run pg-boss's maintenance (expiring
 * stuck jobs, archiving); the api only sends and cancels, so it keeps a small pool and no timers.
 */
export function createQueue(databaseUrl: string, role: 'api' | 'worker'): PgBoss {
  return new PgBoss({
    connectionString: databaseUrl,
    application_name: `frameledger-${role}-queue`,
    max: role === 'api' ? 2 : 3,
    supervise: role === 'worker',
    schedule: false,
    migrate: true,
  });
}

export async function startQueue(boss: PgBoss): Promise<void> {
  await boss.start();
  await boss.createQueue(INFERENCE_QUEUE);
}

/**
 * pg-boss's statements run through the caller's transaction (pg-boss 10's `db` option), so the
 * job row and its queue entry commit together: a refused job leaves neither, an accepted one both.
 */
function inTransaction(manager: EntityManager): PgBoss.Db {
  return { executeSql: async (text, values) => ({ rows: await manager.query(text, values) }) };
}

/** Queues a job inside the transaction that writes its row; `queueJobId` becomes the pg-boss job id. */
export async function sendInTransaction(
  boss: PgBoss,
  manager: EntityManager,
  job: QueuedJob & { queueJobId: string },
  settings: QueueSettings,
): Promise<void> {
  const sent = await boss.send(INFERENCE_QUEUE, { jobId: job.jobId } satisfies QueuedJob, {
    id: job.queueJobId,
    retryLimit: settings.inferenceRetryLimit,
    // A runtime failure (GPU memory, a driver hiccup) gets a moment before the next attempt:
    // one polling period, doubling with each retry.
    retryDelay: settings.inferencePollSeconds,
    retryBackoff: true,
    expireInSeconds: settings.inferenceJobTimeoutSeconds,
    db: inTransaction(manager),
  });
  if (sent !== job.queueJobId)
    throw new Error(`The queue did not take job ${job.jobId} (pg-boss answered ${String(sent)}).`);
}

/** Takes a queue entry out of the queue inside the caller's transaction (a job cancelled or re-queued). */
export async function cancelInTransaction(
  boss: PgBoss,
  manager: EntityManager,
  queueJobId: string,
): Promise<void> {
  await boss.cancel(INFERENCE_QUEUE, queueJobId, { db: inTransaction(manager) });
}

/** The pg-boss state of a queue entry, or null when pg-boss no longer has it. */
export async function queueState(
  boss: PgBoss,
  manager: EntityManager,
  queueJobId: string,
): Promise<string | null> {
  const job = await boss.getJobById(INFERENCE_QUEUE, queueJobId, {
    db: inTransaction(manager),
    includeArchive: false,
  });
  return job?.state ?? null;
}
