import { createHash } from 'node:crypto';

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0) §2.1, with SHA-256. Leaves and inner
 * nodes hash under different prefixes (0x00, 0x01), so a leaf can never pass for a node. Sizes and
 * indexes are plain numbers: exact up to 2^53 leaves.
 */

const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** MTH({}) = SHA-256() — the root of the empty tree (§2.1.1). */
export const EMPTY_ROOT: Buffer = createHash('sha256').digest();

/** MTH({d(0)}) = SHA-256(0x00 || d(0)) (§2.1.1). */
export function leafHash(data: Uint8Array): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(data).digest();
}

/** SHA-256(0x01 || left || right) (§2.1.1). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/** The largest power of two smaller than n (n > 1): where §2.1.1 splits a tree of n leaves. */
function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * A tree known only by its frontier: the roots of its complete subtrees, largest first (one per set
 * bit of its size). Enough to append leaves and compute the root without reading earlier leaves, so
 * the sealer stores it with each checkpoint. (Trillian calls this a compact range.)
 */
export class MerkleFrontier {
  #size: number;
  readonly #hashes: Buffer[];

  constructor(size = 0, hashes: readonly Uint8Array[] = []) {
    let bits = 0;
    for (let n = size; n > 0; n = Math.floor(n / 2)) bits += n % 2;
    if (bits !== hashes.length)
      throw new Error(`a frontier of ${size} leaves has ${bits} hashes, not ${hashes.length}`);
    this.#size = size;
    this.#hashes = hashes.map((hash) => Buffer.from(hash));
  }

  get size(): number {
    return this.#size;
  }

  get hashes(): readonly Buffer[] {
    return this.#hashes;
  }

  /** Adds a leaf (its leaf hash): equal-sized subtrees at the end merge, as bits carry when counting. */
  append(hash: Uint8Array): void {
    let merged: Buffer = Buffer.from(hash);
    for (let n = this.#size; n % 2 === 1; n = (n - 1) / 2) {
      merged = nodeHash(this.#hashes.pop() as Buffer, merged);
    }
    this.#hashes.push(merged);
    this.#size += 1;
  }

  /** MTH of the whole tree: the subtree roots folded from the right (§2.1.1's recursion, unrolled). */
  root(): Buffer {
    if (this.#hashes.length === 0) return EMPTY_ROOT;
    let root = this.#hashes.at(-1) as Buffer;
    for (let index = this.#hashes.length - 2; index >= 0; index--)
      root = nodeHash(this.#hashes[index] as Buffer, root);
    return root;
  }
}

/** MTH of leaves [start, end). */
function subtreeRoot(leafHashes: readonly Uint8Array[], start: number, end: number): Buffer {
  const frontier = new MerkleFrontier();
  for (let index = start; index < end; index++) frontier.append(leafHashes[index] as Uint8Array);
  return frontier.root();
}

/**
 * The inclusion proof of leaf `index` in the tree of `leafHashes` (§2.1.3.1, PATH(m, D[n])): the
 * sibling subtree roots from the leaf up to the root. Reads every leaf once.
 */
export function inclusionProof(index: number, leafHashes: readonly Uint8Array[]): Buffer[] {
  if (!Number.isInteger(index) || index < 0 || index >= leafHashes.length) {
    throw new RangeError(`leaf ${index} is not in a tree of ${leafHashes.length}`);
  }
  const path: Buffer[] = [];
  let start = 0;
  let end = leafHashes.length;
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (index < start + k) {
      path.push(subtreeRoot(leafHashes, start + k, end));
      end = start + k;
    } else {
      path.push(subtreeRoot(leafHashes, start, start + k));
      start += k;
    }
  }
  return path.reverse();
}

/**
 * The root an inclusion proof leads to (§2.1.3.2), or undefined when the proof cannot be one for
 * this index and size. Equal to the tree's root exactly when the leaf is in the tree.
 */
export function rootFromInclusionProof(
  index: number,
  size: number,
  hash: Uint8Array,
  proof: readonly Uint8Array[],
): Buffer | undefined {
  if (index >= size) return undefined;
  let fn = index;
  let sn = size - 1;
  let root: Buffer = Buffer.from(hash);
  for (const sibling of proof) {
    if (sn === 0) return undefined;
    if (fn % 2 === 1 || fn === sn) {
      root = nodeHash(sibling, root);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn /= 2;
          sn = Math.floor(sn / 2);
        }
      }
    } else {
      root = nodeHash(root, sibling);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? root : undefined;
}
