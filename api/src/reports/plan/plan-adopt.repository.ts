import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { TaskPath } from '@frameledger/analytics';

export interface AdoptableTask {
  id: string;
  path: TaskPath;
  status: string;
  /** AI runs or time entries are on it: work was done on its current path. */
  hasWork: boolean;
}

/** The SQL of adopting a frontier point: the production's tasks locked, their paths set at once. */
@Injectable()
export class PlanAdoptRepository {
  /** Every task of the production, locked until the transaction ends. */
  lockTasks(productionId: string, manager: EntityManager): Promise<AdoptableTask[]> {
    return manager.query(
      `SELECT t.id, t.path, t.status,
         EXISTS (SELECT 1 FROM ai_run r WHERE r.task_id = t.id)
           OR EXISTS (SELECT 1 FROM time_entry e WHERE e.task_id = t.id) AS "hasWork"
       FROM task t WHERE t.production_id = $1 ORDER BY t.id FOR UPDATE OF t`,
      [productionId],
    );
  }

  async setPaths(
    changes: ReadonlyArray<{ taskId: string; path: TaskPath }>,
    actorId: string,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `UPDATE task t SET path = c.path::task_path, updated_by = $3, updated_at = now()
       FROM unnest($1::uuid[], $2::text[]) AS c(id, path) WHERE t.id = c.id`,
      [changes.map((c) => c.taskId), changes.map((c) => c.path), actorId],
    );
  }
}
