import { Inject, Injectable, Optional } from '@nestjs/common';
import type { Logger } from 'pino';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../../config/config';
import { LOGGER } from '../../../config/config.module';
import { conflict } from '../../../common/errors';
import { SigningKey } from '../core/keys';
import { MerkleTree } from '../core/merkle';
import { SignedCheckpoint, signCheckpoint, verifyCheckpointSignature } from '../core/signing';
import { AuditLogRepository } from './audit-log.repository';
import { CheckpointsRepository } from './checkpoints.repository';
import { Continuity, ContinuityFinding } from './continuity';
import { AUDIT_SIGNING_KEY } from './signing-key';

/**
 * Signs Merkle roots over the audit chain with the server's key, and vouches for the stored ones.
 * Nothing is signed unless the chain still extends every head signed before (Continuity).
 */
@Injectable()
export class Checkpointer {
  readonly continuity: Continuity;

  constructor(
    private readonly events: AuditLogRepository,
    private readonly checkpoints: CheckpointsRepository,
    @Inject(AUDIT_SIGNING_KEY) readonly key: SigningKey,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'auditCheckpointEvery' | 'dataDir'>,
    @Optional() @Inject(LOGGER) logger?: Logger,
  ) {
    this.continuity = new Continuity(events, checkpoints, key, config.dataDir, (finding) =>
      logger?.error({ auditContinuity: finding }, finding.message),
    );
  }

  /**
   * Called by AuditLog.append under the chain lock: every N events, a checkpoint in the same
   * transaction. When the chain no longer extends what was signed it skips the checkpoint (the
   * finding is logged and recorded) rather than failing the change that wrote the event.
   */
  async afterAppend(manager: EntityManager, seq: number): Promise<void> {
    const every = this.config.auditCheckpointEvery;
    if (every === 0 || seq % every !== 0) return;
    const tree = await this.continuity.treeOf(manager, seq);
    if (!(await this.continuity.checkTree(tree, manager))) await this.sign(manager, tree);
  }

  /**
   * A checkpoint at the head of the chain (the existing one when the head is already signed),
   * taking the chain lock so no event can land between reading the head and signing it.
   * Null while the log is empty. Refused with CONFLICT when history below a signed head changed.
   */
  async signHead(manager: EntityManager): Promise<SignedCheckpoint | null> {
    await this.events.lockChain(manager);
    const head = await this.events.last(manager);
    if (!head) return null;
    const tree = await this.continuity.treeOf(manager, head.seq);
    const finding = await this.continuity.checkTree(tree, manager);
    if (finding) throw refusal(finding);
    return (await this.checkpoints.atSize(head.seq, manager)) ?? this.sign(manager, tree);
  }

  /**
   * Every stored checkpoint, each checked to carry this server's signature. One signed with
   * another key (the key file was replaced) or altered in the table is refused with CONFLICT,
   * because an export or proof built on it would not verify.
   */
  async trusted(manager?: EntityManager): Promise<SignedCheckpoint[]> {
    const all = await this.checkpoints.all(manager);
    for (const checkpoint of all) this.vouch(checkpoint);
    return all;
  }

  /** Throws CONFLICT unless this server's key signed the checkpoint as stored. */
  vouch(checkpoint: SignedCheckpoint): SignedCheckpoint {
    if (checkpoint.keyId !== this.key.keyId) {
      throw conflict(
        `The audit checkpoint at size ${checkpoint.treeSize} was signed with key ${checkpoint.keyId}, but this server signs with key ${this.key.keyId}; restore the original key (AUDIT_SIGNING_KEY_FILE or audit-signing-key.pem in the data dir) before exporting or proving.`,
      );
    }
    if (!verifyCheckpointSignature(checkpoint, this.key.publicKey)) {
      throw conflict(
        `The stored audit checkpoint at size ${checkpoint.treeSize} does not match its signature: the checkpoint table was altered; report it to an admin.`,
      );
    }
    return checkpoint;
  }

  /** Signs the root of `tree` (the chain from seq 1, checked for continuity by the caller). */
  private async sign(manager: EntityManager, tree: MerkleTree): Promise<SignedCheckpoint> {
    const checkpoint = signCheckpoint(
      { treeSize: tree.size, rootHash: tree.root().toString('hex'), at: new Date().toISOString() },
      this.key,
    );
    await this.checkpoints.insert(checkpoint, manager);
    return (await this.checkpoints.atSize(tree.size, manager))!;
  }
}

function refusal(finding: ContinuityFinding) {
  return conflict(
    `Nothing was signed: the audit log no longer extends the head this server signed at size ${finding.treeSize} ` +
      `(it still extends size ${finding.consistentUpTo}); history was rewritten in the database. Restore it from a backup; see docs/governance.md.`,
  );
}
