import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface RoleRow {
  id: string;
  code: string;
  /** What people call it ("Roto artist"), for reports people read. */
  name: string;
  department: string;
}

export interface ProductionRef {
  id: string;
  code: string;
  currency: string;
  reportingCurrency: string;
}

export interface FxRow {
  currency: string;
  quarter: string;
  /** Major units of the reporting currency one major unit of `currency` buys, as typed. */
  rate: string;
  /** True when the table holds the opposite direction and this rate is its inverse. */
  inverted: boolean;
}

/** The small tables every report prices with: roles, task types, productions and FX. */
@Injectable()
export class PricingRepository {
  constructor(private readonly db: DataSource) {}

  roles(): Promise<RoleRow[]> {
    return this.db.query(`SELECT id, code, name, department FROM labour_role ORDER BY code`);
  }

  /** Each task type's name by its code, for report lines people read. */
  taskTypeNames(): Promise<Array<{ code: string; name: string }>> {
    return this.db.query(`SELECT code, name FROM task_type ORDER BY code`);
  }

  /** Productions by id, or all of them. */
  productions(ids?: readonly string[]): Promise<ProductionRef[]> {
    return this.db.query(
      `SELECT id, code, currency, coalesce(reporting_currency, currency) AS "reportingCurrency" FROM production
       WHERE $1::uuid[] IS NULL OR id = ANY($1::uuid[]) ORDER BY code`,
      [ids ?? null],
    );
  }

  /** Rates into `reportingCurrency` for these quarters, and the opposite direction where only that is stored. */
  fx(reportingCurrency: string, quarters: readonly string[]): Promise<FxRow[]> {
    return this.db.query(
      `SELECT currency, quarter, trim_scale(rate)::text AS rate, false AS inverted FROM fx_rate
       WHERE reporting_currency = $1 AND quarter = ANY($2::text[])
       UNION ALL
       SELECT reporting_currency, quarter, trim_scale(rate)::text, true FROM fx_rate r
       WHERE currency = $1 AND quarter = ANY($2::text[])
         AND NOT EXISTS (SELECT 1 FROM fx_rate d WHERE d.currency = r.reporting_currency AND d.reporting_currency = $1 AND d.quarter = r.quarter)`,
      [reportingCurrency, quarters],
    );
  }
}
