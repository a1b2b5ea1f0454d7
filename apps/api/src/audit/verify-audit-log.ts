import type { Queryable } from '../db/database.ts';
import { AUDIT_EVENT_COLUMNS, type AuditEventRow, auditEventFromRow, auditLeafHash } from './audit-event.ts';
import { CHECKPOINT_COLUMNS, checkpointFromRow } from './audit-sealer.ts';
import { type Checkpoint, checkpointSignedBy } from './checkpoint.ts';
import { MerkleFrontier } from './merkle-tree.ts';
import type { AuditVerifyKey } from './signing-key.ts';
import type { WitnessRead } from './witness-file.ts';

/** One thing found wrong, at a position of the tree and an event's seq where they are known. */
export interface AuditProblem {
  position?: number;
  seq?: number;
  message: string;
}

export interface AuditVerdict {
  valid: boolean;
  /** Sealed events found intact, from the start of the log to the first problem. */
  events: number;
  /** The event (seq) where the log first goes wrong. */
  firstBadSeq?: number;
  problems: AuditProblem[];
  /** The newest checkpoint in the database. */
  checkpoint?: { treeSize: number; rootHash: string; signedAt: string; lastSeq: number };
  /** Events logged after the newest checkpoint: not sealed yet (the sealer runs every second or so). */
  unsealed: number;
  /** The largest tree the witness file vouches for. */
  witnessedTreeSize?: number;
}

const MAX_PROBLEMS = 50;

interface LeafRow extends Partial<Omit<AuditEventRow, 'seq'>> {
  leaf_index: string;
  leaf_seq: string;
  leaf_hash: string;
  event_seq: string | null;
}

/** A root to hold the recomputed tree to: a checkpoint whose signature is good. */
interface TrustedRoot {
  root: Buffer;
  signedAt: string;
  from: 'database' | 'witness';
}

/**
 * Recomputes the Merkle tree from the events as they are now and holds it to every checkpoint whose
 * signature is good, from the database and from the witness file, and to the newest of them. Finds an
 * event changed, deleted, reordered or added behind the log's back; hashes recomputed to hide a
 * change; the end of the log cut off, or its tables truncated. A change found by its leaf hash is
 * named exactly; one hidden by recomputed hashes shows only against a signed root, so it is named as
 * the first event of the checkpoint where the roots part (under load a checkpoint covers about a
 * second of events). Events not sealed yet cannot be checked: the sealer runs every second or so.
 */
