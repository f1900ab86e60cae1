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
 * The leaves plus every perfect subtree hash: level j holds the hashes of the aligned full
 * subtrees [i*2^j, (i+1)*2^j). Any node of the tree of the first n leaves, for any n <= size, is
 * a right fold of at most log2(n) of those, so roots and proofs for every checkpoint size come
 * from one pass over the leaves instead of one pass per proof.
 */
export class MerkleTree {
  private readonly levels: Buffer[];

  /** The tree of `leaves`, or of `earlier`'s leaves followed by `leaves`. */
  constructor(leaves: readonly Uint8Array[], earlier?: MerkleTree) {
    const before = earlier?.levels ?? [];
    this.levels = [Buffer.concat([before[0] ?? Buffer.alloc(0), ...leaves.map(leafHash)])];
    for (let count = Math.floor(this.size / 2); count > 0; count = Math.floor(count / 2)) {
      const below = this.levels[this.levels.length - 1];
      // Nodes over aligned full subtrees of the earlier leaves are unchanged: only new ones hash.
      const kept = before[this.levels.length] ?? Buffer.alloc(0);
      const parents: Buffer[] = [kept];
      for (let i = kept.length / HASH_BYTES; i < count; i++) {
        parents.push(nodeHash(node(below, 2 * i), node(below, 2 * i + 1)));
      }
      this.levels.push(Buffer.concat(parents));
    }
  }

  /**
   * This tree with more leaves after its own: hashes only the new leaves and the nodes above
   * them (about 2 per leaf), where a new tree would hash every leaf again.
   */
  extended(leaves: readonly Uint8Array[]): MerkleTree {
    return new MerkleTree(leaves, this);
  }

  get size(): number {
    return this.levels[0].length / HASH_BYTES;
  }

  /** MTH of the first n leaves (the whole tree by default). */
  root(n = this.size): Buffer {
    this.checkSize(n);
    return n === 0 ? sha256() : this.range(0, n);
  }

  /** RFC 6962 2.1.1 PATH(index, D[n]), ordered from the leaf upwards. */
  inclusionProof(index: number, n = this.size): Buffer[] {
    this.checkSize(n);
    if (!Number.isSafeInteger(index) || index < 0 || index >= n) {
      throw new CryptoCoreError(
        'MERKLE_ARGUMENT',
        `Leaf index ${index} is outside a tree of ${n} leaves; ask for 0..${n - 1}.`,
      );
    }
    return this.path(index, 0, n);
  }

  /** RFC 6962 2.1.2 PROOF(m, D[n]): the tree of the first m leaves is a prefix of the tree of n. */
  consistencyProof(m: number, n = this.size): Buffer[] {
    this.checkSize(n);
    if (!Number.isSafeInteger(m) || m < 0 || m > n) {
      throw new CryptoCoreError(
        'MERKLE_ARGUMENT',
        `Cannot prove consistency from size ${m} to size ${n}; the old size must be 0..${n}.`,
      );
    }
    return m === 0 || m === n ? [] : this.subproof(m, 0, n, true);
  }

  private checkSize(n: number): void {
    if (!Number.isSafeInteger(n) || n < 0 || n > this.size) {
      throw new CryptoCoreError(
        'MERKLE_ARGUMENT',
        `A tree of ${this.size} leaves has no subtree of size ${n}; ask for 0..${this.size}.`,
      );
    }
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
   * MTH(D[lo:hi]) where lo is a multiple of the smallest power of two >= hi - lo (true of every
   * range the RFC recursion visits). Split [lo, hi) into perfect subtrees, largest first, and fold
   * from the right: that is the RFC's "split at the largest power of two below" applied repeatedly.
   */
  private range(lo: number, hi: number): Buffer {
    const pieces: Buffer[] = [];
    for (let start = lo; start < hi;) {
      let level = 0;
      while (2 ** (level + 1) <= hi - start) level++;
      pieces.push(node(this.levels[level], start / 2 ** level));
      start += 2 ** level;
    }
    return pieces.reduceRight((right, left) => nodeHash(left, right));
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
  const path = 2 ** Math.round(Math.log2(m)) === m ? [oldRoot, ...proof] : [...proof];
  let fn = m - 1;
  let sn = n - 1;
  while (fn % 2 === 1) [fn, sn] = [(fn - 1) / 2, Math.floor(sn / 2)];
  let fr: Buffer = Buffer.from(path[0]);
  let sr: Buffer = Buffer.from(path[0]);
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
