import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

export interface ShotTaskMatch {
  shot: string;
  taskType: string;
  taskId: string;
  productionId: string;
  productionCode: string;
}

/** Lookups that turn an imported row's references into ids. */
@Injectable()
export class TaskRefsRepository {
  /** Tasks named SHOT/TASKTYPE, across productions unless one is given. */
  byShotAndType(
    refs: ReadonlyArray<{ shot: string; taskType: string }>,
    productionId: string | null,
    manager: EntityManager,
  ): Promise<ShotTaskMatch[]> {
    return manager.query(
      `SELECT DISTINCT s.code AS shot, t.task_type_code AS "taskType", t.id AS "taskId", p.id AS "productionId",
         p.code AS "productionCode"
       FROM unnest($1::text[], $2::text[]) AS r(shot, task_type)
       JOIN shot s ON s.code = r.shot JOIN task t ON t.shot_id = s.id AND t.task_type_code = r.task_type
       JOIN production p ON p.id = t.production_id
       WHERE $3::uuid IS NULL OR p.id = $3`,
      [refs.map((r) => r.shot), refs.map((r) => r.taskType), productionId],
    );
  }

  tasksByIds(
    ids: readonly string[],
    manager: EntityManager,
  ): Promise<Array<{ taskId: string; productionId: string }>> {
    return manager.query(
      `SELECT id AS "taskId", production_id AS "productionId" FROM task WHERE id = ANY($1::uuid[])`,
      [ids],
    );
  }

  /**
   * The role each row's hours are priced at when the file gives none: the person's most recent
   * logged role, else the task type's baseline role.
   */
  defaultRoles(
    rows: ReadonlyArray<{ person: string; taskId: string }>,
    manager: EntityManager,
  ): Promise<Array<{ person: string; taskId: string; roleCode: string }>> {
    return manager.query(
      `SELECT r.person, r.task_id::text AS "taskId", coalesce(last.code, base.code) AS "roleCode"
       FROM (SELECT DISTINCT * FROM unnest($1::text[], $2::uuid[]) AS x(person, task_id)) r
       JOIN task t ON t.id = r.task_id
       JOIN task_type tt ON tt.code = t.task_type_code JOIN labour_role base ON base.id = tt.baseline_role_id
       LEFT JOIN LATERAL (
         SELECT lr.code FROM time_entry e JOIN labour_role lr ON lr.id = e.labour_role_id
         WHERE lower(e.person) = lower(r.person) ORDER BY e.work_date DESC, e.created_at DESC LIMIT 1
       ) last ON true`,
      [rows.map((r) => r.person), rows.map((r) => r.taskId)],
    );
  }
}
