import { performance } from 'node:perf_hooks';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/config';
import type { FileStore } from '../../platform/files/file-store';
import type { StoredFilesRepository } from '../../platform/files/stored-files.repository';
import type { SigningKey } from '../../platform/audit/core/keys';
import type { AuditLog } from '../../platform/audit/log/audit-log.service';
import { buildRenderProvenance } from '../../governance/render-provenance/render-provenance';
import {
  billedDevice,
  dryRun,
  FrameFailedError,
  InferenceInputError,
  readsFrom,
  runFrames,
  type FrameResult,
  type SessionCache,
  type SessionLease,
} from '../engine';
import type { QueuedJob } from '../../database/inference-queue';
import { linkPreviousFrames } from './previous-frames';
import { readAhead } from './read-ahead';
import { requeueJob } from './requeue';
import { machineCost } from './machine-cost';
import { unfinishedLine } from './unfinished-line';
import { readVerified, StoredBytesChangedError } from './verified-read';
import type { Claim, ComputeRate, JobFrame, JobModel, WorkerJobsRepository } from './worker-jobs.repository';

export interface RunnerDeps {
  db: DataSource;
  jobs: WorkerJobsRepository;
  files: StoredFilesRepository;
  audit: AuditLog;
  store: FileStore;
  sessions: SessionCache;
  boss: PgBoss;
  signingKey: SigningKey;
  config: AppConfig;
  logger: Logger;
  /** This worker's row in inference_worker, which its heartbeat thread beats. */
  workerId: string;
  /** True once the worker is shutting down: the job stops after its current frame and goes back to the queue. */
  stopping(): boolean;
}

/** Another attempt owns the job (this worker stalled and the job was given away): write nothing more. */
class Superseded extends Error {}

type Stop = 'cancel' | 'superseded' | 'shutdown';

/**
 * Runs one job from the queue: claim it, open (or reuse) the model's session, render the frames
 * not rendered yet, record each frame as it is done, and finish with the AI cost line and an audit
 * event. Throws only to ask the queue for a retry; everything else ends in the job's own row.
 */
export class JobRunner {
  private readonly current = new Set<string>();
  /** Sessions that have had their warm-up run (a cached session is warm for every later job). */
  private readonly warmed = new WeakSet<object>();

  constructor(private readonly deps: RunnerDeps) {}

  /** The jobs this runner holds a claim on right now. */
  running(): string[] {
    return [...this.current];
  }

  async run(queued: PgBoss.JobWithMetadata<QueuedJob>): Promise<void> {
    const { jobs, config, logger } = this.deps;
    const claim = await jobs.claim(
      queued.data.jobId,
      queued.id,
      config.workerDeviceClass,
      this.deps.workerId,
    );
    if (!claim) {
      logger.info(
        { jobId: queued.data.jobId, queueJobId: queued.id },
        'queue entry no longer current; skipped',
      );
      return;
    }
    this.current.add(claim.jobId);
    try {
      await this.runClaimed(claim, queued);
    } finally {
      this.current.delete(claim.jobId);
    }
  }

