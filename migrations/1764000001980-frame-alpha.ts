import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Whether each uploaded frame has an alpha channel, recorded at upload, so that a job for a model
 * reading the alpha as its mask (a FRAME_ALPHA input) is refused at submit over frames without
 * one, instead of failing at the first such frame after the earlier ones were rendered and billed.
 * Frames uploaded before this stay null (unknown): they are not re-read here, and the worker still
 * refuses such a frame itself (FRAME_ALPHA_MISSING).
 */
export class FrameAlpha1764000001980 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE frame_folder_frame ADD COLUMN has_alpha boolean;
      COMMENT ON COLUMN frame_folder_frame.has_alpha IS 'The image has an alpha channel, as its header said at upload; null: uploaded before this was recorded.';
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE frame_folder_frame DROP COLUMN has_alpha`);
  }
}
