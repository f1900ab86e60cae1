import { sha256 } from './hash';
import { leafHash, MerkleTree, nodeHash, rootOf, verifyConsistency, verifyInclusion } from './merkle';

// A straight transcription of RFC 6962 2.1 to check the level-based tree against.
function referenceRoot(leaves: Buffer[]): Buffer {
  if (leaves.length === 0) return sha256();
  if (leaves.length === 1) return leafHash(leaves[0]);
  let k = 1;
  while (k * 2 < leaves.length) k *= 2;
  return nodeHash(referenceRoot(leaves.slice(0, k)), referenceRoot(leaves.slice(k)));
}

const leavesOf = (n: number) => Array.from({ length: n }, (_, i) => sha256(`event ${i + 1}`));
const sizes = Array.from({ length: 33 }, (_, i) => i + 1);

describe('RFC 6962 Merkle tree', () => {
  it('gives SHA-256 of the empty string for the empty tree', () => {
    expect(rootOf([]).toString('hex')).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('hashes a single leaf as SHA-256(0x00 || data)', () => {
    expect(rootOf([Buffer.from('')]).toString('hex')).toBe(
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    );
  });

  it.each(sizes)('matches the recursive definition for %i leaves', (n) => {
    expect(rootOf(leavesOf(n)).equals(referenceRoot(leavesOf(n)))).toBe(true);
  });

  it.each(sizes)('proves and verifies inclusion of every leaf of a %i-leaf tree', (n) => {
    const leaves = leavesOf(n);
    const tree = new MerkleTree(leaves);
    const root = tree.root();
    for (let i = 0; i < n; i++) {
      const proof = tree.inclusionProof(i);
      expect(verifyInclusion(i, n, leaves[i], proof, root)).toBe(true);
      expect(verifyInclusion(i, n, sha256('changed'), proof, root)).toBe(false);
      if (n > 1) expect(verifyInclusion((i + 1) % n, n, leaves[i], proof, root)).toBe(false);
      if (proof.length > 0) expect(verifyInclusion(i, n, leaves[i], proof.slice(1), root)).toBe(false);
    }
  });

  it.each(sizes)('proves and verifies consistency from every m <= %i', (n) => {
    const leaves = leavesOf(n);
    const tree = new MerkleTree(leaves);
    for (let m = 0; m <= n; m++) {
      const oldRoot = rootOf(leaves.slice(0, m));
      const proof = tree.consistencyProof(m);
      expect(verifyConsistency(m, n, oldRoot, tree.root(), proof)).toBe(true);
      if (m > 0 && m < n) {
        const forkedOld = rootOf([...leaves.slice(0, m - 1), sha256('rewritten')]);
        expect(verifyConsistency(m, n, forkedOld, tree.root(), proof)).toBe(false);
        expect(verifyConsistency(m, n, oldRoot, sha256('other head'), proof)).toBe(false);
      }
    }
  });

  it('proves against every smaller tree size from one tree of 33 leaves', () => {
    const leaves = leavesOf(33);
    const tree = new MerkleTree(leaves);
    for (let n = 1; n <= 33; n++) {
      const root = referenceRoot(leaves.slice(0, n));
      expect(tree.root(n).equals(root)).toBe(true);
      for (let i = 0; i < n; i++)
        expect(verifyInclusion(i, n, leaves[i], tree.inclusionProof(i, n), root)).toBe(true);
      for (let m = 0; m <= n; m++) {
        const proof = tree.consistencyProof(m, n);
        expect(verifyConsistency(m, n, referenceRoot(leaves.slice(0, m)), root, proof)).toBe(true);
      }
    }
  });

  it('extends a tree with more leaves to the tree a single pass over all of them gives', () => {
    const all = Array.from({ length: 70 }, (_, i) => Buffer.from([i]));
    for (const [first, then] of [
      [0, 1],
      [1, 1],
      [5, 3],
      [8, 8],
      [31, 2],
      [32, 38],
      [33, 37],
    ]) {
      const grown = new MerkleTree(all.slice(0, first))
        .extended(all.slice(first, first + then))
        .extended(all.slice(first + then, 70));
      const whole = new MerkleTree(all);
      expect(grown.size).toBe(70);
      for (const n of [1, first || 1, first + then, 64, 70]) expect(grown.root(n)).toEqual(whole.root(n));
      expect(grown.inclusionProof(first, 70)).toEqual(whole.inclusionProof(first, 70));
      expect(grown.consistencyProof(first || 1, 70)).toEqual(whole.consistencyProof(first || 1, 70));
    }
  });

  it('refuses impossible arguments instead of returning a bogus proof', () => {
    const tree = new MerkleTree(leavesOf(4));
    expect(() => tree.inclusionProof(4)).toThrow(expect.objectContaining({ code: 'MERKLE_ARGUMENT' }));
    expect(() => tree.consistencyProof(5)).toThrow(expect.objectContaining({ code: 'MERKLE_ARGUMENT' }));
    expect(() => tree.root(5)).toThrow(expect.objectContaining({ code: 'MERKLE_ARGUMENT' }));
    expect(verifyInclusion(4, 4, leavesOf(5)[4], [], tree.root())).toBe(false);
    expect(verifyConsistency(3, 2, tree.root(), tree.root(), [])).toBe(false);
  });
});
