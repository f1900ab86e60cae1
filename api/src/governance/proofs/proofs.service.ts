import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { badInput, notFound } from '../../common/errors';
import { canonicalJson } from '../../platform/audit/core/canonical-json';
import { AuditEvent } from '../../platform/audit/core/chain';
import { publicKeyPem, SigningKey } from '../../platform/audit/core/keys';
import { MerkleTree } from '../../platform/audit/core/merkle';
import { SignedCheckpoint } from '../../platform/audit/core/signing';
import { AuditLogRepository } from '../../platform/audit/log/audit-log.repository';
import { Checkpointer } from '../../platform/audit/log/checkpointer';
import { CheckpointsRepository } from '../../platform/audit/log/checkpoints.repository';
import { AUDIT_SIGNING_KEY } from '../../platform/audit/log/signing-key';
import {
  AuditCheckpointType,
  AuditConsistencyProofType,
  AuditEventType,
  AuditInclusionProofType,
} from './proof.types';

const hex = (hashes: Buffer[]) => hashes.map((h) => h.toString('hex'));

/** Signed checkpoints and the RFC 6962 proofs a reviewer checks them with. */
@Injectable()
export class ProofsService {
  constructor(
    private readonly db: DataSource,
    private readonly events: AuditLogRepository,
    private readonly checkpoints: CheckpointsRepository,
    private readonly checkpointer: Checkpointer,
    @Inject(AUDIT_SIGNING_KEY) private readonly key: SigningKey,
  ) {}

  /** The checkpoint at treeSize, or the latest; null when none has been signed. */
  async checkpoint(treeSize?: number): Promise<AuditCheckpointType | null> {
    const found =
      treeSize === undefined ? await this.checkpoints.latest() : await this.checkpoints.atSize(treeSize);
    if (!found && treeSize !== undefined) throw notFound('audit checkpoint of size', String(treeSize));
    return found ? this.present(found) : null;
  }

  /** Signs the head of the log now (or returns the head's checkpoint when it is signed already). */
  async signHead(): Promise<AuditCheckpointType> {
    const signed = await this.db.transaction((manager) => this.checkpointer.signHead(manager));
    if (!signed) throw badInput('log', 'The audit log is empty; there is nothing to sign yet.');
    // Committed now: check again so the checkpoints file outside the database records it at once.
    await this.checkpointer.continuity.check(this.db.manager);
    return this.present(signed);
  }

  async inclusion(seq: number): Promise<AuditInclusionProofType> {
    const checkpoint = await this.checkpoints.covering(seq);
    const [event] = await this.events.range(seq, seq);
    if (!event) throw notFound('audit event with seq', String(seq));
    if (!checkpoint) {
      throw badInput(
        'seq',
        `No signed checkpoint covers seq ${seq} yet; sign one at the head (signAuditCheckpoint) and ask again.`,
      );
    }
    const tree = await this.tree(checkpoint.treeSize);
    return {
      event: toEventType(event),
      leafIndex: seq - 1,
      treeSize: checkpoint.treeSize,
      path: hex(tree.inclusionProof(seq - 1, checkpoint.treeSize)),
      checkpoint: this.present(checkpoint),
    };
  }

  async consistency(fromSize: number, toSize: number): Promise<AuditConsistencyProofType> {
    if (fromSize < 1) throw badInput('from', 'from must be a tree size of at least 1.');
    if (fromSize > toSize) {
      throw badInput(
        'from',
        `from (${fromSize}) is after to (${toSize}); a consistency proof runs from the older, smaller log to the newer one.`,
      );
    }
    const head = (await this.events.last(this.db.manager))?.seq ?? 0;
    if (toSize > head) throw badInput('to', `The log holds ${head} events; ask for a size up to ${head}.`);
    const tree = await this.tree(toSize);
    const [fromCheckpoint, toCheckpoint] = await Promise.all([
      this.checkpoints.atSize(fromSize),
      this.checkpoints.atSize(toSize),
    ]);
    return {
      fromSize,
      toSize,
      fromRoot: tree.root(fromSize).toString('hex'),
      toRoot: tree.root(toSize).toString('hex'),
      path: hex(tree.consistencyProof(fromSize, toSize)),
      fromCheckpoint: fromCheckpoint ? this.present(fromCheckpoint) : null,
      toCheckpoint: toCheckpoint ? this.present(toCheckpoint) : null,
    };
  }

  /**
   * A tree of at least `size` events: the whole log, grown from the last one read (see
   * Continuity.treeOf). Every root and proof below takes its tree size explicitly, so a bigger
   * tree gives the same answers, and a proof no longer rebuilds the tree from event 1.
   */
  private async tree(size: number): Promise<MerkleTree> {
    const tree = await this.checkpointer.continuity.treeOf(this.db.manager, Number.MAX_SAFE_INTEGER);
    if (tree.size < size)
      throw new Error(`The audit log read holds ${tree.size} events, fewer than ${size}.`);
    return tree;
  }

  /** Only checkpoints this server's key signed, as stored, are handed out. */
  private present(checkpoint: SignedCheckpoint): AuditCheckpointType {
    return { ...this.checkpointer.vouch(checkpoint), publicKey: publicKeyPem(this.key.publicKey) };
  }
}

export function toEventType(event: AuditEvent): AuditEventType {
  const { payload, ...rest } = event;
  return { ...rest, payloadJson: canonicalJson(payload) };
}
