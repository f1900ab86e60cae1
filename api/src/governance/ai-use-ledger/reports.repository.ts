import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isoTime, PERFORMER_OF_TASK } from '../../database/sql';
import type { ProductionsFilter } from '../consents/consents.repository';

export interface AiUseFilter extends ProductionsFilter {
  modelId?: string;
  /** Runs finished at or after (ISO). */
  from?: string;
  /** Runs finished before (ISO). */
  to?: string;
  /** By finish time, then run id so that ties page the same way each time; oldest first when left out. */
  order?: 'NEWEST_FIRST' | 'OLDEST_FIRST';
}

export interface AiUseRow {
  runId: string;
  source: string;
  jobId: string | null;
  externalRef: string | null;
  productionId: string;
  productionCode: string;
  shotCode: string;
  taskId: string;
  taskType: string;
  path: string;
  modelId: string | null;
  modelName: string;
  modelSha256: string | null;
  licence: string | null;
  trainingData: string | null;
  trainingDataNotes: string | null;
  vendor: string | null;
  modelStatus: string | null;
  modelApprovedBy: string | null;
  modelApprovedAt: string | null;
  /** The vendor tool of an external run recorded with recordAiRun. */
  tool: string | null;
  operator: string | null;
  c2paStatus: string | null;
  ranBy: string | null;
  provider: string | null;
  deviceClass: string;
  frames: number;
  wallMs: string;
  finishedAt: string;
  currency: string;
  computeCostMinor: string;
  inFinalDeliverable: boolean;
  likenessKind: string;
  performerName: string | null;
  consents: Array<{ id: string; signedAt: string; noticeGivenAt: string }>;
  firstLikenessUseAt: string | null;
  exceptions: Array<{ id: string; ruleId: string; status: string }>;
}

export interface ModelInventoryRow {
  id: string;
  name: string;
  version: string;
  sha256: string;
  sizeBytes: string;
  licence: string;
  trainingData: string;
  trainingDataNotes: string;
  vendor: string;
  source: string;
  weights: string;
  taskTypes: string[];
  status: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  runs: number;
  frames: string;
  productions: string[];
  lastUsedAt: string | null;
  openExceptions: number;
}

export interface ConsentRegisterExtras {
  consentId: string;
  firstLikenessUseAt: string | null;
  tasks: number;
  openExceptions: number;
}

/**
 * A vendor run's C2PA status: the weakest of its outputs' (INVALID, NONE, UNVERIFIED, VERIFIED in
 * that order), NONE when it delivered no file.
 */
const WEAKEST_C2PA = `coalesce((SELECT (array['INVALID', 'NONE', 'UNVERIFIED', 'VERIFIED'])[min(array_position(
    array['INVALID', 'NONE', 'UNVERIFIED', 'VERIFIED'], o.c2pa_status))] FROM ai_run_output o WHERE o.ai_run_id = r.id), 'NONE')`;

/**
 * The reviewer reports' SQL. Reads the AI cost lines (ai_run) with the inference feature's model,
 * stored_file and inference_job tables, which record the model's hash and who ran each job.
 */
@Injectable()
export class ReportsRepository {
  constructor(private readonly db: DataSource) {}

