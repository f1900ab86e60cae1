import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A tool's data terms on the model registration and on the vendor tool: whether its maker trains
 * on inputs, how long it keeps them, and whether it is used under an enterprise agreement
 * (docs/decisions/0036-tool-data-terms.md). A registered model is an ONNX file FrameLedger's own
 * workers run, so existing models start as self-hosted (NO, 0 days, enterprise); a vendor tool's
 * terms start UNKNOWN until someone records them.
 */
export class ToolDataTerms1764000001801 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TYPE trains_on_inputs AS ENUM ('YES', 'NO', 'UNKNOWN');
      ALTER TABLE model
        ADD COLUMN trains_on_inputs trains_on_inputs NOT NULL DEFAULT 'NO',
        ADD COLUMN retention_days int CHECK (retention_days BETWEEN 0 AND 36500) DEFAULT 0,
        ADD COLUMN enterprise_agreement boolean NOT NULL DEFAULT true;
      ALTER TABLE vendor_tool
        ADD COLUMN trains_on_inputs trains_on_inputs NOT NULL DEFAULT 'UNKNOWN',
        ADD COLUMN retention_days int CHECK (retention_days BETWEEN 0 AND 36500),
        ADD COLUMN enterprise_agreement boolean NOT NULL DEFAULT false;
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE model DROP COLUMN trains_on_inputs, DROP COLUMN retention_days, DROP COLUMN enterprise_agreement;
      ALTER TABLE vendor_tool DROP COLUMN trains_on_inputs, DROP COLUMN retention_days, DROP COLUMN enterprise_agreement;
      DROP TYPE trains_on_inputs;
    `);
  }
}
