import { DataSource, EntityManager } from 'typeorm';
import type { AdapterSpec } from '../engine';
import { isoTime, NOTIFY_PROGRESS } from '../jobs/job-progress';

/** What a worker holds after taking a job: the attempt number fences every later write. */
export interface Claim {
  jobId: string;
  attempt: number;
  taskId: string;
  productionId: string;
  requestedBy: string | null;
  framesTotal: number;
  cancelRequested: boolean;
  /** Machine time of the attempts before this one. */
  wallMsBefore: number;
  /** The production's output-check policy; null follows the worker's INFERENCE_OUTPUT_CHECK. */
  outputCheck: 'WARN' | 'FAIL' | null;
  /** The task's path (AI_FINAL renders are the picture, others are composited) and AI category. */
  taskPath: string;
  aiCategory: 'GENERATIVE' | 'TRADITIONAL';
}

export interface JobModel {
  id: string;
  name: string;
  version: string;
  sha256: string;
  adapter: AdapterSpec;
  weights: 'HAND_SET' | 'TRAINED';
  /** The file's provenance as last revised: signed into every render's manifest. */
  provenance: { licence: string; trainingData: string; revision: number };
}

export interface JobFrame {
  index: number;
  number: number;
  name: string;
  sha256: string;
}

const JOB_FRAMES = `SELECT jf.frame_index AS index, jf.frame_number AS number, jf.name, f.sha256
  FROM inference_job_frame jf JOIN stored_file f ON f.id = jf.file_id`;

export interface ComputeRate {
  deviceClass: string;
  currency: string;
  pricePerHourMinor: string;
}

/** What an AI cost line books: machine time at the billed rate, for a model, on a provider. */
export interface CostLine {
  wallMs: number;
  rate: ComputeRate;
  /** The line's own figure, rounded half-even to a minor unit. */
  costMinor: bigint;
  /** The exact cost: machine ms x the price per hour in minor units (minor units x 3,600,000). */
  costExact: bigint;
  provider: string | null;
  model: JobModel;
}

export interface NewRender {
  frameIndex: number;
  frameNumber: number;
  frameName: string;
  inputSha256: string;
  outputFileId: string;
  thumbnailFileId: string;
  width: number;
  height: number;
  decodeMs: number;
  inferMs: number;
  encodeMs: number;
  manifest: unknown;
  provenanceStatus: string;
  /** What the output check found on this frame. */
  warnings: string[];
}

export interface OpenJob {
  id: string;
  attempt: number;
  queueJobId: string;
  status: 'QUEUED' | 'RUNNING';
  framesDone: number;
  productionId: string;
}

/** The job's warning when any frame's output check found something. */
export const FLAGGED_FRAMES =
  "Some frames' output was NaN, infinite or constant; each render's warnings say which and how.";

/** What a worker's heartbeat thread runs every INFERENCE_HEARTBEAT_SECONDS, with the worker's id. */
export const HEARTBEAT_SQL = `UPDATE inference_worker SET heartbeat_at = now() WHERE id = $1`;

