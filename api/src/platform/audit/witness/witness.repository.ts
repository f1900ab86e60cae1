import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { ExportCosignature } from '../core/export-format';
import { isoTime } from '../../../database/sql';
import { WitnessType } from './witness.types';

export interface WitnessRow {
  id: string;
  name: string;
  organisation: string;
  keyId: string;
  publicKey: string;
  userId: string;
}

const WITNESS = `w.id, w.name, w.organisation, w.key_id AS "keyId", w.public_key AS "publicKey", w.user_id AS "userId"`;

/** SQL for witnesses, their cosignatures and refusals (all append-only tables). */
@Injectable()
export class WitnessRepository {
  constructor(private readonly db: DataSource) {}

  async byUser(userId: string): Promise<WitnessRow | undefined> {
    return (await this.db.query(`SELECT ${WITNESS} FROM audit_witness w WHERE w.user_id = $1`, [userId]))[0];
  }

  async byKeyId(keyId: string): Promise<WitnessRow | undefined> {
    return (await this.db.query(`SELECT ${WITNESS} FROM audit_witness w WHERE w.key_id = $1`, [keyId]))[0];
  }

  /** The witness and the WITNESS user it signs in as; the user has no password (it signs in with its key). */
  async insert(
    witness: Omit<WitnessRow, 'id' | 'userId'>,
    registeredBy: string,
    manager: EntityManager,
  ): Promise<string> {
    const [user] = await manager.query(
      `INSERT INTO app_user (email, display_name, role, password_hash, created_by)
       VALUES ($1, $2, 'WITNESS', '!witness-signs-in-with-its-key', $3) RETURNING id`,
      [`witness-${witness.keyId}@witness.frameledger.invalid`, witness.name, registeredBy],
    );
    const [row] = await manager.query(
      `INSERT INTO audit_witness (name, organisation, public_key, key_id, user_id, registered_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [witness.name, witness.organisation, witness.publicKey, witness.keyId, user.id, registeredBy],
    );
    return row.id;
  }

  async insertCosignature(
    witnessId: string,
    c: { treeSize: number; rootHash: string; at: string; signature: string },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO audit_cosignature (witness_id, tree_size, root_hash, signed_at, signature)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (witness_id, tree_size) DO NOTHING`,
      [witnessId, c.treeSize, c.rootHash, c.at, c.signature],
    );
  }

  async insertRefusal(
    witnessId: string,
    r: { treeSize: number; fromSize: number; reason: string; at: string; signature: string },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO audit_witness_refusal (witness_id, tree_size, from_size, reason, signed_at, signature)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [witnessId, r.treeSize, r.fromSize, r.reason, r.at, r.signature],
    );
  }

  /** Every witness with its latest cosigned head and latest refusal. */
  async list(): Promise<Omit<WitnessType, 'refusing'>[]> {
    return this.db.query(
      `SELECT w.id, w.name, w.organisation, w.key_id AS "keyId", w.public_key AS "publicKey",
              ${isoTime('w.registered_at')} AS "registeredAt",
              (SELECT json_build_object('treeSize', c.tree_size, 'rootHash', c.root_hash,
                        'signedAt', ${isoTime('c.signed_at')}, 'receivedAt', ${isoTime('c.received_at')})
                 FROM audit_cosignature c WHERE c.witness_id = w.id ORDER BY c.tree_size DESC LIMIT 1) AS "lastCosigned",
              (SELECT json_build_object('treeSize', r.tree_size, 'fromSize', r.from_size, 'reason', r.reason,
                        'signedAt', ${isoTime('r.signed_at')}, 'receivedAt', ${isoTime('r.received_at')})
                 FROM audit_witness_refusal r WHERE r.witness_id = w.id ORDER BY r.received_at DESC LIMIT 1) AS "lastRefusal"
         FROM audit_witness w ORDER BY w.name, w.registered_at`,
    );
  }

  /** Cosignatures of heads up to treeSize, with who made them: what an export carries. */
  async cosignaturesUpTo(treeSize: number, manager: EntityManager): Promise<ExportCosignature[]> {
    return manager.query(
      `SELECT w.name AS "witnessName", w.organisation, w.key_id AS "witnessKeyId", w.public_key AS "witnessPublicKey",
              c.tree_size::int AS "treeSize", c.root_hash AS "rootHash", ${isoTime('c.signed_at')} AS at, c.signature
         FROM audit_cosignature c JOIN audit_witness w ON w.id = c.witness_id
        WHERE c.tree_size <= $1 ORDER BY c.tree_size, w.key_id`,
      [treeSize],
    );
  }
}
