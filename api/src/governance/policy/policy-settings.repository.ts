import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { RuleId, Severity } from './policy-rules';

/** A production's own severities (policy_setting); rules without a row keep their default. */
@Injectable()
export class PolicySettingsRepository {
  constructor(private readonly db: DataSource) {}

  async forProduction(
    productionId: string,
    manager: EntityManager = this.db.manager,
  ): Promise<Map<RuleId, Severity>> {
    const rows: Array<{ ruleId: RuleId; severity: Severity }> = await manager.query(
      `SELECT rule_id AS "ruleId", severity FROM policy_setting WHERE production_id = $1`,
      [productionId],
    );
    return new Map(rows.map((r) => [r.ruleId, r.severity]));
  }

  async set(
    productionId: string,
    ruleId: RuleId,
    severity: Severity,
    actorId: string,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO policy_setting (production_id, rule_id, severity, updated_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (production_id, rule_id) DO UPDATE SET severity = $3, updated_by = $4, updated_at = now()`,
      [productionId, ruleId, severity, actorId],
    );
  }
}
