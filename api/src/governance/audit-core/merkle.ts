import { CryptoCoreError } from './errors';
import { sha256 } from './hash';

/**
 * RFC 6962 section 2.1 Merkle Tree Hash. Leaf data here is the 32 hash bytes of an audit event
 * (so leaf i is event seq i+1); any byte strings work.
 *   MTH({})      = SHA-256()                      the empty tree
 *   leaf hash    = SHA-256(0x00 || data)
 *   node hash    = SHA-256(0x01 || left || right)
 *   MTH(D[n])    = node(MTH(D[0:k]), MTH(D[k:n]))  k = largest power of two < n
 * The distinct 0x00/0x01 prefixes stop a leaf from being passed off as an inner node.
 */
const LEAF_PREFIX = Buffer.from([0]);
const NODE_PREFIX = Buffer.from([1]);
const HASH_BYTES = 32;

export function leafHash(data: Uint8Array): Buffer {
  return sha256(LEAF_PREFIX, data);
}

export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return sha256(NODE_PREFIX, left, right);
}

export function rootOf(leaves: readonly Uint8Array[]): Buffer {
  return new MerkleTree(leaves).root();
}

/**
 * The tree kept level by level (level 0 = leaf hashes, each level one Buffer of 32-byte hashes).
 * Pairing bottom-up and carrying an unpaired last node up unchanged builds exactly the RFC 6962
 * tree, so every node of MTH(D[n]) is a lookup, and proofs for many leaves cost O(n) once
 * instead of O(n) each.
 */
export class MerkleTree {
  private readonly levels: Buffer[];

  constructor(leaves: readonly Uint8Array[]) {
    this.levels = [Buffer.concat(leaves.map(leafHash))];
    for (let count = leaves.length; count > 1; count = Math.ceil(count / 2)) {
      const below = this.levels[this.levels.length - 1];
      const parents: Buffer[] = [];
      for (let i = 0; i + 1 < count; i += 2) parents.push(nodeHash(node(below, i), node(below, i + 1)));
      if (count % 2 === 1) parents.push(node(below, count - 1));
      this.levels.push(Buffer.concat(parents));
    }
  }

  get size(): number {
    return this.levels[0].length / HASH_BYTES;
  }

  root(): Buffer {
    return this.size === 0 ? sha256() : this.range(0, this.size);
  }

  /** RFC 6962 2.1.1 PATH(m, D[n]) for leaf `index`, ordered from the leaf upwards. */
  inclusionProof(index: number): Buffer[] {
    if (!Number.isSafeInteger(index) || index < 0 || index >= this.size) {
      throw new CryptoCoreError(
        'MERKLE_ARGUMENT',
        `Leaf index ${index} is outside a tree of ${this.size} leaves; ask for 0..${this.size - 1}.`,
      );
    }
    return this.path(index, 0, this.size);
  }

  /** RFC 6962 2.1.2 PROOF(m, D[n]) that the first m leaves are a prefix of this tree. */
  consistencyProof(m: number): Buffer[] {
    if (!Number.isSafeInteger(m) || m < 0 || m > this.size) {
      throw new CryptoCoreError(
        'MERKLE_ARGUMENT',
        `Cannot prove consistency from size ${m} to size ${this.size}; the old size must be 0..${this.size}.`,
      );
    }
    return m === 0 || m === this.size ? [] : this.subproof(m, 0, this.size, true);
  }

  private path(index: number, lo: number, hi: number): Buffer[] {
    if (hi - lo === 1) return [];
    const k = largestPowerOfTwoBelow(hi - lo);
    return index < lo + k
      ? [...this.path(index, lo, lo + k), this.range(lo + k, hi)]
      : [...this.path(index, lo + k, hi), this.range(lo, lo + k)];
  }

  private subproof(m: number, lo: number, hi: number, complete: boolean): Buffer[] {
    if (m === hi - lo) return complete ? [] : [this.range(lo, hi)];
    const k = largestPowerOfTwoBelow(hi - lo);
    return m <= k
      ? [...this.subproof(m, lo, lo + k, complete), this.range(lo + k, hi)]
      : [...this.subproof(m - k, lo + k, hi, false), this.range(lo, lo + k)];
  }

  /**
   * MTH(D[lo:hi]) for a range that is a node of this tree: lo is a multiple of 2^level, where
   * 2^level is the smallest power of two >= hi - lo (the recursions above only ask for such ranges).
   */
  private range(lo: number, hi: number): Buffer {
    let level = 0;
    while (2 ** level < hi - lo) level++;
    return node(this.levels[level], lo / 2 ** level);
  }
}

function node(level: Buffer, index: number): Buffer {
  return level.subarray(index * HASH_BYTES, (index + 1) * HASH_BYTES);
}

function largestPowerOfTwoBelow(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** RFC 9162 2.1.3.2: does `proof` show leaf `index` (with this data) is in the tree of `size` leaves with `root`? */
export function verifyInclusion(
  index: number,
  size: number,
  leafData: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return false;
  let fn = index;
  let sn = size - 1;
  let r = leafHash(leafData);
  for (const p of proof) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn / 2, Math.floor(sn / 2)];
    } else {
      r = nodeHash(r, p);
    }
    [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
  }
  return sn === 0 && r.equals(root);
}

/** RFC 9162 2.1.4.2: does `proof` show the tree (m, oldRoot) is a prefix of the tree (n, newRoot)? */
export function verifyConsistency(
  m: number,
  n: number,
  oldRoot: Uint8Array,
  newRoot: Uint8Array,
  proof: readonly Uint8Array[],
): boolean {
  if (!Number.isSafeInteger(m) || !Number.isSafeInteger(n) || m < 0 || m > n) return false;
  if (m === 0) return proof.length === 0;
  if (m === n) return proof.length === 0 && Buffer.from(oldRoot).equals(newRoot);
  if (proof.length === 0) return false;
  const path = (m & (m - 1)) === 0 ? [oldRoot, ...proof] : [...proof];
  let fn = m - 1;
  let sn = n - 1;
  while (fn % 2 === 1) [fn, sn] = [(fn - 1) / 2, Math.floor(sn / 2)];
  let fr = Buffer.from(path[0]);
  let sr = Buffer.from(path[0]);
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (fn % 2 === 0 && fn !== 0) [fn, sn] = [fn / 2, Math.floor(sn / 2)];
    } else {
      sr = nodeHash(sr, c);
    }
    [fn, sn] = [Math.floor(fn / 2), Math.floor(sn / 2)];
  }
  return sn === 0 && fr.equals(oldRoot) && sr.equals(newRoot);
}
