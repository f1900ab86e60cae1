import { Injectable } from '@nestjs/common';
import type { TaskPath, TaskStatus, TimeEntryKind } from '@frameledger/analytics';
import { DataSource } from 'typeorm';

export interface ProductionRow {
  id: string;
  code: string;
  currency: string;
  budgetMinor: string;
  startDate: string;
  deliveryDate: string;
}

/** A task with what its bid and plan are worked out from. Decimals as PostgreSQL prints them. */
export interface TaskRow {
  id: string;
  shotCode: string;
  sequence: string;
  episode: number | null;
  taskTypeCode: string;
  taskTypeName: string;
  baselineRoleId: string;
  path: TaskPath;
  status: TaskStatus;
  complexity: number;
  baselineHoursOverride: string | null;
  plannedAiReviewHours: string;
  aiForbidden: boolean;
  frameCount: number;
  unit: 'SHOT' | 'FRAME' | null;
  optimistic: string | null;
  mostLikely: string | null;
  pessimistic: string | null;
}

export interface EntryRow {
  id: string;
  taskId: string;
  roleId: string;
  kind: TimeEntryKind;
  workDate: string;
  minutes: number;
  /** When it was logged (created_at, UTC ISO): an as-of counts it only once it was. */
  recordedAt: string;
}

export interface RunRow {
  id: string;
  taskId: string;
  /** The pipeline job that made the run; null for a vendor's run. */
  jobId: string | null;
  wallMs: string;
  finishedAt: string;
  currency: string;
  computeMinor: string;
  /** The exact cost, in minor units x 3,600,000 (analytics' MS_PER_HOUR). */
  computeExact: string;
  licenceMinor: string;
  /** The device class's compute rate in effect on the day it finished (UTC), if there is one. */
  rateCurrency: string | null;
  rateMinor: string | null;
}

export interface HistoryRow {
  taskId: string;
  statusBefore: TaskStatus | null;
  pathBefore: TaskPath | null;
  lastWorkDay: string | null;
}

export interface ComputePrice {
  deviceClass: string;
  currency: string;
  pricePerHourMinor: string;
  effectiveFrom: string;
}

/** SQL for one production's records: the per-production reports price them one by one in analytics. */
@Injectable()
export class ProductionLedgerRepository {
  constructor(private readonly db: DataSource) {}

  async production(id: string): Promise<ProductionRow | undefined> {
    const rows = await this.db.query(
      `SELECT id, code, currency, vfx_budget_minor::text AS "budgetMinor", to_char(start_date, 'YYYY-MM-DD') AS "startDate",
         to_char(delivery_date, 'YYYY-MM-DD') AS "deliveryDate"
       FROM production WHERE id = $1`,
      [id],
    );
    return rows[0];
  }

  /**
   * The production's tasks. With `asOf`, each bid figure is as it stood at the end of that day: a
   * template's three points and a task's own override and review hours before the first change
   * the audit log records after it (bid_template.update, task.update), else as they are; a task
   * created after the day is left out. Tasks created by the production's start are its original
   * breakdown, so an as-of before the start still shows them.
   */
  tasks(productionId: string, asOf?: string): Promise<TaskRow[]> {
    const then = (field: string, now: string) =>
      `CASE WHEN tu.b IS NULL THEN ${now} ELSE tu.b->>'${field}' END`;
    const bid = (field: string, now: string) => `coalesce(bt.b->>'${field}', ${now})`;
    return this.db.query(
      `SELECT t.id, s.code AS "shotCode", s.sequence, e.number AS episode, t.task_type_code AS "taskTypeCode",
         tt.name AS "taskTypeName", tt.baseline_role_id AS "baselineRoleId", t.path, t.status, t.complexity,
         ${then('baselineHoursOverride', 'trim_scale(t.baseline_hours_override)::text')} AS "baselineHoursOverride",
         ${then('plannedAiReviewHours', 'trim_scale(t.planned_ai_review_hours)::text')} AS "plannedAiReviewHours",
         t.ai_forbidden AS "aiForbidden", s.frame_count AS "frameCount", b.unit,
         ${bid('optimistic', 'trim_scale(b.optimistic)::text')} AS optimistic,
         ${bid('mostLikely', 'trim_scale(b.most_likely)::text')} AS "mostLikely",
         ${bid('pessimistic', 'trim_scale(b.pessimistic)::text')} AS pessimistic
       FROM task t JOIN task_type tt ON tt.code = t.task_type_code JOIN shot s ON s.id = t.shot_id
       LEFT JOIN episode e ON e.id = s.episode_id LEFT JOIN bid_template b ON b.id = t.bid_template_id
       LEFT JOIN LATERAL (
         SELECT a.payload->'before' AS b FROM audit_event a
         WHERE $2::date IS NOT NULL AND a.action = 'bid_template.update' AND a.subject_id = b.id::text
           AND a.at >= ($2::date + 1)::timestamptz
         ORDER BY a.seq LIMIT 1) bt ON true
       LEFT JOIN LATERAL (
         SELECT a.payload->'before' AS b FROM audit_event a
         WHERE $2::date IS NOT NULL AND a.production_id = $1 AND a.action = 'task.update' AND a.subject_id = t.id::text
           AND a.at >= ($2::date + 1)::timestamptz
         ORDER BY a.seq LIMIT 1) tu ON true
       WHERE t.production_id = $1
         AND ($2::date IS NULL OR t.created_at < (greatest($2::date, (SELECT start_date FROM production WHERE id = $1)) + 1)::timestamptz)
       ORDER BY s.code, t.task_type_code, t.id`,
      [productionId, asOf ?? null],
    );
  }

