import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The speed effect an edit applies to a shot (docs/imports.md): source frames per timeline frame,
 * as OpenTimelineIO's LinearTimeWarp states it. 2 is double speed, 0.5 half speed, negative plays
 * in reverse, 0 is a freeze frame; NULL when the edit applies none. An EDL's M2 line gives it as
 * a speed in frames per second (48 on a 24 fps timeline is 2). It is kept on the shot because a
 * retimed shot is a different job (frames to build, a held frame to paint) from the same clip at
 * speed, while its code stays the clip's own.
 */
export class ShotTimeScalar1764000000400 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE shot ADD COLUMN time_scalar numeric(10,4) CHECK (time_scalar BETWEEN -1000 AND 1000);
      COMMENT ON COLUMN shot.time_scalar IS
        'Speed effect from the edit: source frames per timeline frame (0 a freeze frame, negative reverse); NULL: none.';
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE shot DROP COLUMN time_scalar`);
  }
}