/** The worker's SQL: taking, progressing, finishing and re-queueing jobs. Every write by a worker names its attempt. */
export class WorkerJobsRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * Takes the job for a new attempt, if the queue entry is still the job's current one and the job
   * is not finished. A cancelled-while-running job is still claimed, so the claim can finish it.
   */
  async claim(
    jobId: string,
    queueJobId: string,
    deviceClass: string,
    workerId: string,
  ): Promise<Claim | undefined> {
    return this.db.transaction(async (manager) => {
      const [rows] = await manager.query(
        `UPDATE inference_job SET attempt = attempt + 1, status = 'RUNNING', device_class = $3,
           started_at = coalesce(started_at, now()), heartbeat_at = now(), updated_at = now(),
           queue_wait_ms = coalesce(queue_wait_ms, floor(extract(epoch FROM now() - queued_at) * 1000))
         WHERE id = $1 AND queue_job_id = $2 AND status IN ('QUEUED', 'RUNNING')
         RETURNING id AS "jobId", attempt, task_id AS "taskId", production_id AS "productionId", requested_by AS "requestedBy",
           frames_total AS "framesTotal", cancel_requested AS "cancelRequested", wall_ms::float8 AS "wallMsBefore",
           (SELECT p.inference_output_check FROM production p WHERE p.id = production_id) AS "outputCheck",
           (SELECT t.path FROM task t WHERE t.id = task_id) AS "taskPath",
           (SELECT coalesce(t.ai_category, tt.default_ai_category) FROM task t JOIN task_type tt ON tt.code = t.task_type_code
             WHERE t.id = task_id) AS "aiCategory"`,
        [jobId, queueJobId, deviceClass],
      );
      if (!rows[0]) return undefined;
      // Which worker runs this attempt, and what the job had before it: what a stall sweep books.
      await manager.query(
        `INSERT INTO inference_attempt (job_id, attempt, worker_id, wall_ms_before, frames_before)
         SELECT id, attempt, $2, wall_ms, frames_done FROM inference_job WHERE id = $1`,
        [jobId, workerId],
      );
      await manager.query(NOTIFY_PROGRESS, [jobId]);
      return rows[0];
    });
  }

  async model(jobId: string): Promise<JobModel> {
    const [row] = await this.db.query(
      `SELECT m.id, m.name, m.version, f.sha256, m.adapter, m.weights,
         json_build_object('licence', m.licence, 'trainingData', m.training_data,
           'revision', coalesce((SELECT max(p.revision) FROM model_file_provenance p WHERE p.sha256 = f.sha256), 1)) AS provenance
       FROM inference_job j JOIN model m ON m.id = j.model_id JOIN stored_file f ON f.id = m.file_id WHERE j.id = $1`,
      [jobId],
    );
    return row;
  }

  /** The job's frames that have no render yet, in order (all of them on a first attempt). */
  async framesToRender(jobId: string): Promise<JobFrame[]> {
    return this.db.query(
      `${JOB_FRAMES}
       WHERE jf.job_id = $1 AND NOT EXISTS (SELECT 1 FROM render r WHERE r.job_id = jf.job_id AND r.frame_index = jf.frame_index)
       ORDER BY jf.frame_index`,
      [jobId],
    );
  }

  /** These frames of the job (by index), rendered or not. */
  async jobFrames(jobId: string, indexes: number[]): Promise<JobFrame[]> {
    return this.db.query(`${JOB_FRAMES} WHERE jf.job_id = $1 AND jf.frame_index = ANY($2::int[])`, [
      jobId,
      indexes,
    ]);
  }

  /** The price in force on `at` for the device class. */
  async computeRate(deviceClass: string, at: Date): Promise<ComputeRate | undefined> {
    const rows = await this.db.query(
      `SELECT device_class AS "deviceClass", currency, price_per_hour_minor::text AS "pricePerHourMinor" FROM compute_rate
       WHERE device_class = $1 AND effective_from <= $2::date ORDER BY effective_from DESC LIMIT 1`,
      [deviceClass, at.toISOString().slice(0, 10)],
    );
    return rows[0];
  }

  /**
   * The provider that opened the session, its device and the class billed, with a warning when that
   * is not what the worker was set up as (kept once however many attempts repeat it). False when
   * another attempt has taken the job over.
   */
  async recordSession(
    claim: Claim,
    session: { provider: string; device: string; deviceClass: string },
    warning: string | undefined,
  ): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const [, count] = await manager.query(
        `UPDATE inference_job SET provider = $3, device = $4, device_class = $5, heartbeat_at = now(), updated_at = now(),
           warnings = CASE WHEN $6::text IS NULL OR $6::text = ANY (warnings) THEN warnings ELSE warnings || $6::text END
         WHERE id = $1 AND attempt = $2`,
        [claim.jobId, claim.attempt, session.provider, session.device, session.deviceClass, warning ?? null],
      );
      await manager.query(NOTIFY_PROGRESS, [claim.jobId]);
      return count === 1;
    });
  }

  /**
   * A frame's render and the job's progress, in the caller's transaction. Returns whether a cancel
   * was asked for, or undefined when another attempt owns the job (the caller must roll back).
   */
  async recordFrame(
    claim: Claim,
    render: NewRender,
    wallMs: number,
    manager: EntityManager,
  ): Promise<{ cancelRequested: boolean } | undefined> {
    const [rows] = await manager.query(
      `UPDATE inference_job SET wall_ms = $3, heartbeat_at = now(), updated_at = now() WHERE id = $1 AND attempt = $2
       RETURNING cancel_requested AS "cancelRequested"`,
      [claim.jobId, claim.attempt, Math.round(wallMs)],
    );
    if (!rows[0]) return undefined;
    await manager.query(
      `INSERT INTO render (job_id, frame_index, frame_number, frame_name, input_sha256, output_file_id, thumbnail_file_id,
         width, height, decode_ms, infer_ms, encode_ms, manifest, provenance_status, warnings)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) ON CONFLICT (job_id, frame_index) DO NOTHING`,
      [
        claim.jobId,
        render.frameIndex,
        render.frameNumber,
        render.frameName,
        render.inputSha256,
        render.outputFileId,
        render.thumbnailFileId,
        render.width,
        render.height,
        render.decodeMs.toFixed(3),
        render.inferMs.toFixed(3),
        render.encodeMs.toFixed(3),
        JSON.stringify(render.manifest),
        render.provenanceStatus,
        render.warnings,
      ],
    );
    if (render.warnings.length > 0) {
      // The job says that some frames were flagged; each render says what and how much.
      await manager.query(
        `UPDATE inference_job SET warnings = warnings || $2::text WHERE id = $1 AND NOT ($2::text = ANY (warnings))`,
        [claim.jobId, FLAGGED_FRAMES],
      );
    }
    await manager.query(
      `UPDATE inference_job SET frames_done = (SELECT count(*) FROM render WHERE job_id = $1) WHERE id = $1`,
      [claim.jobId],
    );
    await manager.query(NOTIFY_PROGRESS, [claim.jobId]);
    return rows[0];
  }

  /**
   * Marks the job SUCCEEDED and writes its AI cost line, in the caller's transaction. The cost line
   * is keyed by job id (ai_run.job_id is unique), so a re-delivered job can never count twice.
   * False when another attempt owns the job.
   */
  async succeed(
    claim: Claim,
    result: CostLine,
    manager: EntityManager,
  ): Promise<{ finishedAt: string; aiRunId: string | null } | undefined> {
    const [rows] = await manager.query(
      `UPDATE inference_job SET status = 'SUCCEEDED', finished_at = now(), wall_ms = $3, currency = $4, compute_cost_minor = $5,
         error = NULL, failed_frame_index = NULL, failed_frame_name = NULL, updated_at = now()
       WHERE id = $1 AND attempt = $2 AND status = 'RUNNING' RETURNING ${isoTime('finished_at')} AS "finishedAt", frames_done AS "framesDone"`,
      [
        claim.jobId,
        claim.attempt,
        Math.round(result.wallMs),
        result.rate.currency,
        result.costMinor.toString(),
      ],
    );
    if (!rows[0]) return undefined;
    const aiRunId = await this.insertCostLine(
      claim,
      { ...result, outcome: 'SUCCEEDED', frames: rows[0].framesDone, finishedAt: rows[0].finishedAt },
      manager,
    );
    await manager.query(NOTIFY_PROGRESS, [claim.jobId]);
    return { finishedAt: rows[0].finishedAt, aiRunId };
  }

  /**
   * The AI cost line of a job that ended FAILED or CANCELLED: its machine time was spent all the
   * same. Written with the attempt's end, in the caller's transaction; one per job (job_id unique).
   */
  async bookUnfinished(
    claim: Claim,
    line: CostLine & { outcome: 'FAILED' | 'CANCELLED' },
    manager: EntityManager,
  ): Promise<string | null> {
    const [job] = await manager.query(
      `SELECT frames_done AS "framesDone", ${isoTime('finished_at')} AS "finishedAt" FROM inference_job WHERE id = $1`,
      [claim.jobId],
    );
    return this.insertCostLine(
      claim,
      { ...line, frames: job.framesDone, finishedAt: job.finishedAt },
      manager,
    );
  }

  /** The provider that opened the job's session and the class it was billed at; provider null before one opened. */
  async billedSession(jobId: string): Promise<{ provider: string | null; deviceClass: string | null }> {
    const [row] = await this.db.query(
      `SELECT provider, device_class AS "deviceClass" FROM inference_job WHERE id = $1`,
      [jobId],
    );
    return row;
  }

  private async insertCostLine(
    claim: Pick<Claim, 'jobId' | 'taskId' | 'requestedBy'>,
    line: CostLine & { outcome: string; frames: number; finishedAt: string; attempt?: number },
    manager: EntityManager,
  ): Promise<string | null> {
    // One final line per job and one STALLED line per killed attempt (two partial unique indexes).
    const inserted = await manager.query(
      `INSERT INTO ai_run (task_id, source, job_id, model_id, model_label, device_class, provider, wall_ms, frames, finished_at,
         currency, compute_cost_minor, compute_cost_minor_ms, created_by, outcome, attempt)
       VALUES ($1, 'PIPELINE', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) ON CONFLICT DO NOTHING RETURNING id`,
      [
        claim.taskId,
        claim.jobId,
        line.model.id,
        `${line.model.name} ${line.model.version}`,
        line.rate.deviceClass,
        line.provider,
        Math.round(line.wallMs),
        line.frames,
        line.finishedAt,
        line.rate.currency,
        line.costMinor.toString(),
        line.costExact.toString(),
        claim.requestedBy,
        line.outcome,
        line.attempt ?? null,
      ],
    );
    return inserted[0]?.id ?? null;
  }

  /**
   * Ends an attempt that did not succeed: FAILED (final), CANCELLED, or back to QUEUED for a retry
   * or for another worker (this one stopping). False when another attempt owns the job.
   */
  async endAttempt(
    claim: Claim,
    outcome: {
      status: 'FAILED' | 'CANCELLED' | 'QUEUED';
      wallMs: number;
      error?: string;
      frame?: { index: number; name: string };
    },
    manager: EntityManager,
  ): Promise<boolean> {
    const [, count] = await manager.query(
      `UPDATE inference_job SET status = $3::inference_job_status, wall_ms = $4, updated_at = now(),
         finished_at = CASE WHEN $3::inference_job_status = 'QUEUED' THEN NULL ELSE now() END,
         error = coalesce($5, error), failed_frame_index = $6, failed_frame_name = $7
       WHERE id = $1 AND attempt = $2 AND status = 'RUNNING'`,
      [
        claim.jobId,
        claim.attempt,
        outcome.status,
        Math.round(outcome.wallMs),
        outcome.error ?? null,
        outcome.frame?.index ?? null,
        outcome.frame?.name ?? null,
      ],
    );
    await manager.query(NOTIFY_PROGRESS, [claim.jobId]);
    return count === 1;
  }

  /**
   * QUEUED jobs no worker has taken for `seconds`, candidates for a lost queue entry, locked for the
   * caller's transaction (rows another sweeper holds are skipped).
   */
  async untaken(seconds: number, manager: EntityManager): Promise<OpenJob[]> {
    return manager.query(
      `SELECT id, attempt, queue_job_id AS "queueJobId", status, frames_done AS "framesDone", production_id AS "productionId"
       FROM inference_job
       WHERE status = 'QUEUED' AND updated_at < now() - make_interval(secs => $1)
       ORDER BY updated_at FOR UPDATE SKIP LOCKED`,
      [seconds],
    );
  }

  /**
   * RUNNING jobs no worker is running any more, locked for the caller's transaction (rows another
   * sweeper holds are skipped): the worker of the current attempt has not beaten for `goneSeconds`
   * (killed, crashed, cut off), or the job has recorded no progress for `stallSeconds` (a worker
   * alive but hung). `mine` are the jobs the asking worker is running itself: alive whatever the rows say.
   */
  async stalled(
    goneSeconds: number,
    stallSeconds: number,
    mine: string[],
    manager: EntityManager,
  ): Promise<Array<OpenJob & { workerGone: boolean }>> {
    return manager.query(
      `SELECT j.id, j.attempt, j.queue_job_id AS "queueJobId", j.status, j.frames_done AS "framesDone",
         j.production_id AS "productionId",
         coalesce(w.heartbeat_at < now() - make_interval(secs => $1), false) AS "workerGone"
       FROM inference_job j
       LEFT JOIN inference_attempt a ON a.job_id = j.id AND a.attempt = j.attempt
       LEFT JOIN inference_worker w ON w.id = a.worker_id
       WHERE j.status = 'RUNNING' AND NOT (j.id = ANY ($3::uuid[]))
         AND (w.heartbeat_at < now() - make_interval(secs => $1) OR j.heartbeat_at < now() - make_interval(secs => $2))
       ORDER BY j.heartbeat_at FOR UPDATE OF j SKIP LOCKED`,
      [goneSeconds, stallSeconds, mine],
    );
  }

  /** A worker's row, beaten by its heartbeat thread (HEARTBEAT_SQL) while it runs. */
  async registerWorker(worker: {
    id: string;
    host: string;
    pid: number;
    deviceClass: string;
  }): Promise<void> {
    await this.db.query(
      `INSERT INTO inference_worker (id, host, pid, device_class) VALUES ($1, $2, $3, $4)`,
      [worker.id, worker.host, worker.pid, worker.deviceClass],
    );
  }

  /**
   * Books the machine time of a stalled attempt as its own cost line (outcome STALLED), from the
   * attempt's start to its worker's last beat, with the frames it rendered; the job's running total
   * goes back to what it had before that attempt, so the job's own line does not count it again.
   * Undefined for an attempt from before heartbeats (no attempt row) or already booked.
   */
  async bookStalled(
    job: { id: string; attempt: number },
    line: (wallMs: number) => Promise<CostLine | undefined>,
    manager: EntityManager,
  ): Promise<{ aiRunId: string; wallMs: number; line: CostLine } | undefined> {
    const [attempt] = await manager.query(
      `SELECT j.task_id AS "taskId", j.requested_by AS "requestedBy", a.wall_ms_before::float8 AS "wallMsBefore",
         greatest(0, j.frames_done - a.frames_before) AS frames, ${isoTime('w.heartbeat_at')} AS "lastBeat",
         greatest(0, extract(epoch FROM w.heartbeat_at - a.started_at) * 1000)::float8 AS "wallMs"
       FROM inference_job j JOIN inference_attempt a ON a.job_id = j.id AND a.attempt = $2
       JOIN inference_worker w ON w.id = a.worker_id WHERE j.id = $1`,
      [job.id, job.attempt],
    );
    if (!attempt) return undefined;
    const cost = await line(attempt.wallMs);
    if (!cost) return undefined;
    const aiRunId = await this.insertCostLine(
      { jobId: job.id, taskId: attempt.taskId, requestedBy: attempt.requestedBy },
      {
        ...cost,
        outcome: 'STALLED',
        attempt: job.attempt,
        frames: attempt.frames,
        finishedAt: attempt.lastBeat,
      },
      manager,
    );
    if (!aiRunId) return undefined;
    await manager.query(`UPDATE inference_job SET wall_ms = $2 WHERE id = $1`, [
      job.id,
      Math.round(attempt.wallMsBefore),
    ]);
    return { aiRunId, wallMs: attempt.wallMs, line: cost };
  }

  /** Gives the job a new queue entry: QUEUED, with the reason kept as its last error. */
  async requeue(jobId: string, queueJobId: string, reason: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE inference_job SET status = 'QUEUED', queue_job_id = $2, error = $3, updated_at = now() WHERE id = $1`,
      [jobId, queueJobId, reason],
    );
    await manager.query(NOTIFY_PROGRESS, [jobId]);
  }

  /** Gives up on a job no worker could finish. */
  async abandon(jobId: string, reason: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE inference_job SET status = 'FAILED', error = $2, finished_at = now(), updated_at = now() WHERE id = $1`,
      [jobId, reason],
    );
    await manager.query(NOTIFY_PROGRESS, [jobId]);
  }
}
