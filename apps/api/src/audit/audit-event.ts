import { leafHash } from './merkle-tree.ts';

/**
 * One entry of the audit log. Deliberately no record content: who (token id, never the token), when,
 * which request, what, which record or records, and the outcome are enough to answer "who looked at
 * this case", and hold no personal data.
 */
export interface AuditEvent {
  /** Position in the log, from 1; taken when the event is inserted (gaps are left by rollbacks). */
  seq: number;
  /** When (RFC 3339, milliseconds). */
  at: string;
  tokenId: string | null;
  /** The request's X-Request-Id, to match the event to the access log. */
  requestId: string | null;
  action: AuditAction;
  recordType: string | null;
  recordId: string | null;
  /** The records a list or due page returned, in its order. */
  recordIds: string[];
  outcome: AuditOutcome;
}

export type NewAuditEvent = Omit<AuditEvent, 'seq'>;

export const AUDIT_ACTIONS = [
  'authenticate',
  'create',
  'read',
  'update',
  'list',
  'next-actions',
  'list-due',
  'audit-list',
  'audit-verify',
  'audit-proof',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = [
  'ok',
  'replayed',
  'not-found',
  'forbidden',
  'unauthenticated',
  'stale',
  'invalid',
] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Names the encoding below, so a later one can be told apart. */
export const AUDIT_LEAF_FORMAT = 'safeguarding-audit-event/1';

/**
 * The bytes an event's leaf hash covers: a JSON array of its fields in a fixed order, UTF-8. JSON
 * quotes every string, so no field can run into the next; everything in it is ids, fixed words and
 * timestamps, so it is the same text whichever JSON library writes it.
 */
export function auditLeafData(event: AuditEvent): Buffer {
  return Buffer.from(
    JSON.stringify([
      AUDIT_LEAF_FORMAT,
      event.seq,
      event.at,
      event.tokenId,
      event.requestId,
      event.action,
      event.recordType,
      event.recordId,
      event.recordIds,
      event.outcome,
    ]),
  );
}

export function auditLeafHash(event: AuditEvent): Buffer {
  return leafHash(auditLeafData(event));
}

export interface AuditEventRow {
  seq: string | number;
  at: Date | string;
  token_id: string | null;
  request_id: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  record_ids: string[];
  outcome: string;
}

export const AUDIT_EVENT_COLUMNS =
  'seq, at, token_id, request_id, action, record_type, record_id, record_ids, outcome';

export function auditEventFromRow(row: AuditEventRow): AuditEvent {
  return {
    seq: Number(row.seq),
    at: new Date(row.at).toISOString(),
    tokenId: row.token_id,
    requestId: row.request_id,
    action: row.action as AuditAction,
    recordType: row.record_type,
    recordId: row.record_id,
    recordIds: row.record_ids,
    outcome: row.outcome as AuditOutcome,
  };
}
