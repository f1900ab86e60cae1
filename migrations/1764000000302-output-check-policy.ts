import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a production does with frames whose output is NaN, infinite or constant: WARN (keep them,
 * flagged) or FAIL (stop the job there). Null follows the worker's INFERENCE_OUTPUT_CHECK.
 */
export class OutputCheckPolicy1764000000302 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE production ADD COLUMN inference_output_check text CHECK (inference_output_check IN ('WARN', 'FAIL'));
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE production DROP COLUMN inference_output_check;`);
  }
}
