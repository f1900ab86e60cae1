import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A model trained on a performer's likeness is registered for the one production whose consent
 * it rests on; the PERFORMER_MODEL_SCOPED rule refuses it anywhere else (docs/governance.md).
 */
export class PerformerModelScope1764000001802 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE model
        ADD COLUMN trained_on_performer text CHECK (length(trim(trained_on_performer)) BETWEEN 1 AND 200),
        ADD COLUMN scoped_production_id uuid REFERENCES production(id),
        ADD CHECK ((trained_on_performer IS NULL) = (scoped_production_id IS NULL));
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE model DROP COLUMN trained_on_performer, DROP COLUMN scoped_production_id;`);
  }
}
