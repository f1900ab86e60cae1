import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { InferenceJobFilter, JobStatus } from './job.types';
import { isoTime, NOTIFY_PROGRESS } from './job-progress';

export interface JobRow {
  id: string;
  taskId: string;
  productionId: string;
  modelId: string;
  modelLabel: string;
  modelSha256: string;
  requestedBy: string | null;
  status: JobStatus;
  queueJobId: string;
  attempt: number;
  cancelRequested: boolean;
  provider: string | null;
  device: string | null;
  deviceClass: string | null;
  framesTotal: number;
  framesDone: number;
  queuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  queueWaitMs: number | null;
  wallMs: number;
  currency: string | null;
  computeCostMinor: string | null;
  error: string | null;
  failedFrameIndex: number | null;
  failedFrameName: string | null;
  warnings: string[];
  decodeMs: number;
  inferMs: number;
  encodeMs: number;
}

export interface RenderRow {
  id: string;
  jobId: string;
  frameIndex: number;
  frameNumber: number;
  frameName: string;
  inputSha256: string;
  outputSha256: string;
  outputFileId: string;
  thumbnailFileId: string;
  width: number;
  height: number;
  sizeBytes: number;
  decodeMs: number;
  inferMs: number;
  encodeMs: number;
  provenanceStatus: string;
  manifest: unknown;
  warnings: string[];
  createdAt: string;
}

export interface TaskForJob {
  id: string;
  productionId: string;
  taskTypeCode: string;
  aiForbidden: boolean;
}

const JOB_COLUMNS = `j.id, j.task_id AS "taskId", j.production_id AS "productionId", j.model_id AS "modelId",
  m.name || ' ' || m.version AS "modelLabel", f.sha256 AS "modelSha256", j.requested_by AS "requestedBy", j.status,
  j.queue_job_id AS "queueJobId", j.attempt, j.cancel_requested AS "cancelRequested", j.provider, j.device,
  j.device_class AS "deviceClass", j.frames_total AS "framesTotal", j.frames_done AS "framesDone",
  ${isoTime('j.queued_at')} AS "queuedAt", ${isoTime('j.started_at')} AS "startedAt", ${isoTime('j.finished_at')} AS "finishedAt",
  j.queue_wait_ms::float8 AS "queueWaitMs", j.wall_ms::float8 AS "wallMs", j.currency, j.compute_cost_minor::text AS "computeCostMinor",
  j.error, j.failed_frame_index AS "failedFrameIndex", j.failed_frame_name AS "failedFrameName",
  j.warnings, t."decodeMs", t."inferMs", t."encodeMs"`;

const JOB_FROM = `inference_job j JOIN model m ON m.id = j.model_id JOIN stored_file f ON f.id = m.file_id
  CROSS JOIN LATERAL (SELECT coalesce(sum(r.decode_ms), 0)::float8 AS "decodeMs", coalesce(sum(r.infer_ms), 0)::float8 AS "inferMs",
    coalesce(sum(r.encode_ms), 0)::float8 AS "encodeMs" FROM render r WHERE r.job_id = j.id) t`;

const FILTER = `($1::uuid IS NULL OR j.task_id = $1) AND ($2::uuid IS NULL OR j.model_id = $2)
  AND ($3::uuid IS NULL OR j.production_id = $3) AND ($4::inference_job_status IS NULL OR j.status = $4)
  AND ($5::uuid[] IS NULL OR j.production_id = ANY($5))`;

const RENDER_COLUMNS = `r.id, r.job_id AS "jobId", r.frame_index AS "frameIndex", r.frame_number AS "frameNumber",
  r.frame_name AS "frameName", r.input_sha256 AS "inputSha256", o.sha256 AS "outputSha256", r.output_file_id AS "outputFileId",
  r.thumbnail_file_id AS "thumbnailFileId", r.width, r.height, o.size_bytes::int AS "sizeBytes",
  r.decode_ms::float8 AS "decodeMs", r.infer_ms::float8 AS "inferMs", r.encode_ms::float8 AS "encodeMs",
  r.provenance_status AS "provenanceStatus", r.manifest, r.warnings, ${isoTime('r.created_at')} AS "createdAt"`;

@Injectable()
export class JobsRepository {
  constructor(private readonly db: DataSource) {}

  async taskForJob(taskId: string, manager: EntityManager): Promise<TaskForJob | undefined> {
    const rows = await manager.query(
      `SELECT id, production_id AS "productionId", task_type_code AS "taskTypeCode", ai_forbidden AS "aiForbidden"
       FROM task WHERE id = $1 FOR SHARE`,
      [taskId],
    );
    return rows[0];
  }

