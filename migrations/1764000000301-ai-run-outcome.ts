import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A pipeline job that fails or is cancelled has still used machine time: it books that time as its
 * own AI cost line, marked with how the job ended, beside the lines of jobs that succeeded.
 */
export class AiRunOutcome1764000000301 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE ai_run ADD COLUMN outcome text NOT NULL DEFAULT 'SUCCEEDED'
        CHECK (outcome IN ('SUCCEEDED', 'FAILED', 'CANCELLED'));
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE ai_run DROP COLUMN outcome;`);
  }
}