  entries(productionId: string): Promise<EntryRow[]> {
    return this.db.query(
      `SELECT e.id, e.task_id AS "taskId", e.labour_role_id AS "roleId", e.kind, to_char(e.work_date, 'YYYY-MM-DD') AS "workDate", e.minutes,
         to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "recordedAt"
       FROM time_entry e JOIN task t ON t.id = e.task_id WHERE t.production_id = $1 ORDER BY e.work_date, e.id`,
      [productionId],
    );
  }

  runs(productionId: string): Promise<RunRow[]> {
    return this.db.query(
      `SELECT a.id, a.task_id AS "taskId", a.job_id AS "jobId", a.wall_ms::text AS "wallMs",
         to_char(a.finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "finishedAt", a.currency,
         a.compute_cost_minor::text AS "computeMinor", a.compute_cost_minor_ms::text AS "computeExact", a.licence_fee_minor::text AS "licenceMinor",
         c.currency AS "rateCurrency", c.price_per_hour_minor::text AS "rateMinor"
       FROM ai_run a JOIN task t ON t.id = a.task_id
       LEFT JOIN LATERAL (
         SELECT r.currency, r.price_per_hour_minor FROM compute_rate r
         WHERE r.device_class = a.device_class AND r.effective_from <= (a.finished_at AT TIME ZONE 'UTC')::date
         ORDER BY r.effective_from DESC LIMIT 1
       ) c ON true
       WHERE t.production_id = $1 ORDER BY a.finished_at, a.id`,
      [productionId],
    );
  }

  /**
   * Per task changed after the end of the day, its status and path before the first such change,
   * from the audit log (task.update's before, an adoption's or its undo's from), and the last day
   * anything was worked on it: what as-of reports rebuild the task at the day from.
   */
  histories(productionId: string, asOf: string): Promise<HistoryRow[]> {
    return this.db.query(
      `WITH after AS (SELECT * FROM audit_event WHERE production_id = $1 AND at >= ($2::date + 1)::timestamptz),
       changes AS (
         SELECT seq, subject_id AS task_id, payload->'before'->>'status' AS status, payload->'before'->>'path' AS path
         FROM after WHERE action = 'task.update'
         UNION ALL
         SELECT seq, c->>'taskId', NULL, c->>'from'
         FROM after, jsonb_array_elements(payload->'changes') c
         WHERE action IN ('plan.adopt_frontier_point', 'plan.adoption.undo')
       ),
       work AS (
         SELECT task_id::text, max(d) AS d FROM (
           SELECT e.task_id, e.work_date AS d FROM time_entry e JOIN task t ON t.id = e.task_id WHERE t.production_id = $1
           UNION ALL
           SELECT r.task_id, (r.finished_at AT TIME ZONE 'UTC')::date FROM ai_run r JOIN task t ON t.id = r.task_id WHERE t.production_id = $1
         ) w GROUP BY task_id
       )
       SELECT coalesce(s.task_id, p.task_id, w.task_id) AS "taskId", s.status AS "statusBefore", p.path AS "pathBefore",
         to_char(w.d, 'YYYY-MM-DD') AS "lastWorkDay"
       FROM (SELECT DISTINCT ON (task_id) task_id, status FROM changes WHERE status IS NOT NULL ORDER BY task_id, seq) s
       FULL JOIN (SELECT DISTINCT ON (task_id) task_id, path FROM changes WHERE path IS NOT NULL ORDER BY task_id, seq) p
         ON p.task_id = s.task_id
       FULL JOIN work w ON w.task_id = coalesce(s.task_id, p.task_id)`,
      [productionId, asOf],
    );
  }

  /** The device class's GPU-hour price in effect on a date. */
  /** The compute rate in effect on the day for every device class that has one. */
  computePrices(onDate: string): Promise<ComputePrice[]> {
    return this.db.query(
      `SELECT DISTINCT ON (device_class) device_class AS "deviceClass", currency, price_per_hour_minor::text AS "pricePerHourMinor",
         to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom"
       FROM compute_rate WHERE effective_from <= $1 ORDER BY device_class, effective_from DESC`,
      [onDate],
    );
  }

  async computePrice(deviceClass: string, onDate: string): Promise<ComputePrice | undefined> {
    const rows = await this.db.query(
      `SELECT device_class AS "deviceClass", currency, price_per_hour_minor::text AS "pricePerHourMinor",
         to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom"
       FROM compute_rate WHERE device_class = $1 AND effective_from <= $2 ORDER BY effective_from DESC LIMIT 1`,
      [deviceClass, onDate],
    );
    return rows[0];
  }
}
