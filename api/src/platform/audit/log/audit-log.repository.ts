import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AuditEvent } from '../core/chain';

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

  async insert(event: AuditEvent, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO audit_event (seq, at, actor, action, subject_type, subject_id, production_id, payload, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        event.seq,
        event.at,
        event.actor,
        event.action,
        event.subjectType,
        event.subjectId,
        event.productionId,
        JSON.stringify(event.payload),
        event.prevHash,
        event.hash,
      ],
    );
  }

  /** The hashes of events 1..upTo in seq order: the Merkle tree's leaves. */
  async hashes(upTo: number, manager: EntityManager = this.db.manager): Promise<Array<{ hash: string }>> {
    return manager.query(`SELECT hash FROM audit_event WHERE seq <= $1 ORDER BY seq`, [upTo]);
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
