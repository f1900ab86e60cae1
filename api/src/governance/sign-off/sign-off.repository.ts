import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { isoTime } from '../../database/sql';

export interface TaskSignOffRow {
  id: string;
  productionId: string;
  shotCode: string;
  path: string;
  status: string;
  inFinalDeliverable: boolean;
  signedOffBy: string | null;
  signedOffAt: string | null;
  lastAiRunAt: string | null;
}

/** The sign-off columns of a task (the task table belongs to planning; sign-off is governance's). */
@Injectable()
export class SignOffRepository {
  async find(taskId: string, manager: EntityManager, lock = false): Promise<TaskSignOffRow | undefined> {
    const rows = await manager.query(
      `SELECT t.id, t.production_id AS "productionId", s.code AS "shotCode", t.path, t.status,
              t.in_final_deliverable AS "inFinalDeliverable", u.email AS "signedOffBy", ${isoTime('t.signed_off_at')} AS "signedOffAt",
              (SELECT ${isoTime('max(r.finished_at)')} FROM ai_run r WHERE r.task_id = t.id) AS "lastAiRunAt"
         FROM task t JOIN shot s ON s.id = t.shot_id LEFT JOIN app_user u ON u.id = t.signed_off_by
        WHERE t.id = $1 ${lock ? 'FOR UPDATE OF t' : ''}`,
      [taskId],
    );
    return rows[0];
  }

  async signOff(taskId: string, actorId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `UPDATE task SET signed_off_by = $2, signed_off_at = now(), updated_by = $2, updated_at = now() WHERE id = $1`,
      [taskId, actorId],
    );
  }
}
