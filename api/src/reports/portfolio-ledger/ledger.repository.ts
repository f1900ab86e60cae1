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
  /** The first month of the quarter the minutes were logged in. */
  quarterStart: string;
  aiWorkMinutes: string;
  entries: number;
}

export interface RunsRow {
  productionId: string;
  currency: string;
  runs: number;
  wallMs: string;
  /** Compute cost exactly, in minor units x 3,600,000 (analytics' MS_PER_HOUR): priced once by the report. */
  computeExact: string;
  licenceMinor: string;
}

/**
 * AI tasks whose last AI job finished in a quarter, grouped by production, baseline role, task type
 * and the denominator of their baseline (frames per day for per-frame bids, else 1), so sums stay
 * exact: baseline hours = baselineNum / den; displaced hours = displacedNum60 / (60 x den), where
 * each task added max(0, 60 x num - craft minutes x den), i.e. max(0, B - K) per task.
 */
export interface FinishedRow {
  productionId: string;
  roleId: string;
  taskTypeCode: string;
  /** The first month of the quarter of their last finish. */
  quarterStart: string;
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
/** The first month of the quarter (of a year starting in month `fyStart`) that a month falls in. */
const quarterStart = (month: string, fyStart: string) =>
  `(${month} - make_interval(months => (extract(month FROM ${month})::int - ${fyStart}::int + 12) % 3))::date`;
/** A date parameter as the instant midnight UTC, whatever the session's time zone. */
export const utc = (param: string) => `(${param}::date::timestamp AT TIME ZONE 'UTC')`;

// The (production, hours a day) pairs a report prices per-frame bids with ($3, $4), narrowed to
// the productions $5 (null: all): the key of the bid-day rollups.
const BID_DAYS = `
  days AS (
    SELECT h.production_id, h.hours_per_day FROM unnest($3::uuid[], $4::numeric[]) AS h(production_id, hours_per_day)
    WHERE $5::uuid[] IS NULL OR h.production_id = ANY($5)
  )`;
const ON_BID_DAY = (alias: string) =>
  `JOIN days d ON d.production_id = ${alias}.production_id AND d.hours_per_day = ${alias}.hours_per_day`;

/**
 * The set-based half of the quarterly summary and labour impact: sums read from the report_*
 * tables and their month rollups (migrations 1764000000040 and 1764000001950), which the formulas
 * in analytics then price and convert. A period is whole months; tasksWorked takes one quarter.
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

  /** AI_OPERATOR and AI_REVIEW minutes on AI tasks, by production, role, task type and quarter. */
  created(period: Period, fyStartMonth: number, filter: LedgerFilter): Promise<CreatedRow[]> {
    return this.db.query(
      `SELECT production_id AS "productionId", labour_role_id AS "roleId", task_type_code AS "taskTypeCode",
         to_char(${quarterStart('month', '$6')}, 'YYYY-MM-DD') AS "quarterStart", sum(ai_work_minutes)::text AS "aiWorkMinutes",
         sum(entries)::int AS entries
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
        fyStartMonth,
      ],
    );
  }

  /** AI runs finished in the period by production and cost currency. */
  runs(period: Period, productionIds: Productions = null): Promise<RunsRow[]> {
    return this.db.query(
      `SELECT production_id AS "productionId", currency, sum(runs)::int AS runs, sum(wall_ms)::text AS "wallMs",
         sum(compute_cost_minor_ms)::text AS "computeExact", sum(licence_fee_minor)::text AS "licenceMinor"
       FROM report_month_ai WHERE month >= $1 AND month < $2 AND ${IN_PRODUCTIONS('production_id', '$3')}
       GROUP BY 1, 2 ORDER BY 1, 2`,
      [period.from, period.to, productionIds],
    );
  }

  /**
   * Distinct tasks with hours logged in the quarter (three months from `quarter.from`), and how
   * many of them are on an AI path.
   */
  async tasksWorked(
    quarter: Period,
    productionIds: Productions = null,
  ): Promise<{ tasks: number; aiTasks: number }> {
    const [row] = await this.db.query(
      `SELECT coalesce(sum(tasks), 0)::int AS tasks, coalesce(sum(tasks) FILTER (WHERE task_path IN ${AI}), 0)::int AS "aiTasks"
       FROM report_quarter_tasks WHERE quarter_start = $1 AND ${IN_PRODUCTIONS('production_id', '$2')}`,
      [quarter.from, productionIds],
    );
    return row;
  }

  /**
   * Keeps the bid-day rollups for these hours a day (see ledgerBidDays): a no-op once kept, else
   * one pass over report_task while writers wait. Call before finished and medianSpeedUp.
   */
  async registerBidDays(hoursPerDay: Map<string, string>): Promise<void> {
    await this.db.query(`SELECT report_register_bid_days($1::uuid[], $2::numeric[])`, [
      [...hoursPerDay.keys()],
      [...hoursPerDay.values()],
    ]);
  }

  /**
   * AI tasks last finished in the period: baseline and displaced hours (see FinishedRow), summed
   * from the month rollup of B(t) and max(0, B - K) per task (analytics' bidFromStoredTemplate and
   * displacedHours in SQL); ledger-reports.int.spec.ts checks it against them on the raw records.
   */
  finished(
    period: Period,
    fyStartMonth: number,
    hoursPerDay: Map<string, string>,
    filter: LedgerFilter = {},
  ): Promise<FinishedRow[]> {
    return this.db.query(
      `WITH ${BID_DAYS}
       SELECT f.production_id AS "productionId", f.baseline_role_id AS "roleId", f.task_type_code AS "taskTypeCode",
         to_char(${quarterStart('f.month', '$8')}, 'YYYY-MM-DD') AS "quarterStart", f.den::text AS den, sum(f.tasks)::int AS tasks, sum(f.unbid)::int AS unbid,
         sum(f.baseline_num)::text AS "baselineNum", sum(f.displaced_num60)::text AS "displacedNum60"
       FROM report_month_finished f ${ON_BID_DAY('f')}
       WHERE f.month >= $1 AND f.month < $2 AND f.task_path IN ${AI}
         AND ($6::uuid[] IS NULL OR f.baseline_role_id = ANY($6)) AND ($7::text[] IS NULL OR f.task_type_code = ANY($7))
       GROUP BY 1, 2, 3, 4, f.den ORDER BY 1, 2, 3, 4, 5`,
      [...this.finishedParams(period, hoursPerDay, filter), fyStartMonth],
    );
  }

  /** Every minute logged on the AI tasks last finished in the period, by production and role. */
  finishedMinutes(period: Period, productionIds: Productions = null): Promise<MinutesRow[]> {
    return this.db.query(
      `SELECT production_id AS "productionId", labour_role_id AS "roleId", sum(minutes)::text AS minutes, sum(entries)::int AS entries
       FROM report_month_finished_hours
       WHERE month >= $1 AND month < $2 AND task_path IN ${AI} AND ${IN_PRODUCTIONS('production_id', '$3')}
       GROUP BY 1, 2 ORDER BY 1, 2`,
      [period.from, period.to, productionIds],
    );
  }

  /**
   * Compute and licence cost of the AI tasks last finished in the period, by production and
   * currency, with the wall time of their runs.
   */
  finishedAiCost(period: Period, productionIds: Productions = null): Promise<RunsRow[]> {
    return this.db.query(
      `SELECT production_id AS "productionId", currency, sum(runs)::int AS runs, sum(wall_ms)::text AS "wallMs",
         sum(compute_cost_minor_ms)::text AS "computeExact", sum(licence_fee_minor)::text AS "licenceMinor"
       FROM report_month_finished_ai
       WHERE month >= $1 AND month < $2 AND task_path IN ${AI} AND ${IN_PRODUCTIONS('production_id', '$3')}
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
   * by speed-up B / (machine hours + human hours); tasks with no bid or no time are left out. The
   * per-bucket counts (report_speed_bucket, twelve to a tenfold of S) say which bucket holds the
   * middle; only that bucket's tasks are read and ranked.
   */
  medianSpeedUp(
    period: Period,
    hoursPerDay: Map<string, string>,
    productionIds: Productions = null,
  ): Promise<MedianTask[]> {
    return this.db.query(
      `WITH ${BID_DAYS},
       counts AS (
         SELECT s.bucket, sum(s.tasks)::bigint AS n FROM report_month_speed s ${ON_BID_DAY('s')}
         WHERE s.month >= $1 AND s.month < $2 AND s.task_path IN ${AI} GROUP BY s.bucket
       ),
       placed AS (
         SELECT c.bucket, c.n, (sum(c.n) OVER (ORDER BY c.bucket))::bigint - c.n AS before, (sum(c.n) OVER ())::bigint AS total
         FROM counts c
       ),
       wanted AS (
         SELECT p.bucket, p.before, p.total FROM placed p
         WHERE EXISTS (SELECT 1 FROM (VALUES ((p.total + 1) / 2), ((p.total + 2) / 2)) w(k) WHERE w.k > p.before AND w.k <= p.before + p.n)
       ),
       ranked AS (
         SELECT t.task_id, t.num, t.den, t.wall_ms, t.minutes, w.total,
           w.before + row_number() OVER (PARTITION BY w.bucket ORDER BY t.speed, t.task_id) AS k
         FROM wanted w
         -- OFFSET 0 keeps the subquery apart, so each wanted bucket is one range of the bucket index;
         -- flattened, the planner scanned the whole quarter (52,000 rows) on a low estimate.
         CROSS JOIN LATERAL (
           SELECT t.* FROM report_task_speed t ${ON_BID_DAY('t')}
           WHERE t.bucket = w.bucket AND t.month >= $1 AND t.month < $2 AND t.task_path IN ${AI} OFFSET 0
         ) t
       )
       SELECT r.task_id AS "taskId", concat_ws(' ', p.code, s.code, tt.name) AS "taskLabel", r.num::text,
         r.den::text, r.wall_ms::text AS "wallMs", r.minutes::text, r.total::int AS count
       FROM ranked r JOIN task tk ON tk.id = r.task_id JOIN production p ON p.id = tk.production_id
         JOIN shot s ON s.id = tk.shot_id JOIN task_type tt ON tt.code = tk.task_type_code
       WHERE r.k IN ((r.total + 1) / 2, (r.total + 2) / 2) ORDER BY r.k`,
      this.finishedParams(period, hoursPerDay, { productionIds: productionIds ?? undefined }).slice(0, 5),
    );
  }

  /** $1-$2 the period, $3-$4 the bid days, $5 productions, $6 baseline roles, $7 task types. */
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
