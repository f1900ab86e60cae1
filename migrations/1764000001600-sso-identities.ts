import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The identity provider's account behind each person who signs in with single sign-on: its
 * issuer and subject, the one claim a provider never reassigns (decision 0033). A person is found
 * by it first; an email that arrives with another subject of the same issuer is refused, because
 * a provider may give a departed person's address to someone new.
 */
export class SsoIdentities1764000001600 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sso_identity (
        issuer     text NOT NULL CHECK (length(issuer) BETWEEN 1 AND 500),
        subject    text NOT NULL CHECK (length(subject) BETWEEN 1 AND 255),
        user_id    uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        linked_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (issuer, subject),
        UNIQUE (user_id, issuer)
      );
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE sso_identity;`);
  }
}
