import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { TaskFilterArgs, TaskRow } from './task.types';

export interface NewTask {
  shotId: string;
  taskTypeCode: string;
  bidTemplateId: string;
  complexity: number;
  path: string;
  plannedAiReviewHours: number;
}

export type TaskChanges = Partial<
  Pick<
    TaskRow,
    | 'complexity'
    | 'path'
    | 'status'
    | 'baselineHoursOverride'
    | 'plannedAiReviewHours'
    | 'aiCategory'
    | 'likenessKind'
    | 'performerName'
    | 'inFinalDeliverable'
    | 'aiForbidden'
    | 'bidTemplateId'
    | 'vendorCompany'
  >
>;

/** What the baseline B(t) of a task is worked out from. */
export interface BaselineInputs {
  id: string;
  productionId: string;
  taskTypeCode: string;
  /** The task type's name, for the sentence that explains the bid. */
  taskTypeName: string;
  complexity: number;
  frameCount: number;
  /** Decimals as PostgreSQL prints them, so the bid is worked out exactly. */
  baselineHoursOverride: string | null;
  unit: 'SHOT' | 'FRAME' | null;
  optimistic: string | null;
  mostLikely: string | null;
  pessimistic: string | null;
}

const COLUMNS = `t.id, t.production_id AS "productionId", t.shot_id AS "shotId", t.task_type_code AS "taskTypeCode",
  t.bid_template_id AS "bidTemplateId", t.complexity, t.path, t.status,
  t.baseline_hours_override::float8 AS "baselineHoursOverride", t.planned_ai_review_hours::float8 AS "plannedAiReviewHours",
  coalesce(t.ai_category, tt.default_ai_category) AS "aiCategory", t.likeness_kind AS "likenessKind",
  t.performer_name AS "performerName", t.in_final_deliverable AS "inFinalDeliverable", t.ai_forbidden AS "aiForbidden",
  t.vendor_company AS "vendorCompany"`;
const FROM = `task t JOIN task_type tt ON tt.code = t.task_type_code`;

// Columns updateTask may set, by the field name the service uses.
const SETTABLE: Record<keyof TaskChanges, string> = {
  complexity: 'complexity',
  path: 'path',
  status: 'status',
  baselineHoursOverride: 'baseline_hours_override',
  plannedAiReviewHours: 'planned_ai_review_hours',
  aiCategory: 'ai_category',
  likenessKind: 'likeness_kind',
  performerName: 'performer_name',
  inFinalDeliverable: 'in_final_deliverable',
  aiForbidden: 'ai_forbidden',
  bidTemplateId: 'bid_template_id',
  vendorCompany: 'vendor_company',
};

@Injectable()
export class TasksRepository {
  constructor(private readonly db: DataSource) {}

  async list(
    filter: TaskFilterArgs,
    offset: number,
    limit: number,
  ): Promise<{ rows: TaskRow[]; total: number }> {
    const where = `WHERE t.production_id = $1 AND ($2::uuid IS NULL OR s.episode_id = $2) AND ($3::text IS NULL OR s.sequence = $3)
      AND ($4::uuid IS NULL OR t.shot_id = $4) AND ($5::text IS NULL OR t.task_type_code = $5)
      AND ($6::task_path IS NULL OR t.path = $6) AND ($7::task_status IS NULL OR t.status = $7)`;
    const params = [
      filter.productionId,
      filter.episodeId ?? null,
      filter.sequence ?? null,
      filter.shotId ?? null,
      filter.taskTypeCode ?? null,
      filter.path ?? null,
      filter.status ?? null,
    ];
    const from = `${FROM} JOIN shot s ON s.id = t.shot_id`;
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM ${from} ${where} ORDER BY s.code, t.task_type_code, t.id LIMIT $8 OFFSET $9`,
      [...params, limit, offset],
    );
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM ${from} ${where}`, params);
    return { rows, total: n };
  }

  byIds(ids: readonly string[], manager: EntityManager = this.db.manager): Promise<TaskRow[]> {
    return manager.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE t.id = ANY($1::uuid[])`, [ids]);
  }

  /** Locks the task row for the rest of the transaction (read-modify-write). */
  async findForUpdate(id: string, manager: EntityManager): Promise<TaskRow | undefined> {
    const rows = await manager.query(`SELECT ${COLUMNS} FROM ${FROM} WHERE t.id = $1 FOR UPDATE OF t`, [id]);
    return rows[0];
  }

  /** The (shot, task type) pairs among these that have a task already. */
  existing(
    pairs: ReadonlyArray<{ shotId: string; taskTypeCode: string }>,
    manager: EntityManager,
  ): Promise<Array<{ shotId: string; taskTypeCode: string }>> {
    return manager.query(
      `SELECT DISTINCT t.shot_id AS "shotId", t.task_type_code AS "taskTypeCode"
       FROM task t JOIN unnest($1::uuid[], $2::text[]) AS p(s, c) ON t.shot_id = p.s AND t.task_type_code = p.c`,
      [pairs.map((p) => p.shotId), pairs.map((p) => p.taskTypeCode)],
    );
  }

  /** One multi-row INSERT; returns the new tasks. */
  insertMany(
    productionId: string,
    tasks: readonly NewTask[],
    actorId: string,
    manager: EntityManager,
  ): Promise<TaskRow[]> {
    const column = <K extends keyof NewTask>(key: K) => tasks.map((t) => t[key]);
    return manager.query(
      `WITH inserted AS (
         INSERT INTO task (production_id, shot_id, task_type_code, bid_template_id, complexity, path, planned_ai_review_hours,
           created_by, updated_by)
         SELECT $1, s, c, b, x, p::task_path, r, $8, $8
         FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::int[], $6::text[], $7::numeric[]) WITH ORDINALITY AS i(s, c, b, x, p, r, n)
         ORDER BY n RETURNING *
       )
       SELECT ${COLUMNS.replace(/\bt\./g, 'i.')} FROM inserted i JOIN task_type tt ON tt.code = i.task_type_code`,
      [
        productionId,
        column('shotId'),
        column('taskTypeCode'),
        column('bidTemplateId'),
        column('complexity'),
        column('path'),
        column('plannedAiReviewHours'),
        actorId,
      ],
    );
  }

  async update(id: string, changes: TaskChanges, actorId: string, manager: EntityManager): Promise<TaskRow> {
    const keys = Object.keys(changes) as Array<keyof TaskChanges>;
    const sets = keys.map((key, i) => `${SETTABLE[key]} = $${i + 3}`);
    await manager.query(
      `UPDATE task SET ${[...sets, 'updated_by = $2', 'updated_at = now()'].join(', ')} WHERE id = $1`,
      [id, actorId, ...keys.map((key) => changes[key])],
    );
    const [row] = await this.byIds([id], manager);
    return row;
  }

  baselineInputs(ids: readonly string[]): Promise<BaselineInputs[]> {
    return this.db.query(
      `SELECT t.id, t.production_id AS "productionId", t.task_type_code AS "taskTypeCode", tt.name AS "taskTypeName", t.complexity,
         s.frame_count AS "frameCount", t.baseline_hours_override::text AS "baselineHoursOverride",
         b.unit, b.optimistic::text AS optimistic, b.most_likely::text AS "mostLikely", b.pessimistic::text AS pessimistic
       FROM task t JOIN shot s ON s.id = t.shot_id JOIN task_type tt ON tt.code = t.task_type_code
         LEFT JOIN bid_template b ON b.id = t.bid_template_id
       WHERE t.id = ANY($1::uuid[])`,
      [ids],
    );
  }
}
