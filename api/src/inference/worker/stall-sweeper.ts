import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/config';
import type { AuditLog } from '../../platform/audit/log/audit-log.service';
import { cancelInTransaction, queueState } from '../../database/inference-queue';
import { requeueJob } from './requeue';
import type { OpenJob, WorkerJobsRepository } from './worker-jobs.repository';

/**
 * pg-boss states in which the queue will still deliver a queued job's entry. An `active` entry of a
 * job still QUEUED long after was fetched by a worker that died before it could claim the job (a
 * live worker claims within milliseconds), so it does not count.
 */
const WAITING_STATES = ['created', 'retry'];

/**
 * Finds jobs no worker will finish and acts on them, in every worker, every half stall period:
 * - a RUNNING job whose worker has written nothing for INFERENCE_STALL_SECONDS (killed, crashed,
 *   or hung) goes back to the queue and resumes from its last recorded frame on another worker;
 * - a QUEUED job whose queue entry pg-boss will not deliver (gone past its retention, failed by the
 *   queue after its retries, or taken by a worker that died before claiming it) gets a new entry.
 * After the last attempt allowed (INFERENCE_RETRY_LIMIT retries) the job is marked FAILED instead.
 * Rows are locked with SKIP LOCKED, so workers sweeping at once never act on the same job twice.
 */
export class StallSweeper {
  private timer?: NodeJS.Timeout;
  private sweeping?: Promise<void>;

  constructor(
    private readonly deps: {
      db: DataSource;
      jobs: WorkerJobsRepository;
      boss: PgBoss;
      audit: AuditLog;
      config: AppConfig;
      logger: Logger;
      /** The jobs this worker is running: a long frame here is not a stall. */
      running(): string[];
    },
  ) {}

  start(): void {
    const everyMs = Math.max(1, Math.floor(this.deps.config.inferenceStallSeconds / 2)) * 1000;
    this.timer = setInterval(() => {
      this.sweeping ??= this.sweep()
        .catch((error) =>
          this.deps.logger.warn({ err: error }, 'stalled-job sweep failed; trying again next time'),
        )
        .finally(() => (this.sweeping = undefined));
    }, everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }

  async sweep(): Promise<void> {
    const { db, jobs, boss, config } = this.deps;
    await db.transaction(async (manager) => {
      for (const job of await jobs.untouched(
        'RUNNING',
        config.inferenceStallSeconds,
        this.deps.running(),
        manager,
      )) {
        await this.retryOrGiveUp(
          job,
          `The worker running it stopped responding (nothing written for ${config.inferenceStallSeconds} s) after ${job.framesDone} frames`,
          manager,
        );
      }
      for (const job of await jobs.untouched('QUEUED', config.inferenceStallSeconds, [], manager)) {
        const state = await queueState(boss, manager, job.queueJobId);
        if (state !== null && WAITING_STATES.includes(state)) continue;
        await this.retryOrGiveUp(
          job,
          `The queue would not deliver it (its entry is ${state ?? 'gone'})`,
          manager,
        );
      }
    });
  }

  private async retryOrGiveUp(job: OpenJob, what: string, manager: EntityManager): Promise<void> {
    const { jobs, boss, config, audit, logger } = this.deps;
    const allowed = config.inferenceRetryLimit + 1;
    if (job.attempt >= allowed) {
      const reason = `${what}; it has been tried ${job.attempt} times, the most INFERENCE_RETRY_LIMIT allows, so it is marked FAILED. Submit it again once the workers are healthy.`;
      await cancelInTransaction(boss, manager, job.queueJobId);
      await jobs.abandon(job.id, reason, manager);
      await audit.append(manager, {
        actor: 'system',
        action: 'inference.job.failed',
        subjectType: 'inference_job',
        subjectId: job.id,
        productionId: job.productionId,
        payload: { attempts: job.attempt, error: reason, failedFrame: null },
      });
      logger.warn({ jobId: job.id, attempts: job.attempt }, 'job abandoned after its last attempt');
      return;
    }
    await requeueJob(
      boss,
      jobs,
      job,
      `${what}; queued again (attempt ${job.attempt + 1} of ${allowed} next).`,
      config,
      manager,
    );
    logger.warn({ jobId: job.id, attempt: job.attempt }, 'stalled or lost job queued again');
  }
}
