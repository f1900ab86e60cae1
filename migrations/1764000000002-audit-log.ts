import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only audit log (docs/design.md, "Governance"). A trigger refuses UPDATE, DELETE and TRUNCATE
 * for every role, the owner included, so the chain can only grow.
 */
export class AuditLog1764000000002 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_event (
        seq            bigint PRIMARY KEY CHECK (seq > 0),
        at             timestamptz NOT NULL,
        actor          text NOT NULL,
        action         text NOT NULL,
        subject_type   text NOT NULL,
        subject_id     text NOT NULL,
        production_id  uuid,
        payload        jsonb NOT NULL,
        prev_hash      char(64) NOT NULL,
        hash           char(64) NOT NULL UNIQUE
      );
      CREATE INDEX audit_event_production_idx ON audit_event (production_id, seq);
      CREATE INDEX audit_event_at_idx ON audit_event (at);

      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event; DROP FUNCTION audit_event_append_only();`);
  }
}