  private async runClaimed(claim: Claim, queued: PgBoss.JobWithMetadata<QueuedJob>): Promise<void> {
    const { jobs, config, logger } = this.deps;
    const log = logger.child({ jobId: claim.jobId, attempt: claim.attempt });
    const started = performance.now();
    const wallMs = () => claim.wallMsBefore + (performance.now() - started);
    try {
      if (claim.cancelRequested) return await this.end(claim, { status: 'CANCELLED', wallMs: wallMs() });
      const model = await jobs.model(claim.jobId);
      const lease = await this.deps.sessions.acquire(model.sha256, () =>
        readVerified(this.deps.store, model.sha256, 'model', 'modelId'),
      );
      try {
        log.info({ provider: lease.provider, device: lease.device, skipped: lease.skipped }, 'session open');
        // Billed at the rate of the device that really ran the session, whatever the worker was set up as.
        const billed = billedDevice(config.workerDeviceClass, lease.provider, lease.device);
        if (billed.mismatch && config.inferenceDeviceMismatch === 'refuse') throw new Error(billed.mismatch);
        const rate = await jobs.computeRate(billed.deviceClass, new Date());
        if (!rate) {
          const error = `No compute rate is set for device class ${billed.deviceClass}, so the job's cost cannot be recorded; add one (rates) or start the worker with another WORKER_DEVICE_CLASS, then submit the job again.`;
          return await this.end(claim, { status: 'FAILED', wallMs: wallMs(), error });
        }
        // The warm-up run: a session's first run pays for allocations and kernel set-up, not the first frame.
        if (!this.warmed.has(lease.session)) {
          await dryRun(lease.session, model.adapter);
          this.warmed.add(lease.session);
        }
        const session = { provider: lease.provider, device: lease.device, deviceClass: rate.deviceClass };
        if (!(await jobs.recordSession(claim, session, billed.mismatch))) throw new Superseded();
        const stop = await this.render(claim, model, lease, wallMs);
        if (stop === 'superseded') throw new Superseded();
        if (stop === 'cancel') return await this.end(claim, { status: 'CANCELLED', wallMs: wallMs() });
        if (stop === 'shutdown') return await this.handBack(claim, queued.id, wallMs());
        await this.succeed(claim, model, lease, rate, wallMs());
        log.info({ wallMs: Math.round(wallMs()) }, 'job succeeded');
      } finally {
        lease.done();
      }
    } catch (error) {
      if (error instanceof Superseded) {
        log.warn('another attempt took the job over; this attempt stops');
        return;
      }
      await this.failed(claim, queued, error, wallMs(), log);
    }
  }

  /** Renders the frames that have no render yet; says why it stopped early, if it did. */
  private async render(
    claim: Claim,
    model: JobModel,
    lease: SessionLease,
    wallMs: () => number,
  ): Promise<Stop | undefined> {
    const frames = await this.deps.jobs.framesToRender(claim.jobId);
    const read = (frame: JobFrame) =>
      readVerified(this.deps.store, frame.sha256, 'frame', `frames[${frame.index}]`);
    const sources = readAhead(frames, read);
    if (readsFrom(model.adapter, 'PREVIOUS_FRAME'))
      await linkPreviousFrames(
        frames,
        sources,
        (indexes) => this.deps.jobs.jobFrames(claim.jobId, indexes),
        read,
      );
    const limit = this.deps.config.maxImagePixelsWide;
    let stop: Stop | undefined;
    await runFrames({
      session: lease.session,
      adapter: model.adapter,
      frames: sources,
      limits: { maxWidth: limit, maxHeight: limit },
      // The production's policy, else the worker's default.
      overlapEncode: lease.provider !== 'cpu',
      batchFrames: this.deps.config.inferenceBatchFrames,
      outputCheck:
        claim.outputCheck === null
          ? this.deps.config.inferenceOutputCheck
          : claim.outputCheck === 'FAIL'
            ? 'fail'
            : 'warn',
      onFrame: async (result) => {
        const recorded = await this.recordFrame(claim, model, lease, frames[result.index], result, wallMs);
        if (!recorded) stop = 'superseded';
        else if (recorded.cancelRequested) stop = 'cancel';
      },
      shouldStop: () => {
        if (!stop && this.deps.stopping()) stop = 'shutdown';
        return stop !== undefined;
      },
    }).catch((error: unknown) => {
      // Name the job's frame (its index in the job), not its position among this attempt's frames.
      if (error instanceof FrameFailedError)
        throw new FrameFailedError(frames[error.frameIndex].index, error.frameName, error.cause);
      throw error;
    });
    return stop;
  }

