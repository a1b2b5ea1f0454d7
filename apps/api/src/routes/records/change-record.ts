import type { AuditOutcome } from '../../audit/audit-event.ts';
import { auditEventOf } from '../../audit/audit-request.ts';
import { mayTouchArea, visibleAreas } from '../../auth/access.ts';
import type { AppDeps } from '../../http/app-deps.ts';
import { londonToday } from '../../http/clock.ts';
import type { AppContext } from '../../http/define-route.ts';
import { type FieldError, problem, problemResponses } from '../../http/problem.ts';
import { firstExample } from '../../openapi/examples.ts';
import { linkedIds } from '../../records/case-chain.ts';
import { reindexCasesOf } from '../../records/due-index.ts';
import { leadArea, recordAreas } from '../../records/record-areas.ts';
import { findVisibleRecord, replaceRecord, type StoredRecord } from '../../records/record-repository.ts';
import { unstorableTextErrors } from '../../records/storable-text.ts';
import { metadataConflicts } from './record-metadata.ts';
import { asRecordId, etag, parseIfMatch, type RecordRouteKit } from './record-route-kit.ts';
import { ETAG_HEADER } from './record-schemas.ts';

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
  const refused = kit.refuseRole(c, 'write', 'update', request.id);
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
    // Every attempt is logged with the change, in its transaction.
    const audit = (outcome: AuditOutcome) =>
      deps.audit.trail.appendIn(
        tx,
        auditEventOf(c, clock, {
          action: 'update',
          recordType: entry.id,
          recordId: asRecordId(request.id),
          outcome,
        }),
      );
    // The area filter is in the query, as GET's is: another area's record costs what a missing one does.
    const areas = visibleAreas(caller);
    const existing = await findVisibleRecord(tx, {
      type: entry.id,
      id: request.id,
      areas: areas === 'all' ? undefined : areas,
      forUpdate: true,
    });
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
    if (replaced.outcome === 'replaced') {
      // The cases it was in and is in now: its own, and those of the records it named before and names now.
      const touched = [existing, replaced.record].flatMap((record) =>
        linkedIds(record).map((link) => link.id),
      );
      await reindexCasesOf(tx, deps.engine, [existing.id, ...touched], londonToday(clock));
      return { kind: 'ok', record: replaced.record };
    }
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

/** What PUT and PATCH answer: the changed record with its new version, or a problem. */
export function changedRecordResponses(entry: RecordRouteKit['entry'], deps: AppDeps) {
  return {
    200: {
      description: `The ${entry.noun}, with its new version.`,
      headers: ETAG_HEADER,
      content: {
        'application/json': { schema: entry.record, example: firstExample(deps.examples, entry.id) },
      },
    },
    ...problemResponses([400, 401, 403, 404, 412, 413, 415, 422, 428, 500, 503]),
  };
}
