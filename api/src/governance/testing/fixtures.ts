import { randomBytes } from 'node:crypto';
import type { TaskPath } from '@frameledger/analytics';
import { DataSource } from 'typeorm';

/**
 * Rows the governance tests stand on, written straight to the tables (the planning and inference
 * features own the mutations that would normally make them).
 */
/** The five-principle check answered YES throughout, as `answerAiUseChecklist` takes it. */
export const ALL_YES = {
  noUnownedMaterial: 'YES',
  noDataReuse: 'YES',
  enterpriseSecured: 'YES',
  outputTemporary: 'YES',
  noTalentReplacement: 'YES',
  involvesPersonalData: false,
  involvesThirdPartyIp: false,
} as const;

export class GovernanceFixtures {
  private shots = 0;
  private models = 0;

  constructor(private readonly db: DataSource) {}

  async production(code: string, guildCovered: boolean): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO production (code, title, currency, vfx_budget_minor, start_date, delivery_date, guild_covered, country)
       VALUES ($1, $1, 'USD', 100000000, '2025-01-01', '2026-12-31', $2, 'US') RETURNING id`,
      [code, guildCovered],
    );
    return row.id;
  }

  async task(
    productionId: string,
    task: {
      likenessKind?: string;
      performerName?: string | null;
      aiCategory?: 'GENERATIVE' | 'TRADITIONAL';
      path?: TaskPath;
      status?: string;
      inFinalDeliverable?: boolean;
    } = {},
  ): Promise<string> {
    await this.db.query(
      `WITH role AS (
         INSERT INTO labour_role (code, name, department) VALUES ('COMP_ARTIST', 'Compositor', 'VFX')
         ON CONFLICT (code) DO UPDATE SET name = excluded.name RETURNING id)
       INSERT INTO task_type (code, name, baseline_role_id) SELECT 'COMP', 'Compositing', id FROM role
       ON CONFLICT (code) DO NOTHING`,
    );
    const [shot] = await this.db.query(
      `INSERT INTO shot (production_id, code, frame_in, frame_out, frame_count) VALUES ($1, $2, 1001, 1048, 48) RETURNING id, code`,
      [productionId, `SH_${String(++this.shots).padStart(4, '0')}`],
    );
    const [row] = await this.db.query(
      `INSERT INTO task (production_id, shot_id, task_type_code, complexity, path, status, ai_category, likeness_kind,
         performer_name, in_final_deliverable)
       VALUES ($1, $2, 'COMP', 2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        productionId,
        shot.id,
        task.path ?? 'AI_ASSISTED',
        task.status ?? 'IN_PROGRESS',
        task.aiCategory ?? 'TRADITIONAL',
        task.likenessKind ?? 'NONE',
        task.performerName ?? null,
        task.inFinalDeliverable ?? false,
      ],
    );
    return row.id;
  }

  async model(model: {
    name: string;
    status?: string;
    trainingData?: string;
    approvedBy?: string;
  }): Promise<string> {
    const sha256 = randomBytes(32).toString('hex');
    const [file] = await this.db.query(
      `INSERT INTO stored_file (sha256, size_bytes, media_type, original_name) VALUES ($1, 4096, 'application/octet-stream', $2) RETURNING id`,
      [sha256, `${model.name}.onnx`],
    );
    await this.db.query(
      `INSERT INTO model_file (file_id, inputs, outputs, ir_version, opsets) VALUES ($1, '[]', '[]', 8, '[]')`,
      [file.id],
    );
    const status = model.status ?? 'APPROVED';
    const [row] = await this.db.query(
      `INSERT INTO model (name, version, file_id, task_types, adapter, licence, training_data, vendor, weights, status,
         decided_by, decided_at)
       VALUES ($1, $6, $2, '{COMP}', '{}', 'Apache-2.0', $3, 'Test vendor', 'TRAINED', $4::model_status, $5,
         CASE WHEN $4::model_status = 'PENDING' THEN NULL ELSE now() END)
       RETURNING id`,
      [
        model.name,
        file.id,
        model.trainingData ?? 'LICENSED',
        status,
        model.approvedBy ?? null,
        `1.0.${this.models++}`,
      ],
    );
    return row.id;
  }

  /** An AI cost line as the worker writes one: it finished at `finishedAt` after `wallMs`. */
  async aiRun(
    taskId: string,
    modelId: string | null,
    finishedAt: string,
    wallMs = 60_000,
    frames = 48,
    createdBy: string | null = null,
  ): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO ai_run (task_id, source, external_ref, model_id, model_label, device_class, provider, wall_ms, frames,
         finished_at, currency, compute_cost_minor, created_by)
       VALUES ($1, 'EXTERNAL', 'render-log-1', $2, 'test model', 'CPU', 'cpu', $3, $4, $5, 'USD', 125, $6) RETURNING id`,
      [taskId, modelId, wallMs, frames, finishedAt, createdBy],
    );
    return row.id;
  }

  /** A 48-frame folder of 64 x 64 plates: submitting a job reads only its frame range. */
  async frameFolder(): Promise<string> {
    const [row] = await this.db.query(
      `INSERT INTO frame_folder (name, first_frame, frame_count, width, height) VALUES ('plates', 1001, 48, 64, 64) RETURNING id`,
    );
    return row.id;
  }

  async userId(email: string): Promise<string> {
    const [row] = await this.db.query(`SELECT id FROM app_user WHERE email = $1`, [email]);
    return row.id;
  }

  async counts(): Promise<{ events: number; exceptions: number; jobs: number }> {
    const [row] = await this.db.query(
      `SELECT (SELECT count(*)::int FROM audit_event) AS events, (SELECT count(*)::int FROM policy_exception) AS exceptions,
              (SELECT count(*)::int FROM inference_job) AS jobs`,
    );
    return row;
  }
}
