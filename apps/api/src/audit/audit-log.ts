import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database.ts';

/**
 * One entry of the audit log. Deliberately no record content: who (token id), when, what, which
 * record and the outcome are enough to answer "who looked at this case", and hold no personal data.
 */
export interface AuditEvent {
  seq: number;
  at: string;
  tokenId: string | null;
  action: string;
  recordType: string | null;
  recordId: string | null;
  outcome: string;
  prevHash: string;
  hash: string;
}

export type NewAuditEvent = Pick<AuditEvent, 'tokenId' | 'action' | 'recordType' | 'recordId' | 'outcome'> & {
  at: Date;
};

/** The hash that the first event chains from. */
export const GENESIS_HASH = '0'.repeat(64);

/** Any constant; every replica must use the same one. */
const AUDIT_LOCK_KEY = 7_261_843_002;

export function hashAuditEvent(event: Omit<AuditEvent, 'hash'>): string {
  const content = JSON.stringify([
    event.seq,
    event.at,
    event.tokenId,
    event.action,
    event.recordType,
    event.recordId,
    event.outcome,
  ]);
  return createHash('sha256').update(`${event.prevHash}\n${content}`).digest('hex');
}

interface AuditRow {
  seq: string | number;
  at: Date | string;
  token_id: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  outcome: string;
  prev_hash: string;
  hash: string;
}

function fromRow(row: AuditRow): AuditEvent {
  return {
    seq: Number(row.seq),
    at: new Date(row.at).toISOString(),
    tokenId: row.token_id,
    action: row.action,
    recordType: row.record_type,
    recordId: row.record_id,
    outcome: row.outcome,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/**
 * Appends an event, chained to the one before. Call it inside the transaction that does the work, so
 * the event and the change commit together. The advisory lock makes concurrent appenders take turns,
 * so the chain never forks; it is held only until the transaction ends, so append last.
 */
export async function appendAuditEvent(tx: Queryable, event: NewAuditEvent): Promise<AuditEvent> {
  await tx.query('select pg_advisory_xact_lock($1)', [AUDIT_LOCK_KEY]);
  const { rows } = await tx.query<{ seq: string | number; hash: string }>(
    'select seq, hash from audit_events order by seq desc limit 1',
  );
  const previous = rows[0];
  const unhashed = {
    seq: previous ? Number(previous.seq) + 1 : 1,
    at: event.at.toISOString(),
    tokenId: event.tokenId,
    action: event.action,
    recordType: event.recordType,
    recordId: event.recordId,
    outcome: event.outcome,
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  const stored = { ...unhashed, hash: hashAuditEvent(unhashed) };
  await tx.query(
    `insert into audit_events (seq, at, token_id, action, record_type, record_id, outcome, prev_hash, hash)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      stored.seq,
      stored.at,
      stored.tokenId,
      stored.action,
      stored.recordType,
      stored.recordId,
      stored.outcome,
      stored.prevHash,
      stored.hash,
    ],
  );
  return stored;
}

export async function listAuditEvents(
  db: Queryable,
  page: { afterSeq?: number; limit: number },
): Promise<{ events: AuditEvent[]; nextAfter?: number }> {
  const { rows } = await db.query<AuditRow>(
    'select * from audit_events where seq > $1 order by seq limit $2',
    [page.afterSeq ?? 0, page.limit + 1],
  );
  const events = rows.slice(0, page.limit).map(fromRow);
  const last = events.at(-1);
  return rows.length > page.limit && last ? { events, nextAfter: last.seq } : { events };
}

export type ChainVerdict =
  | { valid: true; events: number }
  | { valid: false; events: number; firstBrokenSeq: number; reason: string };

/** Walks the whole chain, in pages, and reports the first event whose hash or link does not match. */
export async function verifyAuditChain(db: Queryable, pageSize = 1000): Promise<ChainVerdict> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let afterSeq = 0;
  for (;;) {
    const { rows } = await db.query<AuditRow>(
      'select * from audit_events where seq > $1 order by seq limit $2',
      [afterSeq, pageSize],
    );
    for (const row of rows) {
      const event = fromRow(row);
      const broken = (reason: string): ChainVerdict => ({
        valid: false,
        events: expectedSeq - 1,
        firstBrokenSeq: event.seq,
        reason,
      });
      if (event.seq !== expectedSeq) return broken(`event ${expectedSeq} is missing`);
      if (event.prevHash !== prevHash) return broken('it does not link to the event before it');
      if (hashAuditEvent(event) !== event.hash) return broken('its content does not match its hash');
      prevHash = event.hash;
      expectedSeq += 1;
      afterSeq = event.seq;
    }
    if (rows.length < pageSize) return { valid: true, events: expectedSeq - 1 };
  }
}
