import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Governance (docs/design.md, "Governance"): per-production policy severities, the policy exceptions
 * register, performer consents, worker and union notices, and signed audit checkpoints.
 */
export class Governance1764000000020 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TYPE policy_severity AS ENUM ('BLOCK', 'FLAG');
      CREATE TYPE policy_exception_status AS ENUM ('OPEN', 'RESOLVED', 'WAIVED');
      CREATE TYPE policy_review_status AS ENUM ('UNREVIEWED', 'ACCEPTED', 'QUERIED');

      -- A production's own severity for a rule; a rule with no row here uses its default.
      CREATE TABLE policy_setting (
        production_id uuid NOT NULL REFERENCES production(id) ON DELETE CASCADE,
        rule_id       text NOT NULL,
        severity      policy_severity NOT NULL,
        updated_at    timestamptz NOT NULL DEFAULT now(),
        updated_by    uuid REFERENCES app_user(id),
        PRIMARY KEY (production_id, rule_id)
      );

      CREATE TABLE policy_exception (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        production_id   uuid NOT NULL REFERENCES production(id) ON DELETE CASCADE,
        rule_id         text NOT NULL,
        task_id         uuid NOT NULL REFERENCES task(id) ON DELETE CASCADE,
        model_id        uuid,
        occasion        text NOT NULL,
        message         text NOT NULL,
        evidence        jsonb NOT NULL,
        status          policy_exception_status NOT NULL DEFAULT 'OPEN',
        occurrences     int NOT NULL DEFAULT 1 CHECK (occurrences > 0),
        first_seen_at   timestamptz NOT NULL DEFAULT now(),
        last_seen_at    timestamptz NOT NULL DEFAULT now(),
        closed_at       timestamptz,
        closed_by       uuid REFERENCES app_user(id),
        close_reason    text,
        review_status   policy_review_status NOT NULL DEFAULT 'UNREVIEWED',
        review_note     text NOT NULL DEFAULT '',
        reviewed_at     timestamptz,
        reviewed_by     uuid REFERENCES app_user(id),
        created_by      uuid REFERENCES app_user(id),
        CHECK ((status = 'OPEN') = (closed_at IS NULL)),
        CHECK (status <> 'WAIVED' OR length(trim(close_reason)) > 0)
      );
      -- One open exception per rule, task and model: a repeat counts as an occurrence.
      CREATE UNIQUE INDEX policy_exception_open_key ON policy_exception
        (rule_id, task_id, coalesce(model_id, '00000000-0000-0000-0000-000000000000'::uuid)) WHERE status = 'OPEN';
      CREATE INDEX policy_exception_production_idx ON policy_exception (production_id, first_seen_at);

      CREATE TABLE consent (
        id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        production_id         uuid NOT NULL REFERENCES production(id) ON DELETE CASCADE,
        performer_name        text NOT NULL CHECK (length(trim(performer_name)) BETWEEN 1 AND 200),
        replica_kind          likeness_kind NOT NULL CHECK (replica_kind NOT IN ('NONE', 'SYNTHETIC_PERFORMER')),
        scope                 text NOT NULL CHECK (length(trim(scope)) > 0),
        document_sha256       char(64) CHECK (document_sha256 ~ '^[0-9a-f]{64}$'),
        signed_at             timestamptz NOT NULL,
        notice_given_at       timestamptz NOT NULL,
        compensation_minor    bigint NOT NULL CHECK (compensation_minor >= 0),
        compensation_currency char(3) NOT NULL CHECK (compensation_currency ~ '^[A-Z]{3}$'),
        estate_consent        boolean NOT NULL DEFAULT false,
        created_at            timestamptz NOT NULL DEFAULT now(),
        created_by            uuid REFERENCES app_user(id)
      );
      CREATE INDEX consent_performer_idx ON consent (production_id, lower(performer_name));

      -- When AI first touched a performer's likeness on a production: the start (finish less wall
      -- time) of the earliest AI run on a likeness task naming them; null before any. One
      -- definition for the policy gate, the consent checks and the reviewer reports.
      CREATE FUNCTION likeness_first_use(p_production uuid, p_performer text) RETURNS timestamptz
      LANGUAGE sql STABLE AS $$
        SELECT min(r.finished_at - r.wall_ms * interval '1 millisecond')
          FROM ai_run r JOIN task t ON t.id = r.task_id JOIN shot s ON s.id = t.shot_id
         WHERE t.production_id = p_production AND t.likeness_kind <> 'NONE'
           AND lower(trim(coalesce(t.performer_name, s.performer_name))) = lower(trim(p_performer))
      $$;

      -- Notice to the crew's unions of generative AI on covered work (IATSE, Animation Guild 2024).
      CREATE TABLE worker_notice (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        production_id  uuid NOT NULL REFERENCES production(id) ON DELETE CASCADE,
        union_name     text NOT NULL CHECK (length(trim(union_name)) > 0),
        scope          text NOT NULL CHECK (length(trim(scope)) > 0),
        given_at       timestamptz NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        created_by     uuid REFERENCES app_user(id)
      );

      -- Notice to the performers' union of a synthetic performer (SAG-AFTRA 2023); task_id null
      -- covers every synthetic performer task of the production.
      CREATE TABLE union_notice (
        id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        production_id  uuid NOT NULL REFERENCES production(id) ON DELETE CASCADE,
        task_id        uuid REFERENCES task(id) ON DELETE CASCADE,
        union_name     text NOT NULL CHECK (length(trim(union_name)) > 0),
        scope          text NOT NULL CHECK (length(trim(scope)) > 0),
        given_at       timestamptz NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        created_by     uuid REFERENCES app_user(id)
      );

      -- A signed Merkle root over audit events 1..tree_size; rows are never changed.
      CREATE TABLE audit_checkpoint (
        tree_size   bigint PRIMARY KEY CHECK (tree_size > 0),
        root_hash   char(64) NOT NULL,
        signed_at   text NOT NULL,
        key_id      text NOT NULL,
        signature   text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      );
      CREATE FUNCTION audit_checkpoint_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_checkpoint is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege';
      END $$;
      CREATE TRIGGER audit_checkpoint_no_update_delete BEFORE UPDATE OR DELETE ON audit_checkpoint
        FOR EACH ROW EXECUTE FUNCTION audit_checkpoint_append_only();
      CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
        FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoint_append_only();
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE audit_checkpoint;
      DROP FUNCTION audit_checkpoint_append_only();
      DROP FUNCTION likeness_first_use(uuid, text);
      DROP TABLE union_notice, worker_notice, consent, policy_exception, policy_setting;
      DROP TYPE policy_review_status, policy_exception_status, policy_severity;
    `);
  }
}
