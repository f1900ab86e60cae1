import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/config';
import type { AuditLog } from '../../platform/audit/log/audit-log.service';
import { cancelInTransaction, queueState } from '../../database/inference-queue';
import { requeueJob } from './requeue';
import { unfinishedLine } from './unfinished-line';
import type { OpenJob, WorkerJobsRepository } from './worker-jobs.repository';

/**
 * pg-boss states in which the queue will still deliver a queued job's entry. An `active` entry of a
 * job still QUEUED long after was fetched by a worker that died before it could claim the job (a
 * live worker claims within milliseconds), so it does not count.
 */
const WAITING_STATES = ['created', 'retry'];

/** Beats a worker may miss before its jobs count as abandoned: one late beat is not a dead worker. */
export const MISSED_BEATS = 3;

/** What the sweep booked for a stalled attempt, for the audit event that requeues or fails the job. */
type Booked = Awaited<ReturnType<WorkerJobsRepository['bookStalled']>>;

/**
 * Finds jobs no worker will finish and acts on them, in every worker, every heartbeat period:
 * - a RUNNING job whose worker has missed MISSED_BEATS heartbeats (killed, crashed, cut off), or
 *   has recorded no progress for INFERENCE_STALL_SECONDS (alive but hung), goes back to the queue
 *   and resumes from its last recorded frame on another worker; the stalled attempt's machine time
 *   is booked as its own cost line (outcome STALLED);
 * - a QUEUED job whose queue entry pg-boss will not deliver (gone past its retention, failed by the
 *   queue after its retries, or taken by a worker that died before claiming it) gets a new entry.
 * Each requeue is audited (inference.job.requeued). After the last attempt allowed
 * (INFERENCE_RETRY_LIMIT retries) the job is marked FAILED instead. Rows are locked with SKIP
 * LOCKED, so workers sweeping at once never act on the same job twice.
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
    this.timer = setInterval(() => {
      this.sweeping ??= this.sweep()
        .catch((error) =>
          this.deps.logger.warn({ err: error }, 'stalled-job sweep failed; trying again next time'),
        )
        .finally(() => (this.sweeping = undefined));
    }, this.deps.config.inferenceHeartbeatSeconds * 1000);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.sweeping;
  }

  async sweep(): Promise<void> {
    const { db, jobs, boss, config } = this.deps;
    const goneSeconds = MISSED_BEATS * config.inferenceHeartbeatSeconds;
    await db.transaction(async (manager) => {
      for (const job of await jobs.stalled(
        goneSeconds,
        config.inferenceStallSeconds,
        this.deps.running(),
        manager,
      )) {
        const booked = await jobs.bookStalled(
          job,
          (wallMs) => unfinishedLine(jobs, job.id, wallMs, config.workerDeviceClass),
          manager,
        );
        const what = job.workerGone
          ? `The worker running it stopped its heartbeat (none for ${goneSeconds} s) after ${job.framesDone} frames`
          : `The worker running it recorded no progress for ${config.inferenceStallSeconds} s after ${job.framesDone} frames`;
        await this.retryOrGiveUp(job, what, manager, booked);
      }
      for (const job of await jobs.untaken(config.inferenceStallSeconds, manager)) {
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

  private async retryOrGiveUp(
    job: OpenJob,
    what: string,
    manager: EntityManager,
    booked?: Booked,
  ): Promise<void> {
    const { jobs, boss, config, audit, logger } = this.deps;
    const allowed = config.inferenceRetryLimit + 1;
    // The killed attempt's own cost line, when one was booked: the studio paid for that machine time.
    const stalledRun = booked
      ? {
          aiRunId: booked.aiRunId,
          wallMs: String(Math.round(booked.wallMs)),
          computeCost: { amountMinor: booked.line.costMinor.toString(), currency: booked.line.rate.currency },
        }
      : null;
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
        payload: { attempts: job.attempt, error: reason, failedFrame: null, stalledRun },
      });
      logger.warn({ jobId: job.id, attempts: job.attempt }, 'job abandoned after its last attempt');
      return;
    }
    const reason = `${what}; queued again (attempt ${job.attempt + 1} of ${allowed} next).`;
    await requeueJob(boss, jobs, job, reason, config, manager);
    await audit.append(manager, {
      actor: 'system',
      action: 'inference.job.requeued',
      subjectType: 'inference_job',
      subjectId: job.id,
      productionId: job.productionId,
      payload: { attempt: job.attempt, framesDone: job.framesDone, reason, stalledRun },
    });
    logger.warn({ jobId: job.id, attempt: job.attempt }, 'stalled or lost job queued again');
  }
}
