import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { EntryDraft } from './entry-checks';
import { TimeEntryFilterArgs, TimeEntryRow } from './time-entry.types';

/** A row of the batch check: what is wrong with entry `index`, if anything. */
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

export interface InsertedSummary {
  productionId: string;
  entries: number;
  minutes: number;
  ids: string[];
}

const COLUMNS = `e.id, e.task_id AS "taskId", e.person, e.labour_role_id AS "roleId",
  to_char(e.work_date, 'YYYY-MM-DD') AS "workDate", e.minutes, e.kind, e.note`;

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
   * and person-days whose minutes (this batch plus what is stored) pass 24 h. Returns only the
   * entries with a problem, so a clean batch returns nothing.
   */
  findProblems(drafts: readonly EntryDraft[], manager: EntityManager): Promise<BatchFinding[]> {
    return manager.query(
      `WITH e AS (
         SELECT b.*, (b.n - 1)::int AS index,
           row_number() OVER (PARTITION BY lower(b.person), b.work_date ORDER BY b.n) = 1 AS first_of_day
         FROM ${BATCH} WITH ORDINALITY AS b(task_id, role_code, person, work_date, minutes, n)
       ), day AS (
         SELECT lower(person) AS who, work_date, sum(minutes)::int AS batch FROM e GROUP BY 1, 2
       ), day_total AS (
         SELECT d.who, d.work_date, coalesce(s.stored, 0)::int AS stored, d.batch + coalesce(s.stored, 0)::int AS total
         FROM day d LEFT JOIN LATERAL (
           SELECT sum(x.minutes) AS stored FROM time_entry x WHERE lower(x.person) = d.who AND x.work_date = d.work_date
         ) s ON true
       )
       SELECT e.index, t.id IS NULL AS "unknownTask", r.id IS NULL AS "unknownRole",
         CASE WHEN l.month IS NOT NULL THEN p.code END AS "lockedIn",
         CASE WHEN e.first_of_day AND dt.total > 1440 THEN dt.total END AS "dayMinutes",
         CASE WHEN e.first_of_day AND dt.total > 1440 THEN dt.stored END AS "storedMinutes"
       FROM e
       JOIN day_total dt ON dt.who = lower(e.person) AND dt.work_date = e.work_date
       LEFT JOIN task t ON t.id = e.task_id
       LEFT JOIN production p ON p.id = t.production_id
       LEFT JOIN labour_role r ON r.code = e.role_code
       LEFT JOIN period_lock l ON l.production_id = t.production_id AND l.month = date_trunc('month', e.work_date)::date
       WHERE t.id IS NULL OR r.id IS NULL OR l.month IS NOT NULL OR (e.first_of_day AND dt.total > 1440)
       ORDER BY e.index`,
      columns(drafts),
    );
  }

  /** One INSERT ... SELECT over the column arrays; returns what was added per production. */
  insert(drafts: readonly EntryDraft[], actorId: string, manager: EntityManager): Promise<InsertedSummary[]> {
    return manager.query(
      `WITH added AS (
         INSERT INTO time_entry (task_id, person, labour_role_id, work_date, minutes, kind, note, created_by, updated_by)
         SELECT b.task_id, b.person, r.id, b.work_date, b.minutes, b.kind, b.note, $8, $8
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::date[], $5::int[], $6::time_entry_kind[], $7::text[])
           AS b(task_id, role_code, person, work_date, minutes, kind, note)
         JOIN labour_role r ON r.code = b.role_code
         RETURNING id, task_id, minutes
       )
       SELECT t.production_id AS "productionId", count(*)::int AS entries, sum(a.minutes)::int AS minutes,
         array_agg(a.id)::text[] AS ids
       FROM added a JOIN task t ON t.id = a.task_id GROUP BY t.production_id`,
      [...columns(drafts), drafts.map((d) => d.kind), drafts.map((d) => d.note), actorId],
    );
  }
}
