import type { Database, Queryable, Session } from '../db/database.ts';
import type { Clock } from '../http/clock.ts';
import { AUDIT_EVENT_COLUMNS, type AuditEventRow, auditEventFromRow, auditLeafHash } from './audit-event.ts';
import { type Checkpoint, signCheckpoint } from './checkpoint.ts';
import { MerkleFrontier } from './merkle-tree.ts';
import type { AuditSigner } from './signing-key.ts';
import { appendWitness, readWitness } from './witness-file.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** Any constant; every replica must use the same one. */
const SEALER_LOCK_KEY = 7_261_843_003;

/**
 * The sealer: takes events whose transactions have committed, in position order, adds them to the
 * Merkle tree and signs a checkpoint, which it stores and appends to the witness file. Every replica
 * runs one; a session-level advisory lock lets one seal at a time, and another takes over when its
 * connection ends. It runs beside the requests, never in their way: they take no lock of its.
 *
 * The ordering problem. Positions come from a sequence when an event is inserted, but transactions
 * commit in their own order: position 7 may be visible while position 6, taken earlier by a
 * transaction still running, is not yet; and a rolled-back transaction leaves a gap that never fills.
 * Sealing 7 before 6 would put them in the tree out of order, or leave 6 out for ever. So each round
 * first sets a barrier: it reads the last position handed out, V, then takes a transaction id of its
 * own, X (pg_current_xact_id, after reading V). Transaction ids are handed out in order, and each
 * event's transaction takes its id before its position (the trigger of migration 0004), so every
 * position up to V belongs to a transaction whose id is below X. Once no transaction below X is
 * running (the oldest running id, pg_snapshot_xmin, has reached X), every position up to V is final:
 * committed and visible, or never to appear. The round seals up to V and no further. (Not
 * pg_snapshot_xmax: it is one past the newest *completed* id, and a transaction given a newer id but
 * still running is in no snapshot at all; the restart test caught exactly that.) The alternative, a commit-order log (a second sequence taken
 * at commit, as Trillian's sequencer does), would need a write of its own in every request.
 * A transaction that runs for long delays sealing, never a request; the API's transactions are short.
 */
export interface Sealer {
  /** One round: seals what is final, if this replica holds the lock. */
  sealOnce(): Promise<SealRound>;
  /** Seals every `intervalMs` until stopped. */
  start(): void;
  stop(): Promise<void>;
}

export type SealRound =
  | { outcome: 'sealed'; events: number; treeSize: number }
  | { outcome: 'nothing-new' | 'busy' | 'waiting' };

export class SigningKeyMismatchError extends Error {
  override name = 'SigningKeyMismatchError';
}

/** Hashes and signatures travel as hex text, which both drivers read and write alike. */
interface CheckpointRow {
  tree_size: string | number;
  last_seq: string | number;
  root_hash: string;
  signed_at: Date | string;
  key_id: string;
  signature: string;
  frontier: string[];
}

export const CHECKPOINT_COLUMNS =
  "tree_size, last_seq, encode(root_hash, 'hex') as root_hash, signed_at, key_id, encode(signature, 'hex') as signature";

export function checkpointFromRow(row: Omit<CheckpointRow, 'frontier'>): Checkpoint {
  return {
    treeSize: Number(row.tree_size),
    lastSeq: Number(row.last_seq),
    rootHash: Buffer.from(row.root_hash, 'hex'),
    signedAt: new Date(row.signed_at).toISOString(),
    keyId: row.key_id,
    signature: Buffer.from(row.signature, 'hex'),
  };
}

/** The newest checkpoint, or undefined before the first. */
export async function latestCheckpoint(q: Queryable): Promise<Checkpoint | undefined> {
  const { rows } = await q.query<CheckpointRow>(
    `select ${CHECKPOINT_COLUMNS} from audit_checkpoints order by tree_size desc limit 1`,
  );
  return rows[0] ? checkpointFromRow(rows[0]) : undefined;
}

