import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AI_PATHS } from '@frameledger/analytics';
import { sqlLabels } from '../../database/sql';

/** Half-open [from, to) in ISO dates: the months of the quarters a report covers. */
export interface Period {
  from: string;
  to: string;
}

/** Narrows the labour impact report; an absent list means no restriction. */
export interface LedgerFilter {
  productionIds?: readonly string[];
  roleIds?: readonly string[];
  taskTypeCodes?: readonly string[];
}

export interface HoursRow {
  productionId: string;
  roleId: string;
  aiTask: boolean;
  craftMinutes: string;
  aiWorkMinutes: string;
  entries: number;
}

export interface CreatedRow {
  productionId: string;
  roleId: string;
  taskTypeCode: string;
  month: string;
  aiWorkMinutes: string;
  entries: number;
}

export interface RunsRow {
  productionId: string;
  currency: string;
  runs: number;
  wallMs: string;
  computeMinor: string;
  licenceMinor: string;
}

/**
 * AI tasks whose last AI job finished in a month, grouped by production, baseline role, task type
 * and the denominator of their baseline (frames per day for per-frame bids, else 1), so sums stay
 * exact: baseline hours = baselineNum / den; displaced hours = displacedNum60 / (60 x den), where
 * each task added max(0, 60 x num - craft minutes x den), i.e. max(0, B - K) per task.
 */
export interface FinishedRow {
  productionId: string;
  roleId: string;
  taskTypeCode: string;
  month: string;
  den: string;
  tasks: number;
  unbid: number;
  baselineNum: string;
  displacedNum60: string;
}

export interface MinutesRow {
  productionId: string;
  roleId: string;
  minutes: string;
  /** The time entries the minutes sum. */
  entries: number;
}

export interface EntryRow {
  id: string;
  productionId: string;
  roleId: string;
  workDate: string;
  minutes: number;
}

export interface MedianTask {
  taskId: string;
  /** What people call the task: "DERRUMBE 104_0040 Roto" (production, shot, task type name). */
  taskLabel: string;
  num: string;
  den: string;
  wallMs: string;
  minutes: string;
  count: number;
}

/** Only these productions; null for all. */
export type Productions = readonly string[] | null;

const AI = sqlLabels(AI_PATHS);
const IN_PRODUCTIONS = (column: string, param: string) =>
  `(${param}::uuid[] IS NULL OR ${column} = ANY(${param}))`;
const month = (column: string) => `date_trunc('month', ${column} AT TIME ZONE 'UTC')::date`;
/** A date parameter as the instant midnight UTC, whatever the session's time zone. */
export const utc = (param: string) => `(${param}::date::timestamp AT TIME ZONE 'UTC')`;

// AI tasks last finished in [$1, $2), with B(t) as num / den. $3, $4: each production's bid day.
// $5-$7: production, baseline role and task type filters (null: all).
const FINISHED_TASKS = `
  finished AS (
    SELECT r.task_id, r.production_id, r.baseline_role_id, r.task_type_code, r.wall_ms, r.human_minutes, r.craft_minutes_baseline,
      ${month('r.last_ai_finished_at')} AS month,
      CASE WHEN r.baseline_hours_override IS NOT NULL THEN r.baseline_hours_override
           WHEN b.unit = 'SHOT' THEN b.most_likely
           WHEN b.unit = 'FRAME' THEN r.frame_count * h.hours_per_day END AS num,
      CASE WHEN r.baseline_hours_override IS NULL AND b.unit = 'FRAME' THEN b.most_likely ELSE 1 END AS den
    FROM report_task r
    LEFT JOIN bid_template b ON b.id = r.bid_template_id
    LEFT JOIN unnest($3::uuid[], $4::numeric[]) AS h(production_id, hours_per_day) ON h.production_id = r.production_id
    WHERE r.last_ai_finished_at >= ${utc('$1')} AND r.last_ai_finished_at < ${utc('$2')} AND r.task_path IN ${AI}
      AND ($5::uuid[] IS NULL OR r.production_id = ANY($5)) AND ($6::uuid[] IS NULL OR r.baseline_role_id = ANY($6))
      AND ($7::text[] IS NULL OR r.task_type_code = ANY($7))
  )`;

/**
 * The set-based half of the quarterly summary and labour impact: sums read from the report_*
 * tables (migration 1764000000040), which the formulas in analytics then price and convert.
 */
@Injectable()
export class LedgerRepository {
  constructor(private readonly db: DataSource) {}

