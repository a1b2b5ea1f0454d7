import { verify } from 'node:crypto';
import type { AuditSigner, AuditVerifyKey } from './signing-key.ts';

/** A signed statement of the tree: how many events it holds, its root, when, and how far it sealed. */
export interface Checkpoint {
  treeSize: number;
  rootHash: Buffer;
  /** When it was signed (RFC 3339). */
  signedAt: string;
  /** Every event at or before this position is in the tree, or never committed. */
  lastSeq: number;
  keyId: string;
  signature: Buffer;
}

export type UnsignedCheckpoint = Pick<Checkpoint, 'treeSize' | 'rootHash' | 'signedAt' | 'lastSeq'>;

/** The origin line: which log a checkpoint is of. */
export const CHECKPOINT_ORIGIN = 'safeguarding-toolkit audit log';

/**
 * The text signed, in the C2SP tlog-checkpoint layout: the origin, the tree size, the root hash in
 * base64, then extension lines (the time, the last position sealed), each ending in a newline.
 */
export function checkpointNote(checkpoint: UnsignedCheckpoint): string {
  return [
    CHECKPOINT_ORIGIN,
    String(checkpoint.treeSize),
    checkpoint.rootHash.toString('base64'),
    `time ${checkpoint.signedAt}`,
    `last-seq ${checkpoint.lastSeq}`,
    '',
  ].join('\n');
}

export function signCheckpoint(signer: AuditSigner, checkpoint: UnsignedCheckpoint): Checkpoint {
  return {
    ...checkpoint,
    keyId: signer.keyId,
    signature: signer.sign(Buffer.from(checkpointNote(checkpoint))),
  };
}

/** Was this checkpoint signed, as it stands, by this key? */
export function checkpointSignedBy(key: AuditVerifyKey, checkpoint: Checkpoint): boolean {
  if (checkpoint.keyId !== key.keyId) return false;
  try {
    return verify(null, Buffer.from(checkpointNote(checkpoint)), key.publicKey, checkpoint.signature);
  } catch {
    return false;
  }
}
