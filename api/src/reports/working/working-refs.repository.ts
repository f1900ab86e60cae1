import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AI_PATHS as AI_PATH_LABELS, AI_WORK_KINDS } from '@frameledger/analytics';
import { sqlLabels } from '../../database/sql';
import { utc } from '../portfolio-ledger/ledger.repository';
import { RefQuery } from './ref-query';
import { RecordKind } from './working.types';

const AI_PATHS = sqlLabels(AI_PATH_LABELS);
/** $1 production's AI tasks (report_task `alias`) whose last AI job finished in [$2, $3). */
const FINISHED = (alias: string) =>
  `${alias}.production_id = $1 AND ${alias}.last_ai_finished_at >= ${utc('$2')} AND ${alias}.last_ai_finished_at < ${utc('$3')}
   AND ${alias}.task_path IN ${AI_PATHS}`;

/** SQL for the records behind a line of working: one page at a time, in id order. */
@Injectable()
export class WorkingRefsRepository {
  constructor(private readonly db: DataSource) {}

  /** The kind of each id (task, time entry or AI run); ids found nowhere are left out. */
  async kinds(ids: readonly string[]): Promise<Map<string, RecordKind>> {
    const rows: Array<{ id: string; kind: RecordKind }> = await this.db.query(
      `SELECT id::text, 'TASK' AS kind FROM task WHERE id = ANY($1::uuid[])
       UNION ALL SELECT id::text, 'TIME_ENTRY' FROM time_entry WHERE id = ANY($1::uuid[])
       UNION ALL SELECT id::text, 'AI_RUN' FROM ai_run WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.kind]));
  }

  /** The name people read for each record (WorkingRef.name); ids found nowhere are left out. */
  async names(ids: readonly string[]): Promise<Map<string, string>> {
    const rows: Array<{ id: string; name: string }> = await this.db.query(
      `WITH shot_of AS (
         SELECT t.id AS task_id, p.code AS production, s.code AS shot, tt.name AS task_type
         FROM task t JOIN production p ON p.id = t.production_id JOIN shot s ON s.id = t.shot_id
           JOIN task_type tt ON tt.code = t.task_type_code)
       SELECT t.task_id::text AS id, concat_ws(' ', t.production, t.shot, t.task_type) AS name
         FROM shot_of t WHERE t.task_id = ANY($1::uuid[])
       UNION ALL
       SELECT e.id::text, concat_ws(' ', e.person, to_char(e.work_date, 'YYYY-MM-DD'),
           trim_scale(round(e.minutes / 60.0, 2))::text || ' h on', t.production, t.shot)
         FROM time_entry e JOIN shot_of t ON t.task_id = e.task_id WHERE e.id = ANY($1::uuid[])
       UNION ALL
       SELECT r.id::text, concat_ws(' ', r.model_label, to_char(r.finished_at AT TIME ZONE 'UTC', 'YYYY-MM-DD'),
           'on', t.production, t.shot)
         FROM ai_run r JOIN shot_of t ON t.task_id = r.task_id WHERE r.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  async page(
    query: RefQuery,
    offset: number,
    limit: number,
  ): Promise<Array<{ id: string; kind: RecordKind }>> {
    const { sql, params } = pageSql(query);
    return this.db.query(`${sql} ORDER BY 1 LIMIT $${params.length + 1} OFFSET $${params.length + 2}`, [
      ...params,
      limit,
      offset,
    ]);
  }
}

function pageSql(q: RefQuery): { sql: string; params: unknown[] } {
  switch (q.kind) {
    case 'TIME_ENTRY':
      return {
        sql: `SELECT e.id::text AS id, 'TIME_ENTRY' AS kind FROM time_entry e JOIN task t ON t.id = e.task_id
              WHERE t.production_id = $1 AND e.labour_role_id = $2 AND e.work_date >= $3 AND e.work_date < $4
                AND ($5::boolean IS NULL OR (t.path IN ${AI_PATHS}) = $5)
                AND (NOT $6 OR e.kind IN ${sqlLabels(AI_WORK_KINDS)}) AND ($7::text IS NULL OR t.task_type_code = $7)`,
        params: [
          q.productionId,
          q.roleId,
          q.from,
          q.to,
          q.aiTasks ?? null,
          q.aiWorkOnly ?? false,
          q.taskTypeCode ?? null,
        ],
      };
    case 'FINISHED_TASK':
      return {
        sql: `SELECT r.task_id::text AS id, 'TASK' AS kind FROM report_task r
              WHERE ${FINISHED('r')} AND ($4::uuid IS NULL OR r.baseline_role_id = $4) AND ($5::text IS NULL OR r.task_type_code = $5)`,
        params: [q.productionId, q.from, q.to, q.baselineRoleId ?? null, q.taskTypeCode ?? null],
      };
    case 'AI_RUN':
      return {
        sql: `SELECT a.id::text AS id, 'AI_RUN' AS kind FROM ai_run a JOIN task t ON t.id = a.task_id
              WHERE t.production_id = $1 AND a.currency = $2 AND a.finished_at >= ${utc('$3')} AND a.finished_at < ${utc('$4')}`,
        params: [q.productionId, q.currency, q.from, q.to],
      };
    case 'FINISHED_TASK_ENTRY':
      return {
        sql: `SELECT e.id::text AS id, 'TIME_ENTRY' AS kind FROM time_entry e JOIN report_task r ON r.task_id = e.task_id
              WHERE ${FINISHED('r')} AND e.labour_role_id = $4`,
        params: [q.productionId, q.from, q.to, q.roleId],
      };
    case 'FINISHED_TASK_RUN':
      return {
        sql: `SELECT a.id::text AS id, 'AI_RUN' AS kind FROM ai_run a JOIN report_task r ON r.task_id = a.task_id
              WHERE ${FINISHED('r')} AND a.currency = $4`,
        params: [q.productionId, q.from, q.to, q.currency],
      };
  }
}
