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

/**
 * What an event's hash covers: the previous hash, then its fields joined by "|". No field can hold a
 * "|" (ids are UUIDs, the rest are fixed words), so the joining is unambiguous. The database computes
 * the same text when it appends (see appendAuditEvent); this is the copy verification uses.
 */
export function auditHashContent(event: Omit<AuditEvent, 'hash'>): string {
  return [
    event.prevHash,
    event.seq,
    event.at,
    event.tokenId ?? '',
    event.action,
    event.recordType ?? '',
    event.recordId ?? '',
    event.outcome,
  ].join('|');
}

export function hashAuditEvent(event: Omit<AuditEvent, 'hash'>): string {
  return createHash('sha256').update(auditHashContent(event)).digest('hex');
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
 * Makes concurrent appenders take turns, so the chain never forks. Held until the transaction ends,
 * so take it just before appending. PGlite runs one transaction at a time and needs no lock.
 */
export async function lockAuditChain(tx: Queryable): Promise<void> {
  if (!tx.serialised) await tx.query('select pg_advisory_xact_lock($1)', [AUDIT_LOCK_KEY]);
}

/**
 * SQL common-table expressions that append one audit event, for use inside a larger statement, so a
 * write (or read) and its audit event are one statement. The database reads the last hash and computes
 * the new one: SHA-256 over the same text as auditHashContent. Parameters are numbered from `first`
 * and given by `auditParams`; `outcome` is an SQL expression (so a read can say whether it found the
 * record). The caller must hold lockAuditChain.
 */
export function auditCtes(first: number, outcome: string): string {
  const p = (i: number) => `$${first + i}`;
  return `audit_last as (select seq, hash from audit_events order by seq desc limit 1),
    audit_next as (select coalesce((select seq from audit_last), 0) + 1 as seq,
                          coalesce((select hash from audit_last), ${p(6)}::text) as prev_hash,
                          (${outcome})::text as outcome),
    audit_insert as (
      insert into audit_events (seq, at, token_id, action, record_type, record_id, outcome, prev_hash, hash)
      select n.seq, ${p(0)}::timestamptz, ${p(1)}::text, ${p(2)}::text, ${p(3)}::text, ${p(4)}::uuid, n.outcome, n.prev_hash,
             encode(sha256(convert_to(concat_ws('|', n.prev_hash, n.seq::text, ${p(5)}::text, coalesce(${p(1)}::text, ''),
               ${p(2)}::text, coalesce(${p(3)}::text, ''), coalesce(${p(4)}::text, ''), n.outcome), 'UTF8')), 'hex')
      from audit_next n
      returning seq::int as seq, prev_hash, hash, outcome)`;
}

export function auditParams(event: Omit<NewAuditEvent, 'outcome'>): unknown[] {
  const at = event.at.toISOString();
  return [at, event.tokenId, event.action, event.recordType, event.recordId, at, GENESIS_HASH];
}

/**
 * Appends an event, chained to the one before. Call it inside the transaction that does the work, so
 * the event and the change commit together, and last (see lockAuditChain).
 */
export async function appendAuditEvent(tx: Queryable, event: NewAuditEvent): Promise<AuditEvent> {
  await lockAuditChain(tx);
  const { rows } = await tx.query<{ seq: number; prev_hash: string; hash: string }>(
    `with ${auditCtes(2, '$1')} select seq, prev_hash, hash from audit_insert`,
    [event.outcome, ...auditParams(event)],
  );
  const row = rows[0] as { seq: number; prev_hash: string; hash: string };
  return {
    seq: row.seq,
    at: event.at.toISOString(),
    tokenId: event.tokenId,
    action: event.action,
    recordType: event.recordType,
    recordId: event.recordId,
    outcome: event.outcome,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
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
