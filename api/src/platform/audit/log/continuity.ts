import { createHash, Hash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { checkContinuity, Divergence } from '../core/continuity';
import { SigningKey } from '../core/keys';
import { MerkleTree } from '../core/merkle';
import { eventLeaves, SignedCheckpoint, verifyCheckpointSignature } from '../core/signing';
import { AuditLogRepository } from './audit-log.repository';
import { CHECKPOINTS_FILE, FINDINGS_FILE, JsonLinesFile } from './checkpoints-file';
import { CheckpointsRepository } from './checkpoints.repository';

/** A continuity failure as reviewers read it (GraphQL, /readyz, the findings file). */
export interface ContinuityFinding extends Divergence {
  detectedAt: string;
  message: string;
}

export interface ContinuityState {
  /** When the log was last checked against the signed heads in this process; null before the first check. */
  checkedAt: string | null;
  logSize: number;
  /** The largest head this server signed and kept outside the database. */
  lastSignedSize: number;
  finding: ContinuityFinding | null;
}

/**
 * The server's memory of what it signed, kept outside the database (the checkpoints file in the
 * data folder), and the check that the log still extends all of it. Heads enter the file only
 * once committed and checked, so a signing that rolls back never becomes a false alarm.
 */
export class Continuity {
  private readonly signedFile: JsonLinesFile<SignedCheckpoint>;
  private readonly findingsFile: JsonLinesFile<ContinuityFinding>;
  private state: ContinuityState = { checkedAt: null, logSize: 0, lastSignedSize: 0, finding: null };
  /** The last tree treeOf read, with the running digest of its hashes (see treeOf()). */
  private lastTree?: { tree: MerkleTree; running: Hash; digest: string };
  /** Heads whose signature already verified with this key (see verified()). */
  private readonly verifiedHeads = new Set<string>();

  constructor(
    private readonly events: AuditLogRepository,
    private readonly checkpoints: CheckpointsRepository,
    private readonly key: SigningKey,
    dataDir: string,
    private readonly log: (finding: ContinuityFinding) => void = () => undefined,
  ) {
    this.signedFile = JsonLinesFile.inDataDir(dataDir, CHECKPOINTS_FILE);
    this.findingsFile = JsonLinesFile.inDataDir(dataDir, FINDINGS_FILE);
  }

  status(): ContinuityState {
    return this.state;
  }

  /** Every finding recorded in this data folder, oldest first. */
  findings(): ContinuityFinding[] {
    return this.findingsFile.read();
  }

  /**
   * Checks the chain up to `size` (the head about to be signed; default the whole log), read
   * through `manager`, against every head this server signed: those in the file and those in
   * the table that carry its signature. Returns the finding (also recorded) or null.
   */
  async check(manager: EntityManager, size = Number.MAX_SAFE_INTEGER): Promise<ContinuityFinding | null> {
    return this.checkTree(await this.treeOf(manager, size), manager);
  }

  /**
   * The Merkle tree of events 1..size as `manager` sees them (the signer reuses it for the root).
   * Built on the last tree read when the database's digest of that tree's hashes still matches
   * (the rows are where they were), so only newer events are read and hashed; anything else
   * (a rewrite, a rolled-back event, a smaller size) reads the whole log again.
   */
  async treeOf(manager: EntityManager, size: number): Promise<MerkleTree> {
    const last = this.lastTree;
    const reuse =
      last &&
      last.tree.size <= size &&
      (await this.events.hashesDigest(last.tree.size, manager)) === last.digest;
    const rows = await this.events.hashes(size, manager, reuse ? last.tree.size : 0);
    const digest = reuse ? last.running.copy() : createHash('sha256');
    for (const { hash } of rows) digest.update(hash);
    const leaves = eventLeaves(rows);
    const tree = reuse ? last.tree.extended(leaves) : new MerkleTree(leaves);
    this.lastTree = { tree, running: digest, digest: digest.copy().digest('hex') };
    return tree;
  }

  /** check() on a tree already built. */
  async checkTree(tree: MerkleTree, manager: EntityManager): Promise<ContinuityFinding | null> {
    const fromFile = this.ours(this.signedFile.read());
    const heads = [...fromFile, ...this.ours(await this.checkpoints.all(manager))];
    const divergence = checkContinuity(tree, heads);
    const lastSignedSize = Math.max(0, ...fromFile.map((c) => c.treeSize));
    const finding = divergence ? this.record(divergence) : null;
    this.state = { checkedAt: new Date().toISOString(), logSize: tree.size, lastSignedSize, finding };
    // Inside a transaction (a signing) the heads are not committed yet, and a second connection
    // taken while the chain lock is held could wait on a pool full of appenders: record later.
    if (!finding && !manager.queryRunner?.isTransactionActive) await this.keep(lastSignedSize, tree);
    return finding;
  }

  /** Only heads this key signed, as signed: a line or row altered or from another key proves nothing. */
  private ours(checkpoints: SignedCheckpoint[]): SignedCheckpoint[] {
    return checkpoints.filter((c) => c.keyId === this.key.keyId && this.verified(c));
  }

  /**
   * verifyCheckpointSignature, remembered: every check reads all heads (file and table) again, and
   * a signature that verified over exactly these fields verifies again. Only successes are kept.
   */
  private verified(c: SignedCheckpoint): boolean {
    const id = JSON.stringify([c.treeSize, c.rootHash, c.at, c.keyId, c.signature]);
    if (this.verifiedHeads.has(id)) return true;
    if (!verifyCheckpointSignature(c, this.key.publicKey)) return false;
    this.verifiedHeads.add(id);
    return true;
  }

  /** Appends committed heads that the checked tree extends. */
  private async keep(after: number, tree: MerkleTree): Promise<void> {
    const committed = this.ours(await this.checkpoints.all()).filter(
      (c) =>
        c.treeSize > after && c.treeSize <= tree.size && tree.root(c.treeSize).toString('hex') === c.rootHash,
    );
    this.signedFile.append(committed);
    if (committed.length) this.state = { ...this.state, lastSignedSize: committed.at(-1)!.treeSize };
  }

  private record(divergence: Divergence): ContinuityFinding {
    const previous = this.state.finding;
    // The same divergence seen again (the log merely grew since) is one finding, not one per check.
    if (
      previous &&
      previous.treeSize === divergence.treeSize &&
      previous.consistentUpTo === divergence.consistentUpTo
    ) {
      return previous;
    }
    const finding: ContinuityFinding = {
      ...divergence,
      detectedAt: new Date().toISOString(),
      message:
        `Audit history diverged at or below tree size ${divergence.treeSize} (the log still extends size ${divergence.consistentUpTo}): ` +
        `${divergence.reason}. The server signs nothing until the log is restored from a backup.`,
    };
    this.findingsFile.append([finding]);
    this.log(finding);
    return finding;
  }
}
