import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { RuleId, Severity } from './policy-rules';
import { DEFAULT_PACKS, RulePackId } from './rule-packs';

/**
 * A production's own severities (policy_setting; rules without a row keep their default) and the
 * rule packs it chose (production_rule_packs; without a row, the default packs).
 */
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

  async packs(productionId: string, manager: EntityManager = this.db.manager): Promise<RulePackId[]> {
    const [row]: Array<{ packs: RulePackId[] }> = await manager.query(
      `SELECT packs FROM production_rule_packs WHERE production_id = $1`,
      [productionId],
    );
    return row ? row.packs : [...DEFAULT_PACKS];
  }

  async setPacks(
    productionId: string,
    packs: readonly RulePackId[],
    actorId: string,
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO production_rule_packs (production_id, packs, updated_by) VALUES ($1, $2, $3)
       ON CONFLICT (production_id) DO UPDATE SET packs = $2, updated_by = $3, updated_at = now()`,
      [productionId, packs, actorId],
    );
  }
}