  async aiUses(
    filter: AiUseFilter,
    offset: number,
    limit: number | null,
  ): Promise<{ rows: AiUseRow[]; total: number }> {
    const params = [
      filter.productionId ?? null,
      filter.modelId ?? null,
      filter.from ?? null,
      filter.to ?? null,
      filter.productionIds ?? null,
    ];
    const where = `WHERE ($1::uuid IS NULL OR t.production_id = $1) AND ($2::uuid IS NULL OR r.model_id = $2)
      AND ($3::timestamptz IS NULL OR r.finished_at >= $3) AND ($4::timestamptz IS NULL OR r.finished_at < $4)
      AND ($5::uuid[] IS NULL OR t.production_id = ANY($5))`;
    const from = `FROM ai_run r JOIN task t ON t.id = r.task_id JOIN shot s ON s.id = t.shot_id JOIN production p ON p.id = t.production_id`;
    const rows = await this.db.query(
      `SELECT r.id AS "runId", r.source, r.job_id AS "jobId", r.external_ref AS "externalRef",
              p.id AS "productionId", p.code AS "productionCode", s.code AS "shotCode", t.id AS "taskId",
              t.task_type_code AS "taskType", t.path, r.model_id AS "modelId",
              coalesce(m.name || ' ' || m.version, r.model_label) AS "modelName", sf.sha256 AS "modelSha256",
              coalesce(m.licence, vt.licence) AS licence, coalesce(m.training_data, vt.training_data) AS "trainingData",
              coalesce(m.training_data_notes, vt.training_data_notes) AS "trainingDataNotes", coalesce(m.vendor, vt.vendor) AS vendor,
              coalesce(m.status::text, CASE WHEN va.tool_id IS NOT NULL THEN 'APPROVED' WHEN vt.id IS NOT NULL THEN 'PENDING' END) AS "modelStatus",
              CASE WHEN m.status = 'APPROVED' THEN du.email WHEN m.id IS NULL THEN vu.email END AS "modelApprovedBy",
              CASE WHEN m.status = 'APPROVED' THEN ${isoTime('m.decided_at')} WHEN m.id IS NULL THEN ${isoTime('va.approved_at')} END AS "modelApprovedAt",
              vt.vendor || ' ' || vt.name AS tool, r.operator,
              CASE WHEN vt.id IS NOT NULL THEN ${WEAKEST_C2PA} END AS "c2paStatus",
              coalesce(ju.email, cu.email) AS "ranBy", coalesce(r.provider, j.provider) AS provider,
              r.device_class AS "deviceClass", r.frames, r.wall_ms::text AS "wallMs", ${isoTime('r.finished_at')} AS "finishedAt",
              r.currency, r.compute_cost_minor::text AS "computeCostMinor", t.in_final_deliverable AS "inFinalDeliverable",
              t.likeness_kind AS "likenessKind", ${PERFORMER_OF_TASK} AS "performerName",
              coalesce(c.consents, '[]') AS consents,
              ${isoTime(`likeness_first_use(p.id, ${PERFORMER_OF_TASK})`)} AS "firstLikenessUseAt",
              (SELECT coalesce(json_agg(json_build_object('id', e.id, 'ruleId', e.rule_id, 'status', e.status) ORDER BY e.first_seen_at), '[]')
                 FROM policy_exception e WHERE e.task_id = t.id AND (e.model_id IS NULL OR e.model_id = r.model_id)) AS exceptions
         ${from}
         LEFT JOIN model m ON m.id = r.model_id
         LEFT JOIN stored_file sf ON sf.id = m.file_id
         LEFT JOIN app_user du ON du.id = m.decided_by
         LEFT JOIN inference_job j ON j.id = r.job_id
         LEFT JOIN app_user ju ON ju.id = j.requested_by
         LEFT JOIN app_user cu ON cu.id = r.created_by
         LEFT JOIN vendor_tool vt ON vt.id = r.vendor_tool_id
         LEFT JOIN vendor_tool_approval va ON va.tool_id = vt.id AND va.production_id = p.id
         LEFT JOIN app_user vu ON vu.id = va.approved_by
         -- Every consent of the task's performer for its likeness kind on this production.
         LEFT JOIN LATERAL (
           SELECT json_agg(json_build_object('id', id, 'signedAt', signed_at, 'noticeGivenAt', notice_given_at)) AS consents
             FROM consent
            WHERE production_id = p.id AND replica_kind = t.likeness_kind AND lower(trim(performer_name)) = lower(${PERFORMER_OF_TASK})
         ) c ON true
         ${where}
        ORDER BY ${filter.order === 'NEWEST_FIRST' ? 'r.finished_at DESC, r.id DESC' : 'r.finished_at, r.id'}
        ${limit === null ? '' : `LIMIT ${Number(limit)} OFFSET ${Number(offset)}`}`,
      params,
    );
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n ${from} ${where}`, params);
    return { rows, total: n };
  }

  async modelInventory(): Promise<ModelInventoryRow[]> {
    return this.db.query(
      `SELECT m.id, m.name, m.version, sf.sha256, sf.size_bytes::text AS "sizeBytes", m.licence, m.training_data AS "trainingData",
              m.training_data_notes AS "trainingDataNotes", m.vendor, m.source, m.weights, m.task_types AS "taskTypes", m.status,
              du.email AS "decidedBy", ${isoTime('m.decided_at')} AS "decidedAt", m.decision_reason AS "decisionReason",
              count(r.id)::int AS runs, coalesce(sum(r.frames), 0)::text AS frames,
              coalesce(array_agg(DISTINCT p.code) FILTER (WHERE p.code IS NOT NULL), '{}') AS productions,
              ${isoTime('max(r.finished_at)')} AS "lastUsedAt",
              (SELECT count(*)::int FROM policy_exception e WHERE e.model_id = m.id AND e.status = 'OPEN') AS "openExceptions"
         FROM model m JOIN stored_file sf ON sf.id = m.file_id
         LEFT JOIN app_user du ON du.id = m.decided_by
         LEFT JOIN ai_run r ON r.model_id = m.id
         LEFT JOIN task t ON t.id = r.task_id
         LEFT JOIN production p ON p.id = t.production_id
        GROUP BY m.id, sf.sha256, sf.size_bytes, du.email
        ORDER BY m.name, m.version`,
    );
  }

  /** Per consent: the first AI use of the performer's likeness, the tasks using it, their open consent exceptions. */
  async consentExtras({ productionId, productionIds }: ProductionsFilter): Promise<ConsentRegisterExtras[]> {
    return this.db.query(
      `SELECT c.id AS "consentId", ${isoTime('likeness_first_use(c.production_id, c.performer_name)')} AS "firstLikenessUseAt",
              count(s.id)::int AS tasks,
              (SELECT count(*)::int FROM policy_exception e JOIN task et ON et.id = e.task_id JOIN shot es ON es.id = et.shot_id
                WHERE e.rule_id = 'LIKENESS_CONSENT' AND e.status = 'OPEN' AND et.production_id = c.production_id
                  AND lower(trim(coalesce(et.performer_name, es.performer_name))) = lower(trim(c.performer_name))) AS "openExceptions"
         FROM consent c
         LEFT JOIN task t ON t.production_id = c.production_id AND t.likeness_kind = c.replica_kind
         LEFT JOIN shot s ON s.id = t.shot_id AND lower(${PERFORMER_OF_TASK}) = lower(trim(c.performer_name))
        WHERE ($1::uuid IS NULL OR c.production_id = $1) AND ($2::uuid[] IS NULL OR c.production_id = ANY($2))
        GROUP BY c.id`,
      [productionId ?? null, productionIds ?? null],
    );
  }
}
