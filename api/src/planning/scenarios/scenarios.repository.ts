import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ScenarioAssumptions } from './scenario-assumptions';

export interface ScenarioRow {
  id: string;
  productionId: string;
  name: string;
  assumptions: ScenarioAssumptions;
  updatedAt: string;
}

const COLUMNS = `id, production_id AS "productionId", name, assumptions,
  to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "updatedAt"`;

@Injectable()
export class ScenariosRepository {
  constructor(private readonly db: DataSource) {}

  async list(
    productionId: string,
    offset: number,
    limit: number,
  ): Promise<{ rows: ScenarioRow[]; total: number }> {
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM scenario WHERE production_id = $1 ORDER BY name LIMIT $2 OFFSET $3`,
      [productionId, limit, offset],
    );
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM scenario WHERE production_id = $1`, [
      productionId,
    ]);
    return { rows, total: n };
  }

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<ScenarioRow | undefined> {
    const rows = await manager.query(`SELECT ${COLUMNS} FROM scenario WHERE id = $1`, [id]);
    return rows[0];
  }

  async findByName(
    productionId: string,
    name: string,
    manager: EntityManager,
  ): Promise<ScenarioRow | undefined> {
    const rows = await manager.query(
      `SELECT ${COLUMNS} FROM scenario WHERE production_id = $1 AND name = $2`,
      [productionId, name],
    );
    return rows[0];
  }

  async insert(
    productionId: string,
    name: string,
    assumptions: ScenarioAssumptions,
    actorId: string,
    manager: EntityManager,
  ): Promise<ScenarioRow> {
    const rows = await manager.query(
      `INSERT INTO scenario (production_id, name, assumptions, created_by, updated_by) VALUES ($1, $2, $3, $4, $4)
       RETURNING ${COLUMNS}`,
      [productionId, name, JSON.stringify(assumptions), actorId],
    );
    return rows[0];
  }

  async update(
    id: string,
    name: string,
    assumptions: ScenarioAssumptions,
    actorId: string,
    manager: EntityManager,
  ) {
    // TypeORM answers an UPDATE with [rows, affected count], unlike an INSERT or SELECT.
    const [rows]: [ScenarioRow[], number] = await manager.query(
      `UPDATE scenario SET name = $2, assumptions = $3, updated_by = $4, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, name, JSON.stringify(assumptions), actorId],
    );
    return rows[0];
  }

  async delete(id: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM scenario WHERE id = $1`, [id]);
  }
}
