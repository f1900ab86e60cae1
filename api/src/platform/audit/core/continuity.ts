import { MerkleTree } from './merkle';
import { Checkpoint } from './signing';

/** Where the log stopped extending what was signed: found between two checkpoint sizes. */
export interface Divergence {
  /** The smallest signed size the log no longer extends: history at or below it changed. */
  treeSize: number;
  /** The largest signed size below it that the log still extends (0: none). */
  consistentUpTo: number;
  /** Events in the log now. */
  logSize: number;
  reason: string;
}

/**
 * Does the log as it is now (`tree`) extend every head in `signed`? For each, smallest first, the
 * root of the tree's first `treeSize` events is compared with the root that was signed: a
 * changed, removed or reordered event at or below the head changes that root. (With the events
 * at hand this is what an RFC 6962 consistency proof would establish, without building one.) The
 * first head that fails is the divergence.
 */
export function checkContinuity(
  tree: MerkleTree,
  signed: readonly Pick<Checkpoint, 'treeSize' | 'rootHash'>[],
): Divergence | null {
  let consistentUpTo = 0;
  for (const head of [...signed].sort((a, b) => a.treeSize - b.treeSize)) {
    const at = (reason: string): Divergence => ({
      treeSize: head.treeSize,
      consistentUpTo,
      logSize: tree.size,
      reason,
    });
    if (head.treeSize > tree.size) {
      return at(
        `the log holds ${tree.size} events, fewer than the ${head.treeSize} signed at size ${head.treeSize}: events were deleted`,
      );
    }
    if (tree.root(head.treeSize).toString('hex') !== head.rootHash) {
      return at(
        `the log of ${tree.size} events does not extend the head signed at size ${head.treeSize}: ` +
          `an event between seq ${consistentUpTo + 1} and seq ${head.treeSize} was changed, removed or reordered`,
      );
    }
    consistentUpTo = head.treeSize;
  }
  return null;
}
