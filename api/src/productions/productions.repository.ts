import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

export interface ProductionRow {
  id: string;
  code: string;
  title: string;
  currency: string;
  reportingCurrency: string;
  vfxBudgetMinor: string;
  startDate: string;
  deliveryDate: string;
  guildCovered: boolean;
  country: string;
}

export interface NewProduction {
  code: string;
  title: string;
  currency: string;
  reportingCurrency?: string;
  vfxBudgetMinor: bigint;
  startDate: string;
  deliveryDate: string;
  guildCovered: boolean;
  country: string;
}

const COLUMNS = `id, code, title, currency, coalesce(reporting_currency, currency) AS "reportingCurrency", vfx_budget_minor::text AS "vfxBudgetMinor",
  to_char(start_date, 'YYYY-MM-DD') AS "startDate", to_char(delivery_date, 'YYYY-MM-DD') AS "deliveryDate",
  guild_covered AS "guildCovered", country`;

@Injectable()
export class ProductionsRepository {
  constructor(private readonly db: DataSource) {}

  /** `only`: the productions a person scoped by membership may see; undefined for all. */
  async list(
    offset: number,
    limit: number,
    only?: string[],
  ): Promise<{ rows: ProductionRow[]; total: number }> {
    const within = `WHERE $1::uuid[] IS NULL OR id = ANY($1::uuid[])`;
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM production ${within} ORDER BY code LIMIT $2 OFFSET $3`,
      [only ?? null, limit, offset],
    );
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM production ${within}`, [
      only ?? null,
    ]);
    return { rows, total: n };
  }

  async findById(id: string, manager: EntityManager = this.db.manager): Promise<ProductionRow | undefined> {
    const rows = await manager.query(`SELECT ${COLUMNS} FROM production WHERE id = $1`, [id]);
    return rows[0];
  }

  async findByCode(
    code: string,
    manager: EntityManager = this.db.manager,
  ): Promise<ProductionRow | undefined> {
    const rows = await manager.query(`SELECT ${COLUMNS} FROM production WHERE code = $1`, [code]);
    return rows[0];
  }

  async insert(p: NewProduction, actorId: string | null, manager: EntityManager): Promise<ProductionRow> {
    const rows = await manager.query(
      `INSERT INTO production (code, title, currency, vfx_budget_minor, start_date, delivery_date, guild_covered,
         country, reporting_currency, created_by, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING ${COLUMNS}`,
      [
        p.code,
        p.title,
        p.currency,
        p.vfxBudgetMinor.toString(),
        p.startDate,
        p.deliveryDate,
        p.guildCovered,
        p.country,
        p.reportingCurrency ?? null,
        actorId,
      ],
    );
    return rows[0];
  }
}
