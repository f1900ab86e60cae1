import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Witnesses (docs/governance.md): independent parties, each with its own Ed25519 key, that
 * cosign heads of the audit log after checking that each extends the last one they cosigned.
 * A WITNESS user signs in with that key and may only read heads and proofs and submit. Every
 * table here is append-only like the log itself: a cosignature or a refusal is evidence.
 */
export class AuditWitnesses1764000000100 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TYPE user_role ADD VALUE IF NOT EXISTS 'WITNESS'`);
    await q.query(`
      CREATE TABLE audit_witness (
        id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name          text NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        organisation  text NOT NULL CHECK (length(trim(organisation)) BETWEEN 1 AND 200),
        public_key    text NOT NULL,
        key_id        text NOT NULL UNIQUE CHECK (key_id ~ '^[0-9a-f]{16}$'),
        user_id       uuid NOT NULL UNIQUE REFERENCES app_user(id),
        registered_at timestamptz NOT NULL DEFAULT now(),
        registered_by uuid REFERENCES app_user(id)
      );

      CREATE TABLE audit_cosignature (
        witness_id   uuid NOT NULL REFERENCES audit_witness(id),
        tree_size    bigint NOT NULL CHECK (tree_size > 0),
        root_hash    char(64) NOT NULL CHECK (root_hash ~ '^[0-9a-f]{64}$'),
        signed_at    timestamptz NOT NULL,
        signature    text NOT NULL,
        received_at  timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (witness_id, tree_size)
      );

      -- A witness that would not cosign says so, signed, so the dashboard can show it in red.
      CREATE TABLE audit_witness_refusal (
        id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        witness_id   uuid NOT NULL REFERENCES audit_witness(id),
        tree_size    bigint NOT NULL CHECK (tree_size >= 0),
        from_size    bigint NOT NULL CHECK (from_size >= 0),
        reason       text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
        signed_at    timestamptz NOT NULL,
        signature    text NOT NULL,
        received_at  timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX audit_witness_refusal_idx ON audit_witness_refusal (witness_id, received_at);

      CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: % is not allowed', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$;
    `);
    for (const table of ['audit_witness', 'audit_cosignature', 'audit_witness_refusal']) {
      await q.query(`
        CREATE TRIGGER ${table}_no_update_delete BEFORE UPDATE OR DELETE ON ${table}
          FOR EACH ROW EXECUTE FUNCTION audit_append_only();
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
          FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
      `);
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    // The WITNESS enum value stays: PostgreSQL cannot drop a value from an enum.
    await q.query(`
      DROP TABLE audit_witness_refusal; DROP TABLE audit_cosignature; DROP TABLE audit_witness;
      DROP FUNCTION audit_append_only();
    `);
  }
}
