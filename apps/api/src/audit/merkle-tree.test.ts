import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_ROOT,
  inclusionProof,
  leafHash,
  MerkleFrontier,
  nodeHash,
  rootFromInclusionProof,
} from './merkle-tree.ts';

/**
 * Published RFC 6962 test vectors, as used by Certificate Transparency implementations
 * (transparency-dev/merkle testonly: eight leaf inputs, the root of every tree of them, and
 * inclusion proofs; the leaf numbers there count from 1).
 */
const LEAF_INPUTS = [
  '',
  '00',
  '10',
  '2021',
  '3031',
  '40414243',
  '5051525354555657',
  '606162636465666768696a6b6c6d6e6f',
];
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];
const PROOFS: [index: number, size: number, proof: string[]][] = [
  [0, 1, []],
  [
    0,
    8,
    [
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ],
  ],
  [
    5,
    8,
    [
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ],
  ],
  [2, 3, ['fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125']],
  [
    1,
    5,
    [
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ],
  ],
];

const leaves = LEAF_INPUTS.map((hex) => leafHash(Buffer.from(hex, 'hex')));
const hex = (buffer: Uint8Array) => Buffer.from(buffer).toString('hex');

/** The tree of §2.1.1 written out recursively, as the RFC defines it: the reference to check against. */
function referenceRoot(hashes: readonly Buffer[]): Buffer {
  if (hashes.length === 0) return EMPTY_ROOT;
  if (hashes.length === 1) return hashes[0] as Buffer;
  let k = 1;
  while (k * 2 < hashes.length) k *= 2;
  return nodeHash(referenceRoot(hashes.slice(0, k)), referenceRoot(hashes.slice(k)));
}

describe('RFC 9162 Merkle tree', () => {
  it('hashes the empty tree and a leaf as the RFC says', () => {
    expect(hex(EMPTY_ROOT)).toBe(ROOTS[0]);
    expect(hex(leaves[0] as Buffer)).toBe(ROOTS[1]);
  });

  it.each(ROOTS.map((root, size) => [size, root] as const))(
    'gives the published root of the first %i leaves',
    (size, root) => {
      const frontier = new MerkleFrontier();
      for (const leaf of leaves.slice(0, size)) frontier.append(leaf);
      expect(hex(frontier.root())).toBe(root);
      // Resuming from a stored frontier gives the same tree.
      const resumed = new MerkleFrontier(frontier.size, frontier.hashes);
      expect(hex(resumed.root())).toBe(root);
    },
  );

  it.each(PROOFS)('gives the published inclusion proof of leaf %i in a tree of %i', (index, size, proof) => {
    const tree = leaves.slice(0, size);
    expect(inclusionProof(index, tree).map(hex)).toEqual(proof);
    const root = rootFromInclusionProof(
      index,
      size,
      tree[index] as Buffer,
      proof.map((h) => Buffer.from(h, 'hex')),
    );
    expect(hex(root ?? Buffer.alloc(0))).toBe(ROOTS[size]);
  });

  it('refuses a frontier whose hashes do not fit its size', () => {
    expect(() => new MerkleFrontier(3, [leaves[0] as Buffer])).toThrow(/3 leaves has 2 hashes/);
  });

  it('agrees with the recursive definition, and every proof verifies, for any tree', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 70 }), fc.nat(), fc.nat(), (size, pick, seed) => {
        const hashes = Array.from({ length: size }, (_, i) => leafHash(Buffer.from(`leaf ${seed} ${i}`)));
        const frontier = new MerkleFrontier();
        for (const hash of hashes) frontier.append(hash);
        const root = referenceRoot(hashes);
        expect(frontier.root()).toEqual(root);
        const index = pick % size;
        const proof = inclusionProof(index, hashes);
        expect(rootFromInclusionProof(index, size, hashes[index] as Buffer, proof)).toEqual(root);
        // The same proof says nothing for another leaf, another position, or a changed sibling.
        const other = leafHash(Buffer.from('not in the tree'));
        expect(rootFromInclusionProof(index, size, other, proof)).not.toEqual(root);
        if (size > 1) {
          expect(
            rootFromInclusionProof((index + 1) % size, size, hashes[index] as Buffer, proof),
          ).not.toEqual(root);
          const bent = proof.map((sibling, i) => (i === 0 ? nodeHash(sibling, sibling) : sibling));
          expect(rootFromInclusionProof(index, size, hashes[index] as Buffer, bent)).not.toEqual(root);
        }
      }),
      { numRuns: 300 },
    );
  });
});