  /** The first and last frame numbers of a folder, and the production it was uploaded for. */
  async folderRange(
    folderId: string,
    manager: EntityManager,
  ): Promise<{ firstFrame: number; lastFrame: number; productionId: string | null } | undefined> {
    const rows = await manager.query(
      `SELECT first_frame AS "firstFrame", first_frame + frame_count - 1 AS "lastFrame", production_id AS "productionId"
       FROM frame_folder WHERE id = $1`,
      [folderId],
    );
    return rows[0];
  }

  /**
   * The frames `from`..`to` of a folder known to have no alpha channel (has_alpha false, not null):
   * how many, and the first `limit` of them by number.
   */
  async framesWithoutAlpha(
    frames: { folderId: string; from: number; to: number },
    limit: number,
    manager: EntityManager,
  ): Promise<{ count: number; first: Array<{ number: number; name: string }> }> {
    const rows: Array<{ number: number; name: string; count: number }> = await manager.query(
      `SELECT frame_number AS number, name, count(*) OVER ()::int AS count FROM frame_folder_frame
       WHERE folder_id = $1 AND frame_number BETWEEN $2 AND $3 AND has_alpha = false
       ORDER BY frame_number LIMIT $4`,
      [frames.folderId, frames.from, frames.to, limit],
    );
    return { count: rows[0]?.count ?? 0, first: rows.map(({ number, name }) => ({ number, name })) };
  }

  async insert(
    job: { taskId: string; productionId: string; modelId: string; queueJobId: string; framesTotal: number },
    frames: { folderId: string; from: number; to: number },
    actorId: string,
    manager: EntityManager,
  ): Promise<JobRow> {
    const [{ id }] = await manager.query(
      `INSERT INTO inference_job (task_id, production_id, model_id, requested_by, queue_job_id, frames_total)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [job.taskId, job.productionId, job.modelId, actorId, job.queueJobId, job.framesTotal],
    );
    await manager.query(
      `INSERT INTO inference_job_frame (job_id, frame_index, frame_number, file_id, name)
       SELECT $1, frame_number - $3, frame_number, file_id, name FROM frame_folder_frame
       WHERE folder_id = $2 AND frame_number BETWEEN $3 AND $4`,
      [id, frames.folderId, frames.from, frames.to],
    );
    return (await this.findById(id, manager))!;
  }

  async findById(
    id: string,
    manager: EntityManager = this.db.manager,
    lock = false,
  ): Promise<JobRow | undefined> {
    const rows = await manager.query(
      lock
        ? // FOR UPDATE cannot sit beside the aggregate, so the row is locked first.
          `WITH locked AS (SELECT id FROM inference_job WHERE id = $1 FOR UPDATE) SELECT ${JOB_COLUMNS} FROM ${JOB_FROM} JOIN locked l ON l.id = j.id`
        : `SELECT ${JOB_COLUMNS} FROM ${JOB_FROM} WHERE j.id = $1`,
      [id],
    );
    return rows[0];
  }

  /** `only`: the productions of a person scoped to some (decision 0037); all when undefined. */
  async list(
    filter: InferenceJobFilter & { only?: string[] },
    offset: number,
    limit: number,
  ): Promise<{ rows: JobRow[]; total: number }> {
    const params = [
      filter.taskId ?? null,
      filter.modelId ?? null,
      filter.productionId ?? null,
      filter.status ?? null,
      filter.only ?? null,
    ];
    const rows = await this.db.query(
      `SELECT ${JOB_COLUMNS} FROM ${JOB_FROM} WHERE ${FILTER} ORDER BY j.created_at DESC, j.id LIMIT $6 OFFSET $7`,
      [...params, limit, offset],
    );
    const [{ n }] = await this.db.query(
      `SELECT count(*)::int AS n FROM inference_job j WHERE ${FILTER}`,
      params,
    );
    return { rows, total: n };
  }

  /** A queued job leaves the queue at once; a running one stops after the frame it is on. */
  async cancel(id: string, queued: boolean, manager: EntityManager): Promise<void> {
    await manager.query(
      queued
        ? `UPDATE inference_job SET status = 'CANCELLED', cancel_requested = true, finished_at = now(), updated_at = now() WHERE id = $1`
        : `UPDATE inference_job SET cancel_requested = true, updated_at = now() WHERE id = $1`,
      [id],
    );
    await manager.query(NOTIFY_PROGRESS, [id]);
  }

  async renders(jobId: string, offset: number, limit: number): Promise<{ rows: RenderRow[]; total: number }> {
    const rows = await this.db.query(
      `SELECT ${RENDER_COLUMNS} FROM render r JOIN stored_file o ON o.id = r.output_file_id
       WHERE r.job_id = $1 ORDER BY r.frame_index LIMIT $2 OFFSET $3`,
      [jobId, limit, offset],
    );
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM render WHERE job_id = $1`, [jobId]);
    return { rows, total: n };
  }
}
