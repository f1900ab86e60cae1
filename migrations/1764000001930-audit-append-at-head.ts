import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * audit_append: one statement that takes the chain lock, reads the head, and inserts the next
 * event with its seq, prev_hash and hash (docs/scaling.md, "Audited writes"). The caller sends the
 * hash preimage with its two chain-assigned fields left open (eventHashTemplate in
 * api/src/platform/audit/core/chain.ts) and checks the returned hash itself. Before this, the same
 * steps took three round trips with the lock held; every audited write waits for the one before
 * it to commit, so those round trips were the writes' shared queue. A VOLATILE function reads
 * with a fresh snapshot per statement, so the head it reads is the one the lock protects.
 */
export class AuditAppendAtHead1764000001930 implements MigrationInterface {
  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION audit_append(
        p_at timestamptz, p_actor text, p_action text, p_subject_type text, p_subject_id text,
        p_production_id uuid, p_payload jsonb, p_head text, p_mid text, p_tail text
      ) RETURNS TABLE (event_seq bigint, event_prev_hash text, event_hash text)
      LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        head_seq bigint;
        head_hash text;
        next_hash text;
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('frameledger-audit-chain'));
        SELECT e.seq, e.hash INTO head_seq, head_hash FROM audit_event e ORDER BY e.seq DESC LIMIT 1;
        head_seq := coalesce(head_seq, 0);
        head_hash := coalesce(head_hash, repeat('0', 64));
        next_hash := encode(sha256(convert_to(
          head_hash || p_head || head_hash || p_mid || (head_seq + 1)::text || p_tail, 'UTF8')), 'hex');
        INSERT INTO audit_event (seq, at, actor, action, subject_type, subject_id, production_id, payload, prev_hash, hash)
        VALUES (head_seq + 1, p_at, p_actor, p_action, p_subject_type, p_subject_id, p_production_id, p_payload, head_hash, next_hash);
        RETURN QUERY SELECT head_seq + 1, head_hash, next_hash;
      END $$;
    `);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DROP FUNCTION audit_append(timestamptz, text, text, text, text, uuid, jsonb, text, text, text)`,
    );
  }
}
