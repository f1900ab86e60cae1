import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-in windows in PostgreSQL instead of each api's memory, so every instance behind a
 * load balancer counts the same failures (docs/scaling.md). Keys are hashes of the e-mail as typed
 * or the client address; a row lives one window.
 */
export class LoginThrottle1764000001500 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_throttle (
        key           text PRIMARY KEY CHECK (length(key) <= 100),
        window_start  timestamptz NOT NULL,
        failures      int NOT NULL CHECK (failures >= 0)
      );
      CREATE INDEX login_throttle_window_idx ON login_throttle (window_start);
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_throttle;`);
  }
}
