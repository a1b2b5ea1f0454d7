import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Checkpoint } from './checkpoint.ts';

/**
 * The witness: every checkpoint the sealer signs, appended to a file outside the database, one JSON
 * line each. A copy of the log's head that whoever can change the database cannot reach, so a log
 * cut back (its tail deleted, its tables truncated, old checkpoints put back) no longer matches it.
 * Put it on other storage (another volume or host, append-only) where that matters.
 */
export interface WitnessLine {
  treeSize: number;
  rootHash: string;
  signedAt: string;
  lastSeq: number;
  keyId: string;
  signature: string;
}

export type WitnessRead =
  | { state: 'missing' }
  | { state: 'read'; checkpoints: Checkpoint[]; unreadableLines: number[] };

export function readWitness(path: string): WitnessRead {
  if (!existsSync(path)) return { state: 'missing' };
  const checkpoints: Checkpoint[] = [];
  const unreadableLines: number[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((text, index) => {
      if (text.trim() === '') return;
      try {
        const line = JSON.parse(text) as WitnessLine;
        if (!Number.isSafeInteger(line.treeSize) || !Number.isSafeInteger(line.lastSeq))
          throw new Error('sizes');
        checkpoints.push({
          treeSize: line.treeSize,
          rootHash: Buffer.from(line.rootHash, 'hex'),
          signedAt: line.signedAt,
          lastSeq: line.lastSeq,
          keyId: line.keyId,
          signature: Buffer.from(line.signature, 'base64'),
        });
      } catch {
        unreadableLines.push(index + 1);
      }
    });
  return { state: 'read', checkpoints, unreadableLines };
}

/** Appends checkpoints and waits until they are on disk (fsync), owner-only. */
export function appendWitness(path: string, checkpoints: readonly Checkpoint[]): void {
  if (checkpoints.length === 0) return;
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const text = checkpoints
    .map((checkpoint) =>
      JSON.stringify({
        treeSize: checkpoint.treeSize,
        rootHash: checkpoint.rootHash.toString('hex'),
        signedAt: checkpoint.signedAt,
        lastSeq: checkpoint.lastSeq,
        keyId: checkpoint.keyId,
        signature: checkpoint.signature.toString('base64'),
      } satisfies WitnessLine),
    )
    .join('\n');
  const fd = openSync(path, 'a', 0o600);
  try {
    writeSync(fd, `${text}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