  /** Minutes logged in the period by production, role and whether the task is on an AI path. */
  hours(period: Period, productionIds: Productions = null): Promise<HoursRow[]> {
    return this.db.query(
      `SELECT production_id AS "productionId", labour_role_id AS "roleId", task_path IN ${AI} AS "aiTask",
         sum(craft_minutes)::text AS "craftMinutes", sum(ai_work_minutes)::text AS "aiWorkMinutes", sum(entries)::int AS entries
       FROM report_month_hours WHERE month >= $1 AND month < $2 AND ${IN_PRODUCTIONS('production_id', '$3')}
       GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
      [period.from, period.to, productionIds],
    );
  }

  /** AI_OPERATOR and AI_REVIEW minutes on AI tasks, by production, role, task type and month. */
  created(period: Period, filter: LedgerFilter): Promise<CreatedRow[]> {
    return this.db.query(
      `SELECT production_id AS "productionId", labour_role_id AS "roleId", task_type_code AS "taskTypeCode",
         to_char(month, 'YYYY-MM-DD') AS month, sum(ai_work_minutes)::text AS "aiWorkMinutes", sum(entries)::int AS entries
       FROM report_month_hours
       WHERE month >= $1 AND month < $2 AND task_path IN ${AI} AND ai_work_minutes <> 0
         AND ($3::uuid[] IS NULL OR production_id = ANY($3)) AND ($4::uuid[] IS NULL OR labour_role_id = ANY($4))
         AND ($5::text[] IS NULL OR task_type_code = ANY($5))
       GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 3, 4`,
      [
        period.from,
        period.to,
        filter.productionIds ?? null,
        filter.roleIds ?? null,
        filter.taskTypeCodes ?? null,
      ],
    );
  }

  /** AI runs finished in the period by production and cost currency. */
  runs(period: Period, productionIds: Productions = null): Promise<RunsRow[]> {
    return this.db.query(
      `SELECT production_id AS "productionId", currency, sum(runs)::int AS runs, sum(wall_ms)::text AS "wallMs",
         sum(compute_cost_minor)::text AS "computeMinor", sum(licence_fee_minor)::text AS "licenceMinor"
       FROM report_month_ai WHERE month >= $1 AND month < $2 AND ${IN_PRODUCTIONS('production_id', '$3')}
       GROUP BY 1, 2 ORDER BY 1, 2`,
      [period.from, period.to, productionIds],
    );
  }

  /** Distinct tasks with hours logged in the period, and how many of them are on an AI path. */
  async tasksWorked(
    period: Period,
    productionIds: Productions = null,
  ): Promise<{ tasks: number; aiTasks: number }> {
    const [row] = await this.db.query(
      `SELECT count(DISTINCT task_id)::int AS tasks, count(DISTINCT task_id) FILTER (WHERE task_path IN ${AI})::int AS "aiTasks"
       FROM report_task_month WHERE month >= $1 AND month < $2 AND ${IN_PRODUCTIONS('production_id', '$3')}`,
      [period.from, period.to, productionIds],
    );
    return row;
  }

  /**
   * AI tasks last finished in the period: baseline and displaced hours (see FinishedRow). A
   * declared fast path: B(t) and max(0, B - craft) in SQL, set-based over the report tables, of
   * analytics' bidFromStoredTemplate and displacedHours; ledger-reports.int.spec.ts checks it
   * against them on the raw records, on the card's own bid day.
   */
  finished(
    period: Period,
    hoursPerDay: Map<string, string>,
    filter: LedgerFilter = {},
  ): Promise<FinishedRow[]> {
    return this.db.query(
      `WITH ${FINISHED_TASKS}
       SELECT f.production_id AS "productionId", f.baseline_role_id AS "roleId", f.task_type_code AS "taskTypeCode",
         to_char(f.month, 'YYYY-MM-DD') AS month, f.den::text AS den, count(*)::int AS tasks,
         count(*) FILTER (WHERE f.num IS NULL)::int AS unbid, coalesce(sum(f.num), 0)::text AS "baselineNum",
         coalesce(sum(greatest(0, 60 * f.num - f.craft_minutes_baseline * f.den)), 0)::text AS "displacedNum60"
       FROM finished f
       GROUP BY f.production_id, f.baseline_role_id, f.task_type_code, f.month, f.den ORDER BY 1, 2, 3, 4, 5`,
      this.finishedParams(period, hoursPerDay, filter),
    );
  }

  /** Every minute logged on the AI tasks last finished in the period, by production and role. */
  finishedMinutes(period: Period, productionIds: Productions = null): Promise<MinutesRow[]> {
    return this.db.query(
      `SELECT production_id AS "productionId", labour_role_id AS "roleId", sum(craft_minutes + ai_work_minutes)::text AS minutes,
         sum(entries)::int AS entries
       FROM report_task_role
       WHERE last_ai_finished_at >= ${utc('$1')} AND last_ai_finished_at < ${utc('$2')} AND task_path IN ${AI}
         AND ${IN_PRODUCTIONS('production_id', '$3')}
       GROUP BY 1, 2 ORDER BY 1, 2`,
      [period.from, period.to, productionIds],
    );
  }

  /**
   * Compute and licence cost of the AI tasks last finished in the period, by production and
   * currency, with the wall time of their runs: one index range of report_task_ai_cost.
   */
  finishedAiCost(period: Period, productionIds: Productions = null): Promise<RunsRow[]> {
    return this.db.query(
      `SELECT c.production_id AS "productionId", c.currency, sum(c.runs)::int AS runs, sum(c.wall_ms)::text AS "wallMs",
         sum(c.compute_cost_minor)::text AS "computeMinor", sum(c.licence_fee_minor)::text AS "licenceMinor"
       FROM report_task_ai_cost c
       WHERE c.last_ai_finished_at >= ${utc('$1')} AND c.last_ai_finished_at < ${utc('$2')} AND c.task_path IN ${AI}
         AND ${IN_PRODUCTIONS('c.production_id', '$3')}
       GROUP BY 1, 2 ORDER BY 1, 2`,
      [period.from, period.to, productionIds],
    );
  }

  /**
   * The time entries the quarterly summary reads of these production and role pairs (those with
   * no rate): logged in the period, or on the AI tasks last finished in it.
   */
  entriesOf(
    period: Period,
    pairs: ReadonlyArray<{ productionId: string; roleId: string }>,
  ): Promise<EntryRow[]> {
    if (pairs.length === 0) return Promise.resolve([]);
    return this.db.query(
      `SELECT e.id, t.production_id AS "productionId", e.labour_role_id AS "roleId", to_char(e.work_date, 'YYYY-MM-DD') AS "workDate", e.minutes
       FROM time_entry e JOIN task t ON t.id = e.task_id
       JOIN unnest($3::uuid[], $4::uuid[]) AS m(production_id, role_id) ON m.production_id = t.production_id AND m.role_id = e.labour_role_id
       LEFT JOIN report_task r ON r.task_id = e.task_id
       WHERE (e.work_date >= $1 AND e.work_date < $2)
          OR (r.last_ai_finished_at >= ${utc('$1')} AND r.last_ai_finished_at < ${utc('$2')} AND r.task_path IN ${AI})
       ORDER BY e.work_date, e.id`,
      [period.from, period.to, pairs.map((p) => p.productionId), pairs.map((p) => p.roleId)],
    );
  }

  /**
   * The middle task (two for an even count) of the AI tasks last finished in the period, ordered
   * by speed-up B / (machine hours + human hours); tasks with no bid or no time are left out.
   */
  medianSpeedUp(
    period: Period,
    hoursPerDay: Map<string, string>,
    productionIds: Productions = null,
  ): Promise<MedianTask[]> {
    return this.db.query(
      `WITH ${FINISHED_TASKS},
       timed AS (
         SELECT f.task_id, f.num, f.den, f.wall_ms, f.human_minutes AS minutes FROM finished f
         WHERE f.num IS NOT NULL AND f.wall_ms + f.human_minutes * 60000 > 0
       ),
       ranked AS (
         SELECT t.*, row_number() OVER (ORDER BY t.num * 3600000 / (t.den * (t.wall_ms + t.minutes * 60000)), t.task_id) AS k,
           count(*) OVER () AS n
         FROM timed t
       )
       SELECT r.task_id AS "taskId", concat_ws(' ', p.code, s.code, tt.name) AS "taskLabel", r.num::text,
         r.den::text, r.wall_ms::text AS "wallMs", r.minutes::text, r.n::int AS count
       FROM ranked r JOIN task tk ON tk.id = r.task_id JOIN production p ON p.id = tk.production_id
         JOIN shot s ON s.id = tk.shot_id JOIN task_type tt ON tt.code = tk.task_type_code
       WHERE r.k IN ((r.n + 1) / 2, (r.n + 2) / 2) ORDER BY r.k`,
      this.finishedParams(period, hoursPerDay, { productionIds: productionIds ?? undefined }),
    );
  }

  private finishedParams(period: Period, hoursPerDay: Map<string, string>, filter: LedgerFilter): unknown[] {
    return [
      period.from,
      period.to,
      [...hoursPerDay.keys()],
      [...hoursPerDay.values()],
      filter.productionIds ?? null,
      filter.roleIds ?? null,
      filter.taskTypeCodes ?? null,
    ];
  }
}
