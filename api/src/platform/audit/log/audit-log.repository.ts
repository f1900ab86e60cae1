import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEvent, AuditEventFields, EventHashTemplate } from '../core/chain';

const COLUMNS = `seq::int AS seq, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at, actor,
  action, subject_type AS "subjectType", subject_id AS "subjectId", production_id AS "productionId", payload,
  prev_hash AS "prevHash", hash`;

/** SQL for the append-only audit_event table. */
@Injectable()
export class AuditLogRepository {
  constructor(private readonly db: DataSource) {}

  /** Serialises appenders until the surrounding transaction ends, so seq and prevHash never fork. */
  async lockChain(manager: EntityManager): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('frameledger-audit-chain'))`);
  }

  async last(manager: EntityManager): Promise<AuditEvent | null> {
    const rows = await manager.query(`SELECT ${COLUMNS} FROM audit_event ORDER BY seq DESC LIMIT 1`);
    return rows[0] ?? null;
  }

  /**
   * Appends at the head in one statement (migration 1930's audit_append): takes the chain lock,
   * which the surrounding transaction then holds, reads the head and inserts the next event.
   */
  async appendAtHead(
    fields: AuditEventFields,
    template: EventHashTemplate,
    manager: EntityManager,
  ): Promise<Pick<AuditEvent, 'seq' | 'prevHash' | 'hash'>> {
    const [row] = await manager.query(
      `SELECT event_seq::int AS seq, event_prev_hash AS "prevHash", event_hash AS hash
       FROM audit_append($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        fields.at,
        fields.actor,
        fields.action,
        fields.subjectType,
        fields.subjectId,
        fields.productionId,
        JSON.stringify(fields.payload),
        template.head,
        template.mid,
        template.tail,
      ],
    );
    return row;
  }

  /** The hashes of events after..upTo in seq order (after 0: from seq 1): the Merkle tree's leaves. */
  async hashes(
    upTo: number,
    manager: EntityManager = this.db.manager,
    after = 0,
  ): Promise<Array<{ hash: string }>> {
    return manager.query(`SELECT hash FROM audit_event WHERE seq > $1 AND seq <= $2 ORDER BY seq`, [
      after,
      upTo,
    ]);
  }

  /**
   * SHA-256 (hex) of the hex hashes of events 1..upTo joined in seq order, computed where the rows
   * are: it equals a digest kept of the same hashes exactly when none of them changed, moved or
   * went missing, without sending them all.
   */
  async hashesDigest(upTo: number, manager: EntityManager = this.db.manager): Promise<string> {
    const [row] = await manager.query(
      `SELECT encode(sha256(convert_to(coalesce(string_agg(hash::text, '' ORDER BY seq), ''), 'UTF8')), 'hex') AS digest
       FROM audit_event WHERE seq <= $1`,
      [upTo],
    );
    return row.digest;
  }

  async range(
    fromSeq: number,
    toSeq: number,
    manager: EntityManager = this.db.manager,
  ): Promise<AuditEvent[]> {
    return manager.query(`SELECT ${COLUMNS} FROM audit_event WHERE seq BETWEEN $1 AND $2 ORDER BY seq`, [
      fromSeq,
      toSeq,
    ]);
  }
}
