import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EntryDraft } from './entry-checks';
import { TimeEntryFilterArgs, TimeEntryRow } from './time-entry.types';

/** What is wrong with entry `index` of a batch, as the database sees it. */
export interface BatchFinding {
  index: number;
  unknownTask: boolean;
  unknownRole: boolean;
  /** The closed month's production code, when the entry falls in one. */
  lockedIn: string | null;
  /** Set on the first entry of a person-day over 24 h: the day's total, stored entries included. */
  dayMinutes: number | null;
  storedMinutes: number | null;
}

/** A batch's entries and minutes on one production, for the audit event. */
export interface ProductionShare {
  productionId: string;
  entries: number;
  minutes: number;
}

const COLUMNS = `e.id, e.task_id AS "taskId", e.person, e.labour_role_id AS "roleId",
  to_char(e.work_date, 'YYYY-MM-DD') AS "workDate", e.minutes, e.kind, e.note, e.reverses, e.corrects,
  EXISTS (SELECT 1 FROM period_lock l JOIN task lt ON lt.production_id = l.production_id
          WHERE lt.id = e.task_id AND l.month = date_trunc('month', e.work_date)::date) AS "monthClosed",
  EXISTS (SELECT 1 FROM time_entry r WHERE r.reverses = e.id) AS reversed`;

// The batch as column arrays: one parameter per column whatever the batch size.
const columns = (drafts: readonly EntryDraft[]) => [
  drafts.map((d) => d.taskId),
  drafts.map((d) => d.roleCode),
  drafts.map((d) => d.person),
  drafts.map((d) => d.workDate),
  drafts.map((d) => d.minutes),
];
const BATCH = `unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::int[])`;

@Injectable()
export class TimeEntriesRepository {
  constructor(private readonly db: DataSource) {}

  async list(
    filter: TimeEntryFilterArgs,
    offset: number,
    limit: number,
  ): Promise<{ rows: TimeEntryRow[]; total: number }> {
    const from = `time_entry e JOIN task t ON t.id = e.task_id`;
    const where = `WHERE t.production_id = $1 AND ($2::uuid IS NULL OR e.task_id = $2)
      AND ($3::text IS NULL OR lower(e.person) = lower($3)) AND ($4::date IS NULL OR e.work_date >= $4)
      AND ($5::date IS NULL OR e.work_date <= $5) AND ($6::time_entry_kind IS NULL OR e.kind = $6)`;
    const params = [
      filter.productionId,
      filter.taskId ?? null,
      filter.person ?? null,
      filter.from ?? null,
      filter.to ?? null,
      filter.kind ?? null,
    ];
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM ${from} ${where} ORDER BY e.work_date, e.person, e.id LIMIT $7 OFFSET $8`,
      [...params, limit, offset],
    );
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM ${from} ${where}`, params);
    return { rows, total: n };
  }

  byIds(ids: readonly string[], manager: EntityManager = this.db.manager): Promise<TimeEntryRow[]> {
    return manager.query(`SELECT ${COLUMNS} FROM time_entry e WHERE e.id = ANY($1::uuid[])`, [ids]);
  }

  /**
   * Checks a whole batch in one statement: unknown tasks and roles, entries in a closed month,
   * and person-days whose minutes (this batch plus what is stored, less the stored entries it is
   * `replacing`) pass 24 h. Answers one row:
   * the entries with a problem (none for a clean batch) and the batch's share of each production.
   */
  async check(
    drafts: readonly EntryDraft[],
    manager: EntityManager,
    replacing: readonly string[] = [],
  ): Promise<{ findings: BatchFinding[]; byProduction: ProductionShare[] }> {
    const [row] = await manager.query(
      `WITH b AS (
         SELECT * FROM ${BATCH} WITH ORDINALITY AS b(task_id, role_code, person, work_date, minutes, n)
       ), over_day AS (
         SELECT d.first, d.batch + s.stored AS total, s.stored
         FROM (SELECT min(n) AS first, lower(person) AS who, work_date, sum(minutes)::int AS batch FROM b GROUP BY 2, 3) d
         CROSS JOIN LATERAL (
           SELECT coalesce(sum(x.minutes), 0)::int AS stored FROM time_entry x
           WHERE lower(x.person) = d.who AND x.work_date = d.work_date AND x.id <> ALL($6::uuid[])
         ) s
         WHERE d.batch + s.stored > 1440
       ), entry AS (
         SELECT b.n, b.minutes, t.production_id, t.id IS NULL AS unknown_task, r.id IS NULL AS unknown_role,
           CASE WHEN l.month IS NOT NULL THEN p.code END AS locked_in
         FROM b
         LEFT JOIN task t ON t.id = b.task_id
         LEFT JOIN production p ON p.id = t.production_id
         LEFT JOIN labour_role r ON r.code = b.role_code
         LEFT JOIN period_lock l ON l.production_id = t.production_id AND l.month = date_trunc('month', b.work_date)::date
       )
       SELECT
         (SELECT coalesce(json_agg(f ORDER BY f.index), '[]') FROM (
            SELECT (e.n - 1)::int AS index, e.unknown_task AS "unknownTask", e.unknown_role AS "unknownRole",
              e.locked_in AS "lockedIn", o.total AS "dayMinutes", o.stored AS "storedMinutes"
            FROM entry e LEFT JOIN over_day o ON o.first = e.n
            WHERE e.unknown_task OR e.unknown_role OR e.locked_in IS NOT NULL OR o.first IS NOT NULL
          ) f) AS findings,
         (SELECT coalesce(json_agg(s), '[]') FROM (
            SELECT production_id AS "productionId", count(*)::int AS entries, sum(minutes)::int AS minutes
            FROM entry WHERE production_id IS NOT NULL GROUP BY production_id ORDER BY production_id
          ) s) AS "byProduction"`,
      [...columns(drafts), replacing],
    );
    return row;
  }

  /**
   * One INSERT ... SELECT over the column arrays, for a batch already checked. Returns the new
   * ids only when asked: a 5,000-entry batch does not need them sent back.
   */
  async insert(
    drafts: readonly EntryDraft[],
    actorId: string,
    manager: EntityManager,
    returnIds: boolean,
    corrects: string | null = null,
  ): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO time_entry (task_id, person, labour_role_id, work_date, minutes, kind, note, created_by, updated_by, corrects)
       SELECT b.task_id, b.person, r.id, b.work_date, b.minutes, b.kind, b.note, $8, $8, $9
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::int[], $6::time_entry_kind[], $7::text[])
         AS b(task_id, role_code, person, work_date, minutes, kind, note)
       JOIN labour_role r ON r.code = b.role_code
       ${returnIds ? 'RETURNING id' : ''}`,
      [...columns(drafts), drafts.map((d) => d.kind), drafts.map((d) => d.note), actorId, corrects],
    );
    return returnIds ? rows.map((r) => r.id) : [];
  }
}
