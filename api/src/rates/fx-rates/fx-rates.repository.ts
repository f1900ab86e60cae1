import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { FxRateInput, FxRateType } from './fx-rate.types';

// trim_scale prints 0.0006896600 as 0.00068966: the rate as it was typed.
const COLUMNS = `currency, reporting_currency AS "reportingCurrency", quarter, trim_scale(rate)::text AS rate, source`;

@Injectable()
export class FxRatesRepository {
  constructor(private readonly db: DataSource) {}

  async list(
    filter: { reportingCurrency?: string; currency?: string },
    offset: number,
    limit: number,
  ): Promise<{ rows: FxRateType[]; total: number }> {
    const where = `WHERE ($1::text IS NULL OR reporting_currency = $1) AND ($2::text IS NULL OR currency = $2)`;
    const params = [filter.reportingCurrency ?? null, filter.currency ?? null];
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM fx_rate ${where} ORDER BY reporting_currency, currency, quarter LIMIT $3 OFFSET $4`,
      [...params, limit, offset],
    );
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM fx_rate ${where}`, params);
    return { rows, total: n };
  }

  async find(key: Pick<FxRateInput, 'currency' | 'reportingCurrency' | 'quarter'>, manager: EntityManager) {
    const rows: FxRateType[] = await manager.query(
      `SELECT ${COLUMNS} FROM fx_rate WHERE currency = $1 AND reporting_currency = $2 AND quarter = $3`,
      [key.currency, key.reportingCurrency, key.quarter],
    );
    return rows[0];
  }

  async upsert(input: FxRateInput, manager: EntityManager): Promise<FxRateType> {
    const rows = await manager.query(
      `INSERT INTO fx_rate (currency, reporting_currency, quarter, rate, source) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (currency, reporting_currency, quarter) DO UPDATE SET rate = EXCLUDED.rate, source = EXCLUDED.source
       RETURNING ${COLUMNS}`,
      [input.currency, input.reportingCurrency, input.quarter, input.rate, input.source],
    );
    return rows[0];
  }
}
