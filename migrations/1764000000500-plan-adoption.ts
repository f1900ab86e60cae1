import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each adopted plan, with every path it changed, so it can be undone as one step
 * (docs/decisions/0011-safe-plan-adoption.md). The audit log records who adopted and undid it;
 * this row is what the undo reads back.
 */
export class PlanAdoption1764000000500 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE plan_adoption (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        production_id  uuid NOT NULL REFERENCES production(id) ON DELETE CASCADE,
        scenario_id    uuid REFERENCES scenario(id) ON DELETE SET NULL,
        point_index    integer NOT NULL CHECK (point_index >= 0),
        changes        jsonb NOT NULL CHECK (jsonb_typeof(changes) = 'array'),
        adopted_by     uuid NOT NULL REFERENCES app_user(id),
        adopted_at     timestamptz NOT NULL DEFAULT now(),
        undone_by      uuid REFERENCES app_user(id),
        undone_at      timestamptz,
        CHECK ((undone_by IS NULL) = (undone_at IS NULL))
      );
      CREATE INDEX plan_adoption_production_idx ON plan_adoption (production_id, adopted_at);
      COMMENT ON COLUMN plan_adoption.changes IS
        'Every task the adoption moved: [{"taskId", "from", "to"}]; the undo sets each back to "from".';
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE plan_adoption`);
  }
}
