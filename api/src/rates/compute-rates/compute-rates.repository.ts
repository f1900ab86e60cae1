import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ComputeRateInput } from './compute-rate.types';

export interface ComputeRateRow {
  id: string;
  deviceClass: string;
  currency: string;
  pricePerHourMinor: string;
  watts: number;
  effectiveFrom: string;
  source: string;
}

const COLUMNS = `id, device_class AS "deviceClass", currency, price_per_hour_minor::text AS "pricePerHourMinor", watts,
  to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom", source`;

@Injectable()
export class ComputeRatesRepository {
  constructor(private readonly db: DataSource) {}

  async list(offset: number, limit: number): Promise<{ rows: ComputeRateRow[]; total: number }> {
    const rows = await this.db.query(
      `SELECT ${COLUMNS} FROM compute_rate ORDER BY device_class, effective_from DESC LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    const [{ n }] = await this.db.query(`SELECT count(*)::int AS n FROM compute_rate`);
    return { rows, total: n };
  }

  async find(
    deviceClass: string,
    effectiveFrom: string,
    manager: EntityManager,
  ): Promise<ComputeRateRow | undefined> {
    const rows = await manager.query(
      `SELECT ${COLUMNS} FROM compute_rate WHERE device_class = $1 AND effective_from = $2`,
      [deviceClass, effectiveFrom],
    );
    return rows[0];
  }

  async upsert(input: ComputeRateInput, manager: EntityManager): Promise<ComputeRateRow> {
    const rows = await manager.query(
      `INSERT INTO compute_rate (device_class, currency, price_per_hour_minor, watts, effective_from, source)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (device_class, effective_from) DO UPDATE SET currency = EXCLUDED.currency,
         price_per_hour_minor = EXCLUDED.price_per_hour_minor, watts = EXCLUDED.watts, source = EXCLUDED.source
       RETURNING ${COLUMNS}`,
      [
        input.deviceClass,
        input.currency,
        input.pricePerHourMinor.toString(),
        input.watts,
        input.effectiveFrom,
        input.source,
      ],
    );
    return rows[0];
  }
}
