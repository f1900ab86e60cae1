import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** A task about to be deleted, with the recorded work that would go with it. */
export interface TaskRecord {
  id: string;
  productionId: string;
  shotId: string;
  shotCode: string;
  taskTypeName: string;
  path: string;
  status: string;
  complexity: number;
  timeEntries: number;
  minutes: number;
  /** Closed months ('YYYY-MM') holding some of the task's time entries. */
  closedMonths: string[];
  pipelineRuns: number;
  vendorRuns: number;
  /** AI jobs asked of the pipeline that left no run (queued, running or failed). */
  pendingJobs: number;
}

export interface ShotRecord {
  id: string;
  productionId: string;
  code: string;
}

// Each task with what it has recorded against it; the caller has locked the task rows.
const RECORDS = `
  SELECT t.id, t.production_id AS "productionId", t.shot_id AS "shotId", s.code AS "shotCode",
    tt.name AS "taskTypeName", t.path, t.status, t.complexity,
    (SELECT count(*)::int FROM time_entry e WHERE e.task_id = t.id) AS "timeEntries",
    (SELECT coalesce(sum(e.minutes), 0)::int FROM time_entry e WHERE e.task_id = t.id) AS minutes,
    ARRAY(SELECT DISTINCT to_char(l.month, 'YYYY-MM') FROM time_entry e
      JOIN period_lock l ON l.production_id = t.production_id AND l.month = date_trunc('month', e.work_date)::date
      WHERE e.task_id = t.id ORDER BY 1) AS "closedMonths",
    (SELECT count(*)::int FROM ai_run r WHERE r.task_id = t.id AND r.source = 'PIPELINE') AS "pipelineRuns",
    (SELECT count(*)::int FROM ai_run r WHERE r.task_id = t.id AND r.source = 'EXTERNAL') AS "vendorRuns",
    (SELECT count(*)::int FROM inference_job j WHERE j.task_id = t.id
      AND NOT EXISTS (SELECT 1 FROM ai_run r WHERE r.job_id = j.id)) AS "pendingJobs"
  FROM task t JOIN shot s ON s.id = t.shot_id JOIN task_type tt ON tt.code = t.task_type_code`;

/**
 * The reads and deletes behind deleteTask and deleteShot. Rows are locked FOR UPDATE before
 * they are checked: a time entry or AI run written meanwhile takes a key-share lock on its task,
 * so it waits for the delete and then fails its foreign key instead of slipping in between.
 */
@Injectable()
export class RemovalsRepository {
  async lockShot(id: string, manager: EntityManager): Promise<ShotRecord | undefined> {
    const rows = await manager.query(
      `SELECT id, production_id AS "productionId", code FROM shot WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0];
  }

  /** The given task, or every task of the given shot, locked and with its records. */
  async lockTasks(
    where: { taskId: string } | { shotId: string },
    manager: EntityManager,
  ): Promise<TaskRecord[]> {
    const [column, value] = 'taskId' in where ? ['id', where.taskId] : ['shot_id', where.shotId];
    await manager.query(`SELECT id FROM task WHERE ${column} = $1 ORDER BY id FOR UPDATE`, [value]);
    return manager.query(`${RECORDS} WHERE t.${column} = $1 ORDER BY tt.name, t.id`, [value]);
  }

  async deleteTask(id: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM task WHERE id = $1`, [id]);
  }

  /** The shot and, through the foreign key's cascade, its tasks. */
  async deleteShot(id: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM shot WHERE id = $1`, [id]);
  }
}
