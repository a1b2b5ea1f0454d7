import type { Queryable } from '../db/database.ts';
import {
  AUDIT_EVENT_COLUMNS,
  type AuditEvent,
  type AuditEventRow,
  auditEventFromRow,
  auditLeafData,
} from './audit-event.ts';
import { latestCheckpoint } from './audit-sealer.ts';
import { checkpointNote } from './checkpoint.ts';
import { inclusionProof } from './merkle-tree.ts';

/**
 * Everything needed to check, without trusting this server, that an event is in the signed log:
 * the event, the bytes its leaf hash covers, the audit path (RFC 9162 §2.1.3) from its leaf to the
 * root of the newest checkpoint, and that checkpoint with its signature.
 */
export interface InclusionProofAnswer {
  event: AuditEvent;
  leafIndex: number;
  /** The exact text hashed (SHA-256 of 0x00 then these bytes) into the event's leaf. */
  leafData: string;
  leafHash: string;
  auditPath: string[];
  checkpoint: {
    treeSize: number;
    rootHash: string;
    signedAt: string;
    lastSeq: number;
    keyId: string;
    /** The signed text (C2SP tlog-checkpoint layout). */
    note: string;
    /** Ed25519 signature of note, base64. */
    signature: string;
  };
}

export type InclusionProofResult =
  | { state: 'proved'; proof: InclusionProofAnswer }
  | { state: 'unsealed' }
  | { state: 'missing' };

/**
 * The inclusion proof of event `seq` in the newest checkpoint. Built from the stored leaf hashes, a
 * page at a time; it reads every leaf of the tree once.
 */
export async function inclusionProofOf(
  q: Queryable,
  seq: number,
  pageSize = 50_000,
): Promise<InclusionProofResult> {
  const { rows: eventRows } = await q.query<AuditEventRow>(
    `select ${AUDIT_EVENT_COLUMNS} from audit_events where seq = $1`,
    [seq],
  );
  const eventRow = eventRows[0];
  if (!eventRow) return { state: 'missing' };
  const { rows: leafRows } = await q.query<{ leaf_index: string }>(
    'select leaf_index::text as leaf_index from audit_leaves where seq = $1',
    [seq],
  );
  const checkpoint = await latestCheckpoint(q);
  const leaf = leafRows[0];
  if (!leaf || !checkpoint || Number(leaf.leaf_index) >= checkpoint.treeSize) return { state: 'unsealed' };
  const leafIndex = Number(leaf.leaf_index);
  const hashes: Buffer[] = [];
  while (hashes.length < checkpoint.treeSize) {
    const { rows } = await q.query<{ leaf_hash: string }>(
      `select encode(leaf_hash, 'hex') as leaf_hash from audit_leaves
       where leaf_index >= $1 and leaf_index < $2 order by leaf_index`,
      [hashes.length, Math.min(hashes.length + pageSize, checkpoint.treeSize)],
    );
    if (rows.length === 0) break;
    for (const row of rows) hashes.push(Buffer.from(row.leaf_hash, 'hex'));
  }
  if (hashes.length !== checkpoint.treeSize) return { state: 'unsealed' };
  const event = auditEventFromRow(eventRow);
  return {
    state: 'proved',
    proof: {
      event,
      leafIndex,
      leafData: auditLeafData(event).toString(),
      leafHash: (hashes[leafIndex] as Buffer).toString('hex'),
      auditPath: inclusionProof(leafIndex, hashes).map((hash) => hash.toString('hex')),
      checkpoint: {
        treeSize: checkpoint.treeSize,
        rootHash: checkpoint.rootHash.toString('hex'),
        signedAt: checkpoint.signedAt,
        lastSeq: checkpoint.lastSeq,
        keyId: checkpoint.keyId,
        note: checkpointNote(checkpoint),
        signature: checkpoint.signature.toString('base64'),
      },
    },
  };
}
