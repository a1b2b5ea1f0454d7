import type { RecordRegistryEntry } from '@safeguarding/schemas';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { auditRequest } from '../../audit/audit-request.ts';
import { maySeeAreas, mayUseRecordType, visibleAreas } from '../../auth/access.ts';
import type { Caller } from '../../auth/tokens.ts';
import type { AppDeps } from '../../http/app-deps.ts';
import { type AppContext, jsonResponse } from '../../http/define-route.ts';
import { type FieldError, problem } from '../../http/problem.ts';
import { readRecordAudited, withAuditedStatement } from '../../records/audited-statements.ts';
import type { CaseLookup } from '../../records/case-chain.ts';
import {
  findRecord,
  isRecordId,
  RECORD_TYPES_BY_ID,
  recordsLinkingTo,
  type StoredRecord,
  toRecordJson,
} from '../../records/record-repository.ts';

export const etag = (version: number) => `"${version}"`;

/** The version an If-Match header names, or undefined when it is not one of our ETags. */
export function parseIfMatch(header: string): number | undefined {
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(header.trim());
  return match ? Number(match[1]) : undefined;
}

/** May the caller see this stored record at all (its type and one of its areas)? */
export function mayRead(caller: Caller, record: StoredRecord): boolean {
  const entry = RECORD_TYPES_BY_ID.get(record.type);
  return entry !== undefined && mayUseRecordType(caller, entry, 'read') && maySeeAreas(caller, record.areas);
}

/** Finds the records of a case in the database, keeping only those the caller may see. */
export function databaseCaseLookup(deps: AppDeps, caller: Caller): CaseLookup {
  return {
    async find(type, id) {
      const record = await findRecord(deps.db, type, id);
      return record && mayRead(caller, record) ? record : undefined;
    },
    async linkingTo(type, id) {
      return (await recordsLinkingTo(deps.db, type, id)).filter((record) => mayRead(caller, record));
    },
  };
}

/** What every route of one record collection shares: its messages, its checks and its responses. */
export function recordRouteKit(deps: AppDeps, entry: RecordRegistryEntry) {
  const { db, clock } = deps;
  const base = `/v1/${entry.path}`;
  const forbidden = (c: AppContext, detail: string) =>
    problem(c, { status: 403, kind: 'forbidden', title: 'Not allowed', detail });

  return {
    entry,
    base,
    notFound: (c: AppContext) =>
      problem(c, {
        status: 404,
        kind: 'not-found',
        title: 'Not found',
        detail: `There is no ${entry.noun} with this id that you can see.`,
      }),
    /** The caller's role may not read (or write) this type at all; undefined when it may. */
    refuseRole(c: AppContext, action: 'read' | 'write'): Response | undefined {
      const caller = c.get('caller');
      if (mayUseRecordType(caller, entry, action)) return undefined;
      return forbidden(c, `Your token's role (${caller.role}) may not ${action} ${entry.noun} records.`);
    },
    areaForbidden: (c: AppContext, area: string) =>
      forbidden(
        c,
        `Your token does not hold area ${area}. Ask your administrator for a token for that area.`,
      ),
    invalidBody: (c: AppContext, detail: string, errors: FieldError[]) =>
      problem(c, { status: 422, kind: 'invalid-body', title: 'Invalid input', detail, errors }),
    recordResponse: (
      c: AppContext,
      record: StoredRecord,
      status: ContentfulStatusCode = 200,
      headers: Record<string, string> = {},
    ) => jsonResponse(c, toRecordJson(record), status, { etag: etag(record.version), ...headers }),
    /** Reads a record the caller may see, auditing the attempt; undefined for missing and for invisible alike. */
    async readAudited(c: AppContext, id: string, action: string): Promise<StoredRecord | undefined> {
      const caller = c.get('caller');
      if (!isRecordId(id)) {
        await db.transaction((tx) =>
          auditRequest(tx, c, clock, { action, recordType: entry.id, outcome: 'not-found' }),
        );
        return undefined;
      }
      const areas = visibleAreas(caller);
      return withAuditedStatement(db, (q) =>
        readRecordAudited(
          q,
          { type: entry.id, id, areas: areas === 'all' ? undefined : areas },
          { tokenId: caller.tokenId, action, now: clock() },
        ),
      );
    },
  };
}

export type RecordRouteKit = ReturnType<typeof recordRouteKit>;
