import { auditRequest } from '../../audit/audit-request.ts';
import { maySeeAreas, mayTouchArea } from '../../auth/access.ts';
import type { AppDeps } from '../../http/app-deps.ts';
import type { AppContext } from '../../http/define-route.ts';
import { type FieldError, problem } from '../../http/problem.ts';
import { leadArea, recordAreas } from '../../records/record-areas.ts';
import { findRecord, isRecordId, replaceRecord, type StoredRecord } from '../../records/record-repository.ts';
import { unstorableTextErrors } from '../../records/storable-text.ts';
import { metadataConflicts } from './record-metadata.ts';
import { etag, parseIfMatch, type RecordRouteKit } from './record-route-kit.ts';

/**
 * The new body of a record, worked out from the stored one (a replacement ignores it; a merge patch
 * applies to it), or the fields that make it invalid.
 */
export type NextBody = (stored: StoredRecord) => { body: Record<string, unknown> } | { errors: FieldError[] };

/**
 * Changes a record under If-Match, for PUT and PATCH alike: the version check and the write are one
 * statement, so of two changes made from the same version exactly one succeeds; every attempt is
 * audited. `sent` is the request body as sent, to check the server-managed fields it carries.
 */
export async function changeRecord(
  c: AppContext,
  deps: AppDeps,
  kit: RecordRouteKit,
  request: { id: string; ifMatch: string | undefined; sent: Record<string, unknown>; next: NextBody },
): Promise<Response> {
  const { db, clock } = deps;
  const { entry } = kit;
  const refused = kit.refuseRole(c, 'write');
  if (refused) return refused;
  if (request.ifMatch === undefined) {
    return problem(c, {
      status: 428,
      kind: 'if-match-required',
      title: 'If-Match needed',
      detail:
        'Send If-Match with the ETag from your last read of this record, so no one else’s change is overwritten.',
    });
  }
  const expectedVersion = parseIfMatch(request.ifMatch);
  if (expectedVersion === undefined) {
    return problem(c, {
      status: 400,
      kind: 'invalid-if-match',
      title: 'Bad request',
      detail: 'If-Match must be the ETag from your last read, for example "3" (with the quotes).',
      errors: [{ path: 'If-Match', pointer: '', message: 'is not an ETag of this API' }],
    });
  }
  const caller = c.get('caller');
  type Outcome =
    | { kind: 'missing' }
    | { kind: 'area'; area: string }
    | { kind: 'stale'; current: number }
    | { kind: 'invalid'; errors: FieldError[] }
    | { kind: 'ok'; record: StoredRecord };
  const outcome = await db.transaction(async (tx): Promise<Outcome> => {
    const audit = (outcome: 'ok' | 'not-found' | 'forbidden' | 'stale' | 'invalid') =>
      auditRequest(tx, c, clock, {
        action: 'update',
        recordType: entry.id,
        recordId: isRecordId(request.id) ? request.id : null,
        outcome,
      });
    const found = await findRecord(tx, entry.id, request.id);
    const existing = found && maySeeAreas(caller, found.areas) ? found : undefined;
    if (!existing) {
      await audit('not-found');
      return { kind: 'missing' };
    }
    if (existing.version !== expectedVersion) {
      await audit('stale');
      return { kind: 'stale', current: existing.version };
    }
    const conflicts = metadataConflicts(request.sent, existing);
    const next = conflicts.length > 0 ? { errors: conflicts } : request.next(existing);
    const errors = 'errors' in next ? next.errors : unstorableTextErrors(next.body);
    if ('errors' in next || errors.length > 0) {
      await audit('invalid');
      return { kind: 'invalid', errors };
    }
    const area = leadArea(entry, next.body);
    // Writing needs the lead area, before and after: seeing a partnership through one of the
    // other areas it covers is not enough to change it.
    const refusedArea = [existing.area, area].find((lead) => !mayTouchArea(caller, lead));
    if (refusedArea !== undefined) {
      await audit('forbidden');
      return { kind: 'area', area: refusedArea };
    }
    const replaced = await replaceRecord(tx, {
      type: entry.id,
      id: request.id,
      expectedVersion,
      area,
      areas: recordAreas(entry, next.body),
      body: next.body,
      now: clock(),
    });
    await audit(
      replaced.outcome === 'replaced' ? 'ok' : replaced.outcome === 'stale' ? 'stale' : 'not-found',
    );
    if (replaced.outcome === 'replaced') return { kind: 'ok', record: replaced.record };
    if (replaced.outcome === 'stale') return { kind: 'stale', current: replaced.currentVersion };
    return { kind: 'missing' };
  });
  switch (outcome.kind) {
    case 'missing':
      return kit.notFound(c);
    case 'area':
      return kit.areaForbidden(c, outcome.area);
    case 'invalid':
      return kit.invalidBody(
        c,
        `The ${entry.noun} would not be valid after this change. Each field is listed in errors.`,
        outcome.errors,
      );
    case 'stale':
      return problem(
        c,
        {
          status: 412,
          kind: 'stale-version',
          title: 'Changed since you read it',
          detail: `Someone changed this ${entry.noun} after you read it (it is now version ${outcome.current}). Read it again, reapply your change and send it with the new ETag.`,
        },
        { etag: etag(outcome.current) },
      );
    case 'ok':
      return kit.recordResponse(c, outcome.record);
  }
}
