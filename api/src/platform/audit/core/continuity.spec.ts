import { checkContinuity } from './continuity';
import { sha256 } from './hash';
import { MerkleTree } from './merkle';

const leaves = (n: number, changed?: number) =>
  Array.from({ length: n }, (_, i) => sha256(i + 1 === changed ? 'rewritten' : `event ${i + 1}`));
const head = (tree: MerkleTree, treeSize: number) => ({
  treeSize,
  rootHash: tree.root(treeSize).toString('hex'),
});

describe('continuity of the audit log against the heads it signed', () => {
  const original = new MerkleTree(leaves(12));
  const signed = [head(original, 4), head(original, 8), head(original, 12)];

  it('holds for the same log and for a log that only grew', () => {
    expect(checkContinuity(original, signed)).toBeNull();
    expect(checkContinuity(new MerkleTree(leaves(20)), signed)).toBeNull();
  });

  it('names the first signed size a rewritten event falls under, and the last one still extended', () => {
    // Event 6 lies between the heads at 4 and 8: the head at 4 still holds, the one at 8 does not.
    expect(checkContinuity(new MerkleTree(leaves(20, 6)), signed)).toMatchObject({
      treeSize: 8,
      consistentUpTo: 4,
      logSize: 20,
      reason: expect.stringContaining('between seq 5 and seq 8'),
    });
  });

  it('finds events deleted from the end', () => {
    expect(checkContinuity(new MerkleTree(leaves(10)), signed)).toMatchObject({
      treeSize: 12,
      consistentUpTo: 8,
      logSize: 10,
    });
  });
});
