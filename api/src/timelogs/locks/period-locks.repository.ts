import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { PeriodLockType } from './period-lock.types';

const COLUMNS = `l.production_id AS "productionId", to_char(l.month, 'YYYY-MM') AS month,
  to_char(l.locked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "lockedAt", u.email AS "lockedBy"`;
const FROM = `period_lock l LEFT JOIN app_user u ON u.id = l.locked_by`;

@Injectable()
export class PeriodLocksRepository {
  constructor(private readonly db: DataSource) {}

  async list(
    productionId: string,
    offset: number,
    limit: number,
  ): Promise<{ rows: PeriodLockType[]; total: number }> {
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE l.production_id = $1 ORDER BY l.month LIMIT $2 OFFSET $3`,
      [productionId, limit, offset],
    );
    const [{ n }] = await this.db.query(
      `SELECT count(*)::int AS n FROM period_lock WHERE production_id = $1`,
      [productionId],
    );
    return { rows, total: n };
  }

  async find(
    productionId: string,
    month: string,
    manager: EntityManager,
  ): Promise<PeriodLockType | undefined> {
    const rows = await manager.query(
      `SELECT ${COLUMNS} FROM ${FROM} WHERE l.production_id = $1 AND l.month = $2::date`,
      [productionId, `${month}-01`],
    );
    return rows[0];
  }

  async insert(productionId: string, month: string, actorId: string, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO period_lock (production_id, month, locked_by) VALUES ($1, $2::date, $3)`,
      [productionId, `${month}-01`, actorId],
    );
  }

  async delete(productionId: string, month: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM period_lock WHERE production_id = $1 AND month = $2::date`, [
      productionId,
      `${month}-01`,
    ]);
  }
}
