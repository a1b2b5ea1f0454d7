import type { Queryable } from '../db/database.ts';
import type { Clock } from '../http/clock.ts';
import type { AppContext } from '../http/define-route.ts';
import { appendAuditEvent } from './audit-log.ts';

export type AuditOutcome = 'ok' | 'replayed' | 'not-found' | 'forbidden' | 'stale' | 'invalid';

/** Records who did what to which record, in the caller's transaction. Never the record's content. */
export function auditRequest(
  tx: Queryable,
  c: AppContext,
  clock: Clock,
  event: { action: string; recordType: string | null; recordId?: string | null; outcome: AuditOutcome },
) {
  return appendAuditEvent(tx, {
    at: clock(),
    tokenId: c.get('caller')?.tokenId ?? null,
    action: event.action,
    recordType: event.recordType,
    recordId: event.recordId ?? null,
    outcome: event.outcome,
  });
}