  /** Stores the render (with its signed provenance) and the thumbnail, then records the frame and the job's progress. */
  private async recordFrame(
    claim: Claim,
    model: JobModel,
    lease: SessionLease,
    frame: JobFrame,
    result: FrameResult,
    wallMs: () => number,
  ): Promise<{ cancelRequested: boolean } | undefined> {
    const { store, files, db, jobs, signingKey } = this.deps;
    const provenance = await buildRenderProvenance(
      {
        output: result.png,
        modelName: model.name,
        modelVersion: model.version,
        modelSha256: model.sha256,
        inputSha256: frame.sha256,
        jobId: claim.jobId,
        frame: frame.number,
        provider: `onnxruntime-${lease.provider}`,
        device: lease.device,
        learnedModel: model.weights === 'TRAINED',
        composited: claim.taskPath !== 'AI_FINAL',
        aiUse: claim.aiCategory === 'GENERATIVE' ? 'GENERATIVE' : 'ASSISTIVE',
        modelProvenance: model.provenance,
      },
      signingKey,
    );
    const [output, thumbnail] = await Promise.all([
      store.put(provenance.output),
      store.put(result.thumbnail),
    ]);
    const stem = frame.name.replace(/\.[A-Za-z0-9]+$/, '');
    return db
      .transaction(async (manager) => {
        const outputFile = await files.record(
          output,
          { mediaType: 'image/png', originalName: `${stem}.${model.name}.png`, kind: 'RENDER' },
          claim.requestedBy,
          manager,
        );
        const thumbnailFile = await files.record(
          thumbnail,
          { mediaType: 'image/jpeg', originalName: `${stem}.${model.name}.thumb.jpg`, kind: 'RENDER' },
          claim.requestedBy,
          manager,
        );
        const recorded = await jobs.recordFrame(
          claim,
          {
            frameIndex: frame.index,
            frameNumber: frame.number,
            frameName: frame.name,
            inputSha256: frame.sha256,
            outputFileId: outputFile.id,
            thumbnailFileId: thumbnailFile.id,
            width: result.width,
            height: result.height,
            ...result.timings,
            manifest: provenance.signed,
            provenanceStatus: provenance.status,
            warnings: result.warnings,
          },
          wallMs(),
          manager,
        );
        // Nothing of this frame may stay behind when another attempt owns the job.
        if (!recorded) throw new Superseded();
        return recorded;
      })
      .catch((error: unknown) => {
        if (error instanceof Superseded) return undefined;
        throw error;
      });
  }

  private async succeed(
    claim: Claim,
    model: JobModel,
    lease: SessionLease,
    rate: ComputeRate,
    wallMs: number,
  ): Promise<void> {
    const cost = machineCost(wallMs, rate);
    await this.deps.db.transaction(async (manager) => {
      const done = await this.deps.jobs.succeed(
        claim,
        { wallMs, rate, ...cost, provider: lease.provider, model },
        manager,
      );
      if (!done) throw new Superseded();
      await this.deps.audit.append(manager, {
        actor: 'system',
        action: 'inference.job.succeeded',
        subjectType: 'inference_job',
        subjectId: claim.jobId,
        productionId: claim.productionId,
        payload: {
          taskId: claim.taskId,
          requestedBy: claim.requestedBy,
          model: `${model.name} ${model.version}`,
          modelSha256: model.sha256,
          provider: lease.provider,
          device: lease.device,
          deviceClass: rate.deviceClass,
          frames: claim.framesTotal,
          attempts: claim.attempt,
          wallMs: String(Math.round(wallMs)),
          pricePerHour: { amountMinor: rate.pricePerHourMinor, currency: rate.currency },
          computeCost: { amountMinor: cost.costMinor.toString(), currency: rate.currency },
          computeCostExact: cost.costExact.toString(),
          aiRunId: done.aiRunId,
        },
      });
    });
  }

