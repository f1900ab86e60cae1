import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * User administration (docs/decisions/0019-people-and-tool-tokens.md): when each person last
 * signed in, and the one-time links an admin hands out to invite a person or reset their password. Only a link's SHA-256 is
 * kept; a link works once, until it expires, and a newer link for the same person voids older ones.
 */
export class UserAdministration1764000000901 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user
        ADD COLUMN last_sign_in_at timestamptz;
      CREATE TABLE user_link (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id     uuid NOT NULL REFERENCES app_user(id),
        purpose     text NOT NULL CHECK (purpose IN ('invite', 'reset')),
        token_hash  bytea NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
        expires_at  timestamptz NOT NULL,
        used_at     timestamptz,
        created_at  timestamptz NOT NULL DEFAULT now(),
        created_by  uuid NOT NULL REFERENCES app_user(id)
      );
      CREATE INDEX user_link_user_idx ON user_link (user_id);
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE user_link;
      ALTER TABLE app_user DROP COLUMN last_sign_in_at;
    `);
  }
}
