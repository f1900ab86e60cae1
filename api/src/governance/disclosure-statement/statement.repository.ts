import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';

/** An episode (alias `e`) as the statement and the disclosure plans name it: "Episode 2: Title", or "Episode 2". */
export const EPISODE_LABEL = `'Episode ' || e.number || CASE WHEN e.title = '' THEN '' ELSE ': ' || e.title END`;

export interface DeliverableTask {
  taskId: string;
  /** "Episode 2: Title", null for a shot in no episode. */
  episode: string | null;
}

/** What the disclosure statement reads beyond the AI-use ledger: the production, its episodes, the deliverable's tasks. */
@Injectable()
export class StatementRepository {
  async production(
    productionId: string,
    manager: EntityManager,
  ): Promise<{ id: string; code: string; title: string } | undefined> {
    const [row] = await manager.query(`SELECT id, code, title FROM production WHERE id = $1`, [productionId]);
    return row;
  }

  async episode(
    episodeId: string,
    manager: EntityManager,
  ): Promise<{ id: string; label: string; productionId: string } | undefined> {
    const [row] = await manager.query(
      `SELECT id, ${EPISODE_LABEL} AS label, production_id AS "productionId" FROM episode e WHERE id = $1`,
      [episodeId],
    );
    return row;
  }

  /** The vendor tool an external run was done in; null for a pipeline run. */
  async vendorToolOf(runId: string, manager: EntityManager): Promise<string | null> {
    const [row] = await manager.query(`SELECT vendor_tool_id AS "toolId" FROM ai_run WHERE id = $1`, [runId]);
    return row?.toolId ?? null;
  }

  /**
   * The generative tasks whose output is in the final deliverable: the production's, or one
   * episode's. The category is the task's own, else its task type's default.
   */
  generativeDeliverableTasks(
    productionId: string,
    episodeId: string | null,
    manager: EntityManager,
  ): Promise<DeliverableTask[]> {
    return manager.query(
      `SELECT t.id AS "taskId", ${EPISODE_LABEL} AS episode
         FROM task t JOIN shot s ON s.id = t.shot_id JOIN task_type tt ON tt.code = t.task_type_code
         LEFT JOIN episode e ON e.id = s.episode_id
        WHERE t.production_id = $1 AND ($2::uuid IS NULL OR s.episode_id = $2) AND t.in_final_deliverable
          AND coalesce(t.ai_category, tt.default_ai_category) = 'GENERATIVE'`,
      [productionId, episodeId],
    );
  }
}
