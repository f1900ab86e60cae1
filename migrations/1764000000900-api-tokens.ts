import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API tokens for pipeline tools (docs/decisions/0019-people-and-tool-tokens.md). A token acts
 * as its own principal: a row of app_user of kind 'tool' (its display name is the token's name,
 * it has no usable password), so every created_by and every audit event it causes names it.
 * Only the SHA-256 of the secret is kept; the secret is shown once, on creation.
 */
export class ApiTokens1764000000900 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE app_user
        ADD COLUMN kind text NOT NULL DEFAULT 'person' CHECK (kind IN ('person', 'tool'));
      CREATE TABLE api_token (
        id            uuid PRIMARY KEY REFERENCES app_user(id),
        name          text NOT NULL,
        scopes        text[] NOT NULL CHECK (cardinality(scopes) > 0),
        token_hash    bytea NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
        expires_at    timestamptz NOT NULL,
        last_used_at  timestamptz,
        revoked_at    timestamptz,
        revoked_by    uuid REFERENCES app_user(id),
        created_at    timestamptz NOT NULL DEFAULT now(),
        created_by    uuid NOT NULL REFERENCES app_user(id)
      );
      CREATE UNIQUE INDEX api_token_name_key ON api_token (lower(name)) WHERE revoked_at IS NULL;
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE api_token;
      DELETE FROM app_user WHERE kind = 'tool';
      ALTER TABLE app_user DROP COLUMN kind;
    `);
  }
}
