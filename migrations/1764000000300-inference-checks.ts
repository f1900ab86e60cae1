import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the worker checks and flags (docs/inference.md):
 * - warnings on a job and on a render: a device that did not match the worker's configured class,
 *   a frame whose output was NaN, infinite or constant;
 * - provenance per model file: licence, training data and origin belong to the file's sha256, so a
 *   second registration of the same bytes must agree; a correction is a new revision with a reason.
 */
export class InferenceChecks1764000000300 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE inference_job ADD COLUMN warnings text[] NOT NULL DEFAULT '{}';
      ALTER TABLE render ADD COLUMN warnings text[] NOT NULL DEFAULT '{}';

      CREATE TABLE model_file_provenance (
        sha256               char(64) NOT NULL,
        revision             int NOT NULL CHECK (revision >= 1),
        licence              text NOT NULL,
        training_data        training_data_kind NOT NULL,
        training_data_notes  text NOT NULL DEFAULT '',
        vendor               text NOT NULL,
        source               text NOT NULL DEFAULT '',
        weights              model_weights NOT NULL,
        -- Why this revision replaced the one before; empty for the first.
        reason               text NOT NULL DEFAULT '',
        created_at           timestamptz NOT NULL DEFAULT now(),
        created_by           uuid REFERENCES app_user(id),
        PRIMARY KEY (sha256, revision),
        CHECK ((revision = 1) = (reason = ''))
      );
      -- Registrations made before this table: the first registration of each file is its revision 1.
      INSERT INTO model_file_provenance (sha256, revision, licence, training_data, training_data_notes, vendor, source, weights, created_at, created_by)
      SELECT DISTINCT ON (f.sha256) f.sha256, 1, m.licence, m.training_data, m.training_data_notes, m.vendor, m.source, m.weights,
        m.created_at, m.created_by
      FROM model m JOIN stored_file f ON f.id = m.file_id ORDER BY f.sha256, m.created_at;
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE model_file_provenance;
      ALTER TABLE render DROP COLUMN warnings;
      ALTER TABLE inference_job DROP COLUMN warnings;
    `);
  }
}
