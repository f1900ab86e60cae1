import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { SignedCheckpoint } from '../core/signing';

const COLUMNS = `tree_size::int AS "treeSize", root_hash AS "rootHash", signed_at AS at, key_id AS "keyId", signature`;

/** SQL for audit_checkpoint: signed Merkle roots, one per tree size, never changed. */
@Injectable()
export class CheckpointsRepository {
  constructor(private readonly db: DataSource) {}

  /** Stores a checkpoint; a second one at the same size is dropped (the first signature stands). */
  async insert(checkpoint: SignedCheckpoint, manager: EntityManager): Promise<void> {
    await manager.query(
      `INSERT INTO audit_checkpoint (tree_size, root_hash, signed_at, key_id, signature) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (tree_size) DO NOTHING`,
      [checkpoint.treeSize, checkpoint.rootHash, checkpoint.at, checkpoint.keyId, checkpoint.signature],
    );
  }

  async all(manager: EntityManager = this.db.manager): Promise<SignedCheckpoint[]> {
    return manager.query(`SELECT ${COLUMNS} FROM audit_checkpoint ORDER BY tree_size`);
  }

  async atSize(
    treeSize: number,
    manager: EntityManager = this.db.manager,
  ): Promise<SignedCheckpoint | undefined> {
    const rows = await manager.query(`SELECT ${COLUMNS} FROM audit_checkpoint WHERE tree_size = $1`, [
      treeSize,
    ]);
    return rows[0];
  }

  async latest(manager: EntityManager = this.db.manager): Promise<SignedCheckpoint | undefined> {
    const rows = await manager.query(
      `SELECT ${COLUMNS} FROM audit_checkpoint ORDER BY tree_size DESC LIMIT 1`,
    );
    return rows[0];
  }

  /** The smallest checkpoint that covers seq (tree_size >= seq). */
  async covering(
    seq: number,
    manager: EntityManager = this.db.manager,
  ): Promise<SignedCheckpoint | undefined> {
    const rows = await manager.query(
      `SELECT ${COLUMNS} FROM audit_checkpoint WHERE tree_size >= $1 ORDER BY tree_size LIMIT 1`,
      [seq],
    );
    return rows[0];
  }
}
