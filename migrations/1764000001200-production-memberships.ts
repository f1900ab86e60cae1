import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Production-scoped roles (docs/decisions/0025-production-memberships.md): a person with one or
 * more memberships sees and changes only those productions, each with the role the membership
 * gives; a person with none keeps their studio-wide role, as before.
 */
export class ProductionMemberships1764000001200 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE production_membership (
        user_id       uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        production_id uuid NOT NULL REFERENCES production(id) ON DELETE CASCADE,
        role          user_role NOT NULL CHECK (role IN ('PLANNER', 'OPERATOR', 'REVIEWER')),
        created_at    timestamptz NOT NULL DEFAULT now(),
        created_by    uuid NOT NULL REFERENCES app_user(id),
        PRIMARY KEY (user_id, production_id)
      );
      CREATE INDEX production_membership_production_idx ON production_membership (production_id);
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE production_membership;`);
  }
}
