import { randomUUID } from 'node:crypto';
import type PgBoss from 'pg-boss';
import type { EntityManager } from 'typeorm';
import { cancelInTransaction, QueueSettings, sendInTransaction } from '../../database/inference-queue';
import type { WorkerJobsRepository } from './worker-jobs.repository';

/**
 * Puts a job back in the queue under a new queue entry, in the caller's transaction: the old entry
 * is cancelled, so a worker that still holds it (stalled, not dead) can no longer complete it or
 * claim the job, and the new entry is taken by whichever worker is free.
 */
export async function requeueJob(
  boss: PgBoss,
  jobs: WorkerJobsRepository,
  job: { id: string; queueJobId: string },
  reason: string,
  settings: QueueSettings,
  manager: EntityManager,
): Promise<void> {
  const queueJobId = randomUUID();
  await cancelInTransaction(boss, manager, job.queueJobId);
  await jobs.requeue(job.id, queueJobId, reason, manager);
  await sendInTransaction(boss, manager, { jobId: job.id, queueJobId }, settings);
}
