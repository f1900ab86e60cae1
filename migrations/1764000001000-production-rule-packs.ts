import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The rule packs a production chose (docs/decisions/0020-rule-packs.md). The packs themselves are
 * code (api/src/governance/policy/rule-packs.ts), checked when a choice is saved; a production
 * without a row is held to the default packs, so existing and new productions keep the rules
 * they had.
 */
export class ProductionRulePacks1764000001000 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE production_rule_packs (
        production_id uuid PRIMARY KEY REFERENCES production(id) ON DELETE CASCADE,
        packs         text[] NOT NULL,
        updated_at    timestamptz NOT NULL DEFAULT now(),
        updated_by    uuid REFERENCES app_user(id)
      );
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE production_rule_packs;`);
  }
}