  /**
   * A bad frame or an adapter that cannot feed the model fails the job at once (a retry would fail
   * the same way). Anything else is retried by the queue's policy until the attempts run out.
   */
  private async failed(
    claim: Claim,
    queued: PgBoss.JobWithMetadata<QueuedJob>,
    error: unknown,
    wallMs: number,
    log: Logger,
  ): Promise<void> {
    const cause = error instanceof FrameFailedError ? error.cause : error;
    const frame =
      error instanceof FrameFailedError ? { index: error.frameIndex, name: error.frameName } : undefined;
    const message = error instanceof Error ? error.message : String(error);
    const retries =
      queued.retryCount < queued.retryLimit && claim.attempt <= this.deps.config.inferenceRetryLimit;
    if (cause instanceof InferenceInputError || !retries) {
      log.warn({ err: error }, 'job failed');
      const finding = cause instanceof StoredBytesChangedError ? cause : undefined;
      await this.end(claim, { status: 'FAILED', wallMs, error: message, frame, finding });
      return;
    }
    log.warn({ err: error, retryCount: queued.retryCount }, 'job attempt failed; the queue retries it');
    await this.deps.db.transaction((manager) =>
      this.deps.jobs.endAttempt(
        claim,
        { status: 'QUEUED', wallMs, error: `Attempt ${claim.attempt} failed: ${message}`, frame },
        manager,
      ),
    );
    throw error;
  }

  /** Ends the attempt for good (FAILED or CANCELLED) with its audit event. */
  private async end(
    claim: Claim,
    outcome: {
      status: 'FAILED' | 'CANCELLED';
      wallMs: number;
      error?: string;
      frame?: { index: number; name: string };
      finding?: StoredBytesChangedError;
    },
  ): Promise<void> {
    const cost = await unfinishedLine(
      this.deps.jobs,
      claim.jobId,
      outcome.wallMs,
      this.deps.config.workerDeviceClass,
    );
    const line = cost && { ...cost, outcome: outcome.status };
    await this.deps.db.transaction(async (manager: EntityManager) => {
      if (!(await this.deps.jobs.endAttempt(claim, outcome, manager))) return;
      const aiRunId = line ? await this.deps.jobs.bookUnfinished(claim, line, manager) : null;
      if (outcome.finding) await this.auditFinding(manager, claim, outcome.finding, outcome.frame);
      await this.deps.audit.append(manager, {
        actor: 'system',
        action: outcome.status === 'FAILED' ? 'inference.job.failed' : 'inference.job.cancelled',
        subjectType: 'inference_job',
        subjectId: claim.jobId,
        productionId: claim.productionId,
        payload: {
          taskId: claim.taskId,
          attempts: claim.attempt,
          error: outcome.error ?? null,
          failedFrame: outcome.frame ?? null,
          wallMs: String(Math.round(outcome.wallMs)),
          computeCost: line ? { amountMinor: line.costMinor.toString(), currency: line.rate.currency } : null,
          aiRunId,
        },
      });
    });
  }

  /** Bytes in the store that are not the recorded ones: a finding for the guild's reviewers, not just a failed job. */
  private async auditFinding(
    manager: EntityManager,
    claim: Claim,
    finding: StoredBytesChangedError,
    frame: { index: number; name: string } | undefined,
  ): Promise<void> {
    await this.deps.audit.append(manager, {
      actor: 'system',
      action: 'inference.stored_bytes_changed',
      subjectType: 'inference_job',
      subjectId: claim.jobId,
      productionId: claim.productionId,
      payload: {
        kind: finding.kind,
        recordedSha256: finding.expected,
        readSha256: finding.actual,
        frame: frame ?? null,
      },
    });
  }

  /** This worker is stopping: the job goes back to the queue under a new entry and resumes where it stopped. */
  private async handBack(claim: Claim, queueJobId: string, wallMs: number): Promise<void> {
    const { db, boss, jobs, config } = this.deps;
    const reason = 'The worker running it stopped; it continues on another worker from the frame it reached.';
    await db.transaction(async (manager) => {
      if (!(await jobs.endAttempt(claim, { status: 'QUEUED', wallMs, error: reason }, manager))) return;
      await requeueJob(boss, jobs, { id: claim.jobId, queueJobId }, reason, config, manager);
    });
  }
}