export async function verifyAuditLog(
  q: Queryable,
  options: { key: AuditVerifyKey; witness: WitnessRead | undefined; pageSize?: number },
): Promise<AuditVerdict> {
  const pageSize = options.pageSize ?? 5000;
  const problems: AuditProblem[] = [];
  const report = (problem: AuditProblem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };

  const trusted = new Map<number, TrustedRoot[]>();
  const trust = (checkpoint: Checkpoint, from: TrustedRoot['from']) => {
    const roots = trusted.get(checkpoint.treeSize) ?? [];
    roots.push({ root: checkpoint.rootHash, signedAt: checkpoint.signedAt, from });
    trusted.set(checkpoint.treeSize, roots);
  };

  const { rows: checkpointRows } = await q.query<Parameters<typeof checkpointFromRow>[0]>(
    `select ${CHECKPOINT_COLUMNS} from audit_checkpoints order by tree_size`,
  );
  const checkpoints = checkpointRows.map(checkpointFromRow);
  let previousSize = 0;
  for (const checkpoint of checkpoints) {
    if (checkpointSignedBy(options.key, checkpoint)) trust(checkpoint, 'database');
    else {
      report({
        position: previousSize,
        message: `The checkpoint of ${checkpoint.treeSize} events dated ${checkpoint.signedAt} is not signed by the audit key: it was altered or made without the key.`,
      });
    }
    previousSize = checkpoint.treeSize;
  }
  const latest = checkpoints.at(-1);

  let witnessedTreeSize: number | undefined;
  if (options.witness?.state === 'missing') {
    if (latest) {
      report({
        message:
          'There is no witness file, so whether the end of the log was cut off cannot be checked. Give the path the sealer appends to (--witness).',
      });
    }
  } else if (options.witness?.state === 'read') {
    for (const line of options.witness.unreadableLines) {
      report({ message: `Line ${line} of the witness file cannot be read as a checkpoint.` });
    }
    for (const checkpoint of options.witness.checkpoints) {
      if (checkpointSignedBy(options.key, checkpoint)) {
        trust(checkpoint, 'witness');
        witnessedTreeSize = Math.max(witnessedTreeSize ?? 0, checkpoint.treeSize);
      } else {
        report({
          message: `The witness file's checkpoint of ${checkpoint.treeSize} events dated ${checkpoint.signedAt} is not signed by the audit key.`,
        });
      }
    }
  }

  // Walk the sealed log in order, recomputing every leaf from its event; note the events at the
  // positions problems found so far point to, to name them.
  const seqAt = new Map<number, number>(
    problems.flatMap((problem) => (problem.position === undefined ? [] : [[problem.position, 0] as const])),
  );
  const frontier = new MerkleFrontier();
  let position = 0;
  let previousSeq = 0;
  let range = { start: 0, startSeq: 1, flagged: false };
  for (;;) {
    const { rows } = await q.query<LeafRow>(
      `select l.leaf_index::text as leaf_index, l.seq::text as leaf_seq, encode(l.leaf_hash, 'hex') as leaf_hash,
              e.seq::text as event_seq, ${AUDIT_EVENT_COLUMNS.split(', ')
                .filter((column) => column !== 'seq')
                .map((column) => `e.${column}`)
                .join(', ')}
       from audit_leaves l left join audit_events e on e.seq = l.seq
       where l.leaf_index >= $1 order by l.leaf_index limit $2`,
      [position, pageSize],
    );
    for (const row of rows) {
      const index = Number(row.leaf_index);
      const seq = Number(row.leaf_seq);
      if (index !== position) {
        report({
          position,
          seq: previousSeq + 1,
          message: `Positions ${position} to ${index - 1} of the sealed log are missing: their leaves were deleted.`,
        });
        range.flagged = true;
        position = index;
      }
      if (position === range.start) range.startSeq = seq;
      if (seqAt.has(position)) seqAt.set(position, seq);
      let hash: Buffer = Buffer.from(row.leaf_hash, 'hex');
      if (seq <= previousSeq) {
        report({
          position,
          seq,
          message: `Event ${seq} is out of order: it is sealed after event ${previousSeq}.`,
        });
        range.flagged = true;
      }
      if (row.event_seq === null) {
        report({
          position,
          seq,
          message: `Event ${seq} was deleted after it was sealed (position ${position}).`,
        });
        range.flagged = true;
      } else {
        const recomputed = auditLeafHash(
          auditEventFromRow({ ...(row as unknown as AuditEventRow), seq: row.event_seq }),
        );
        if (!recomputed.equals(hash)) {
          report({
            position,
            seq,
            message: `Event ${seq} was changed after it was sealed (position ${position}).`,
          });
          range.flagged = true;
        }
        hash = recomputed;
      }
      frontier.append(hash);
      position += 1;
      previousSeq = Math.max(previousSeq, seq);
      const roots = trusted.get(position);
      if (roots) {
        const root = frontier.root();
        const parted = roots.find((trustedRoot) => !trustedRoot.root.equals(root));
        if (parted && !range.flagged) {
          report({
            position: range.start,
            seq: range.startSeq,
            message: `The events at positions ${range.start} to ${position - 1} (events ${range.startSeq} to ${seq}) do not match the checkpoint ${parted.from === 'witness' ? 'in the witness file ' : ''}signed at ${parted.signedAt}: one of them was changed, removed, added or reordered, and the stored hashes recomputed to hide it.`,
          });
        }
        range = { start: position, startSeq: seq + 1, flagged: false };
      }
    }
    if (rows.length < pageSize) break;
  }

  const sealedSize = position;
  const checkpointSize = latest?.treeSize ?? 0;
  if (checkpointSize > sealedSize && latest) {
    report({
      position: sealedSize,
      seq: previousSeq + 1,
      message: `Positions ${sealedSize} to ${checkpointSize - 1}, sealed in the checkpoint signed at ${latest.signedAt}, are missing: the end of the log was deleted.`,
    });
  } else if (sealedSize > checkpointSize) {
    report({
      position: checkpointSize,
      message: `Positions ${checkpointSize} to ${sealedSize - 1} are in the log but in no checkpoint: they were added behind the sealer's back.`,
    });
  }
  if (witnessedTreeSize !== undefined && witnessedTreeSize > Math.max(sealedSize, checkpointSize)) {
    report({
      position: sealedSize,
      seq: previousSeq + 1,
      message: `The witness file vouches for ${witnessedTreeSize} events, but the log holds ${sealedSize}: it was cut back (its last events deleted, or its tables truncated).`,
    });
  }

  const sealedThrough = latest?.lastSeq ?? 0;
  const { rows: added } = await q.query<{ seq: string }>(
    `select e.seq::text as seq from audit_events e
     where e.seq <= $1 and not exists (select 1 from audit_leaves l where l.seq = e.seq)
     order by e.seq limit 20`,
    [sealedThrough],
  );
  for (const row of added) {
    report({
      seq: Number(row.seq),
      message: `Event ${row.seq} is not in the sealed log, though the log was sealed past it: it was added afterwards.`,
    });
  }
  const { rows: unsealed } = await q.query<{ n: number }>(
    'select count(*)::int as n from audit_events where seq > $1',
    [sealedThrough],
  );

  for (const problem of problems) {
    if (problem.seq !== undefined || problem.position === undefined) continue;
    const seq = problem.position >= sealedSize ? previousSeq + 1 : seqAt.get(problem.position);
    if (seq) problem.seq = seq;
  }
  problems.sort(
    (a, b) =>
      (a.position ?? Number.MAX_SAFE_INTEGER) - (b.position ?? Number.MAX_SAFE_INTEGER) ||
      (a.seq ?? Number.MAX_SAFE_INTEGER) - (b.seq ?? Number.MAX_SAFE_INTEGER),
  );
  const seqs = problems.flatMap((problem) => (problem.seq === undefined ? [] : [problem.seq]));
  const positions = problems.flatMap((problem) => (problem.position === undefined ? [] : [problem.position]));
  return {
    valid: problems.length === 0,
    events: positions.length > 0 ? Math.min(...positions) : sealedSize,
    ...(seqs.length > 0 ? { firstBadSeq: Math.min(...seqs) } : {}),
    problems,
    ...(latest
      ? {
          checkpoint: {
            treeSize: latest.treeSize,
            rootHash: latest.rootHash.toString('hex'),
            signedAt: latest.signedAt,
            lastSeq: latest.lastSeq,
          },
        }
      : {}),
    unsealed: unsealed[0]?.n ?? 0,
    ...(witnessedTreeSize === undefined ? {} : { witnessedTreeSize }),
  };
}
