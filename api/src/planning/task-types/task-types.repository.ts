import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { BidTemplateInput, BidTemplateType, TaskTypeRow } from './task-type.types';

const TYPE = `code, name, baseline_role_id AS "baselineRoleId", default_ai_category AS "defaultAiCategory"`;
const TEMPLATE = `id, task_type_code AS "taskTypeCode", name, unit, complexity, optimistic::float8 AS optimistic,
  most_likely::float8 AS "mostLikely", pessimistic::float8 AS pessimistic, source`;

@Injectable()
export class TaskTypesRepository {
  constructor(private readonly db: DataSource) {}

  async list(offset: number, limit: number): Promise<{ rows: TaskTypeRow[]; total: number }> {
    const rows = await this.db.query(`SELECT ${TYPE} FROM task_type ORDER BY code LIMIT $1 OFFSET $2`, [
      limit,
      offset,
    ]);
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM task_type`);
    return { rows, total: n };
  }

  byCodes(codes: readonly string[], manager: EntityManager = this.db.manager): Promise<TaskTypeRow[]> {
    return manager.query(`SELECT ${TYPE} FROM task_type WHERE code = ANY($1::text[])`, [codes]);
  }

  templatesOf(
    codes: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<BidTemplateType[]> {
    return manager.query(
      `SELECT ${TEMPLATE} FROM bid_template WHERE task_type_code = ANY($1::text[]) ORDER BY name, complexity`,
      [codes],
    );
  }

  templatesByIds(
    ids: readonly string[],
    manager: EntityManager = this.db.manager,
  ): Promise<BidTemplateType[]> {
    return manager.query(`SELECT ${TEMPLATE} FROM bid_template WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async upsertType(
    input: { code: string; name: string; baselineRoleId: string; defaultAiCategory: string },
    manager: EntityManager,
  ): Promise<TaskTypeRow> {
    const rows = await manager.query(
      `INSERT INTO task_type (code, name, baseline_role_id, default_ai_category) VALUES ($1, $2, $3, $4)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, baseline_role_id = EXCLUDED.baseline_role_id,
         default_ai_category = EXCLUDED.default_ai_category
       RETURNING ${TYPE}`,
      [input.code, input.name, input.baselineRoleId, input.defaultAiCategory],
    );
    return rows[0];
  }

  async findTemplate(
    key: Pick<BidTemplateInput, 'taskTypeCode' | 'name' | 'complexity'>,
    manager: EntityManager,
  ) {
    const rows: BidTemplateType[] = await manager.query(
      `SELECT ${TEMPLATE} FROM bid_template WHERE task_type_code = $1 AND name = $2 AND complexity = $3`,
      [key.taskTypeCode, key.name, key.complexity],
    );
    return rows[0];
  }

  async upsertTemplate(input: BidTemplateInput, manager: EntityManager): Promise<BidTemplateType> {
    const rows = await manager.query(
      `INSERT INTO bid_template (task_type_code, name, unit, complexity, optimistic, most_likely, pessimistic, source)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (task_type_code, name, complexity) DO UPDATE SET unit = EXCLUDED.unit, optimistic = EXCLUDED.optimistic,
         most_likely = EXCLUDED.most_likely, pessimistic = EXCLUDED.pessimistic, source = EXCLUDED.source
       RETURNING ${TEMPLATE}`,
      [
        input.taskTypeCode,
        input.name,
        input.unit,
        input.complexity,
        input.optimistic,
        input.mostLikely,
        input.pessimistic,
        input.source,
      ],
    );
    return rows[0];
  }
}