export function createSealer(
  db: Database,
  options: {
    signer: AuditSigner;
    /** Where checkpoints are appended; undefined keeps them in the database only (tests of the sealer alone). */
    witnessPath: string | undefined;
    clock: Clock;
    intervalMs?: number;
    /** Events sealed in one round at most. */
    batchSize?: number;
    /** How long a round waits for transactions below its barrier to end before trying again next round. */
    barrierWaitMs?: number;
    onError?: (error: unknown) => void;
  },
): Sealer {
  const intervalMs = options.intervalMs ?? 1000;
  const batchSize = options.batchSize ?? 20_000;
  const barrierWaitMs = options.barrierWaitMs ?? 500;
  /** The largest tree size known to be in the witness file (read from it on the first round). */
  let witnessedSize: number | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;
  let stopped = false;

  async function barrier(session: Session): Promise<number | undefined> {
    const { rows: sequence } = await session.query<{ last_value: string; is_called: boolean }>(
      'select last_value::text, is_called from audit_events_seq',
    );
    const state = sequence[0];
    if (!state) throw new Error('audit_events_seq is missing');
    const handedOut = state.is_called ? Number(state.last_value) : Number(state.last_value) - 1;
    // A transaction id of its own, taken after the read above: newer than every id already handed out.
    const { rows } = await session.query<{ xid: string }>('select pg_current_xact_id()::text as xid');
    const barrierXid = BigInt(rows[0]?.xid ?? '0');
    const deadline = Date.now() + barrierWaitMs;
    for (;;) {
      const { rows: now } = await session.query<{ xmin: string }>(
        'select pg_snapshot_xmin(pg_current_snapshot())::text as xmin',
      );
      if (BigInt(now[0]?.xmin ?? '0') >= barrierXid) return handedOut;
      if (Date.now() > deadline) return undefined;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  async function catchUpWitness(q: Queryable): Promise<void> {
    const path = options.witnessPath;
    if (path === undefined) return;
    if (witnessedSize === undefined) {
      const witness = readWitness(path);
      witnessedSize =
        witness.state === 'read'
          ? Math.max(0, ...witness.checkpoints.map((checkpoint) => checkpoint.treeSize))
          : 0;
    }
    const { rows } = await q.query<CheckpointRow>(
      `select ${CHECKPOINT_COLUMNS} from audit_checkpoints where tree_size > $1 order by tree_size`,
      [witnessedSize],
    );
    const missing = rows.map(checkpointFromRow);
    appendWitness(path, missing);
    witnessedSize = missing.at(-1)?.treeSize ?? witnessedSize;
  }

  async function seal(session: Session): Promise<SealRound> {
    const { rows: locked } = await session.query<{ locked: boolean }>(
      'select pg_try_advisory_lock($1) as locked',
      [SEALER_LOCK_KEY],
    );
    if (!locked[0]?.locked) return { outcome: 'busy' };
    try {
      const upTo = await barrier(session);
      if (upTo === undefined) return { outcome: 'waiting' };
      const { rows: latest } = await session.query<CheckpointRow>(
        `select ${CHECKPOINT_COLUMNS}, array(select encode(f, 'hex') from unnest(frontier) with ordinality as u(f, n) order by n) as frontier
         from audit_checkpoints order by tree_size desc limit 1`,
      );
      const previous = latest[0];
      if (previous && previous.key_id !== options.signer.keyId) {
        throw new SigningKeyMismatchError(
          `The audit log is signed with key ${previous.key_id}, but this replica holds key ${options.signer.keyId}: give every replica the same --audit-key. Nothing was sealed.`,
        );
      }
      const frontier = new MerkleFrontier(
        Number(previous?.tree_size ?? 0),
        (previous?.frontier ?? []).map((hash) => Buffer.from(hash, 'hex')),
      );
      if (previous && !frontier.root().equals(Buffer.from(previous.root_hash, 'hex'))) {
        throw new Error('The last checkpoint’s stored frontier does not give its root; nothing was sealed.');
      }
      const sealedThrough = Number(previous?.last_seq ?? 0);
      const { rows } = await session.query<AuditEventRow>(
        `select ${AUDIT_EVENT_COLUMNS} from audit_events where seq > $1 and seq <= $2 order by seq limit $3`,
        [sealedThrough, upTo, batchSize],
      );
      if (rows.length === 0) {
        await catchUpWitness(session);
        return { outcome: 'nothing-new' };
      }
      const events = rows.map(auditEventFromRow);
      const firstIndex = frontier.size;
      const hashes = events.map(auditLeafHash);
      for (const hash of hashes) frontier.append(hash);
      // A full batch stops at its last event: later positions up to the barrier wait for the next round.
      const lastSeq = rows.length === batchSize ? (events.at(-1)?.seq ?? upTo) : upTo;
      const checkpoint = signCheckpoint(options.signer, {
        treeSize: frontier.size,
        rootHash: frontier.root(),
        signedAt: options.clock().toISOString(),
        lastSeq,
      });
      await session.transaction(async (tx) => {
        await tx.query(
          `insert into audit_leaves (leaf_index, seq, leaf_hash)
           select i, s, decode(h, 'hex') from unnest($1::bigint[], $2::bigint[], $3::text[]) as leaf(i, s, h)`,
          [events.map((_, i) => firstIndex + i), events.map((event) => event.seq), hashes.map(hex)],
        );
        await tx.query(
          `insert into audit_checkpoints (tree_size, last_seq, root_hash, signed_at, key_id, signature, frontier)
           values ($1, $2, decode($3, 'hex'), $4, $5, decode($6, 'hex'),
                   array(select decode(f, 'hex') from unnest($7::text[]) with ordinality as u(f, n) order by n))`,
          [
            checkpoint.treeSize,
            checkpoint.lastSeq,
            hex(checkpoint.rootHash),
            checkpoint.signedAt,
            checkpoint.keyId,
            hex(checkpoint.signature),
            frontier.hashes.map(hex),
          ],
        );
      });
      // Committed first, then witnessed: a crash between leaves the witness behind the database (caught
      // up by the next round), never ahead of it, which would read as a truncated log.
      await catchUpWitness(session);
      return { outcome: 'sealed', events: events.length, treeSize: frontier.size };
    } finally {
      await session.query('select pg_advisory_unlock($1)', [SEALER_LOCK_KEY]);
    }
  }

  function sealOnce(): Promise<SealRound> {
    // One round at a time in this process, whoever asks.
    const round = (running ?? Promise.resolve()).catch(() => {}).then(() => db.session(seal));
    running = round;
    return round;
  }

  function schedule(): void {
    if (stopped) return;
    timer = setTimeout(async () => {
      try {
        await sealOnce();
      } catch (error) {
        options.onError?.(error);
      }
      schedule();
    }, intervalMs);
    timer.unref();
  }

  return {
    sealOnce,
    start() {
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running?.catch(() => {});
    },
  };
}
