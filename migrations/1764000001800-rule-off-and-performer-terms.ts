import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An OFF severity for rules whose terms are reported but not confirmed (they are not evaluated
 * until a production turns them on), and the consent facts the reported SAG-AFTRA 2026 terms
 * weigh: why the performer was scanned, whether they are a minor (and the guardian who also
 * consented), and when their data was licensed for third-party training and they were told
 * (docs/decisions/0035-off-rules-and-reported-performer-terms.md).
 */
export class RuleOffAndPerformerTerms1764000001800 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TYPE policy_severity ADD VALUE 'OFF';

      ALTER TABLE consent
        ADD COLUMN scan_reason text CHECK (length(trim(scan_reason)) BETWEEN 1 AND 4000),
        ADD COLUMN performer_minor boolean NOT NULL DEFAULT false,
        ADD COLUMN guardian_name text CHECK (length(trim(guardian_name)) BETWEEN 1 AND 200),
        ADD COLUMN training_licensed_at timestamptz,
        ADD COLUMN training_notice_at timestamptz,
        ADD CHECK (guardian_name IS NULL OR performer_minor),
        ADD CHECK (training_notice_at IS NULL OR training_licensed_at IS NOT NULL);
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE consent DROP COLUMN scan_reason, DROP COLUMN performer_minor, DROP COLUMN guardian_name,
        DROP COLUMN training_licensed_at, DROP COLUMN training_notice_at;
      -- A rule turned OFF goes back to its default: PostgreSQL cannot drop one value of an enum.
      DELETE FROM policy_setting WHERE severity = 'OFF';
      ALTER TYPE policy_severity RENAME TO policy_severity_with_off;
      CREATE TYPE policy_severity AS ENUM ('BLOCK', 'FLAG');
      ALTER TABLE policy_setting ALTER COLUMN severity TYPE policy_severity USING severity::text::policy_severity;
      DROP TYPE policy_severity_with_off;
    `);
  }
}
