import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { AdoptableTaskState, TaskPath } from '@frameledger/analytics';

export interface PathMove {
  taskId: string;
  from: TaskPath;
  to: TaskPath;
}

export interface AdoptionRow {
  id: string;
  productionId: string;
  changes: PathMove[];
  undoneAt: string | null;
}

const STATES = `SELECT t.id, t.path, t.status = 'DONE' AS done,
    EXISTS (SELECT 1 FROM ai_run r WHERE r.task_id = t.id)
      OR EXISTS (SELECT 1 FROM time_entry e WHERE e.task_id = t.id) AS "hasWork"
  FROM task t`;

/** The SQL of adopting a plan and undoing it: tasks read (or locked), paths set at once, the adoption kept. */
@Injectable()
export class PlanAdoptRepository {
  constructor(private readonly db: DataSource) {}

  /** Every task of the production as it stands, for a preview (nothing locked). */
  states(productionId: string): Promise<AdoptableTaskState[]> {
    return this.db.query(`${STATES} WHERE t.production_id = $1 ORDER BY t.id`, [productionId]);
  }

  /** Every task of the production, locked until the transaction ends. */
  lockStates(productionId: string, manager: EntityManager): Promise<AdoptableTaskState[]> {
    return manager.query(`${STATES} WHERE t.production_id = $1 ORDER BY t.id FOR UPDATE OF t`, [
      productionId,
    ]);
  }

  /** The given tasks with their labels, locked until the transaction ends. */
  lockTasks(
    ids: readonly string[],
    manager: EntityManager,
  ): Promise<Array<AdoptableTaskState & { label: string }>> {
    return manager.query(
      `SELECT x.*, s.code || ' ' || t.task_type_code AS label
       FROM (${STATES} WHERE t.id = ANY($1::uuid[]) ORDER BY t.id FOR UPDATE OF t) x
       JOIN task t ON t.id = x.id JOIN shot s ON s.id = t.shot_id`,
      [ids],
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

  async insertAdoption(
    a: {
      productionId: string;
      scenarioId: string | null;
      index: number;
      changes: PathMove[];
      actorId: string;
    },
    manager: EntityManager,
  ): Promise<string> {
    const [{ id }] = await manager.query(
      `INSERT INTO plan_adoption (production_id, scenario_id, point_index, changes, adopted_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [a.productionId, a.scenarioId, a.index, JSON.stringify(a.changes), a.actorId],
    );
    return id;
  }

  /** The adoption, locked so two undos cannot both run. */
  async lockAdoption(id: string, manager: EntityManager): Promise<AdoptionRow | undefined> {
    const rows = await manager.query(
      `SELECT id, production_id AS "productionId", changes,
         to_char(undone_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"') AS "undoneAt"
       FROM plan_adoption WHERE id = $1 FOR UPDATE`,
      [id],
    );
    return rows[0];
  }

  async markUndone(id: string, actorId: string, manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE plan_adoption SET undone_by = $2, undone_at = now() WHERE id = $1`, [
      id,
      actorId,
    ]);
  }
}
