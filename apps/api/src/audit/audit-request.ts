import type { Clock } from '../http/clock.ts';
import type { AppContext } from '../http/define-route.ts';
import type { AuditAction, AuditOutcome, NewAuditEvent } from './audit-event.ts';

/** What a route says about a request it audits; who made it and when come from the request. */
export interface AuditedAccess {
  action: AuditAction;
  outcome: AuditOutcome;
  recordType?: string | null;
  recordId?: string | null;
  recordIds?: string[];
}

/** The audit event of a request: its token's id (never the token), its request id, now. */
export function auditEventOf(c: AppContext, clock: Clock, access: AuditedAccess): NewAuditEvent {
  return {
    at: clock().toISOString(),
    tokenId: c.get('caller')?.tokenId ?? null,
    requestId: c.get('requestId') ?? null,
    action: access.action,
    recordType: access.recordType ?? null,
    recordId: access.recordId ?? null,
    recordIds: access.recordIds ?? [],
    outcome: access.outcome,
  };
}
