import { randomUUID } from 'node:crypto';
import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { Edition, GssCode, IsoDate, NextActions } from '@safeguarding/schemas';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { auditRequest } from '../audit/audit-request.ts';
import { maySeeAreas, mayTouchArea, mayUseRecordType, visibleAreas } from '../auth/access.ts';
import type { Queryable } from '../db/database.ts';
import { answerNextActions } from '../engine/answer-next-actions.ts';
import type { AppDeps } from '../http/app-deps.ts';
import type { AppEnv } from '../http/app-env.ts';
import { londonToday } from '../http/clock.ts';
import { decodeCursor, encodeCursor } from '../http/cursor.ts';
import { type AppContext, defineRoute, jsonResponse, validated } from '../http/define-route.ts';
import { type FieldError, problem, problemResponses } from '../http/problem.ts';
import {
  insertRecordAudited,
  readRecordAudited,
  withAuditedStatement,
} from '../records/audited-statements.ts';
import { createOnce, requestFingerprint } from '../records/idempotency.ts';
import {
  findRecord,
  isRecordId,
  listRecords,
  replaceRecord,
  type StoredRecord,
  toRecordJson,
} from '../records/record-repository.ts';
import { type Resource, recordAreas } from '../records/resources.ts';
import { unstorableTextErrors } from '../records/storable-text.ts';

const IdParam = z.object({
  id: z.string().meta({ param: { name: 'id', in: 'path' }, description: 'Id of the record.' }),
});

const ListQuery = z.object({
  area: GssCode.optional().meta({ description: 'Only records of this area (GSS code).' }),
  limit: z.coerce
    .number({ error: 'must be a whole number from 1 to 100' })
    .int({ error: 'must be a whole number from 1 to 100' })
    .min(1, { error: 'must be a whole number from 1 to 100' })
    .max(100, { error: 'must be a whole number from 1 to 100' })
    .default(50)
    .meta({ description: 'Records per page, 1 to 100 (default 50).' }),
  cursor: z.string().optional().meta({ description: 'nextCursor from the previous page.' }),
});

const AsOfQuery = z.object({
  asOf: IsoDate.optional().meta({
    description: 'Date to answer for, YYYY-MM-DD. Default: today in England.',
  }),
  edition: Edition.optional(),
});

const CreateHeaders = z.object({
  'idempotency-key': z.string().min(1).max(200).optional().meta({
    description:
      'Any unique string. A retry with the same key returns the first answer instead of storing a duplicate.',
  }),
});

const UpdateHeaders = z.object({
  'if-match': z
    .string()
    .optional()
    .meta({ description: 'The ETag of the version you are replacing, for example "3". Required.' }),
});

const ETAG_HEADER = {
  ETag: { description: 'The record version, for If-Match.', schema: { type: 'string' as const } },
};

const etag = (version: number) => `"${version}"`;

function parseIfMatch(header: string): number | undefined {
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(header.trim());
  return match ? Number(match[1]) : undefined;
}

function unstorableProblem(c: AppContext, errors: FieldError[]): Response {
  return problem(c, {
    status: 422,
    kind: 'invalid-body',
    title: 'Invalid input',
    detail: 'Some text cannot be stored. Each field is listed in errors.',
    errors,
  });
}

function recordResponse(
  c: AppContext,
  record: StoredRecord,
  status: ContentfulStatusCode = 200,
  headers: Record<string, string> = {},
): Response {
  return jsonResponse(c, toRecordJson(record), status, { etag: etag(record.version), ...headers });
}

/** Create, list, read, replace and next-actions for one record collection. */
export function registerRecordRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps, resource: Resource): void {
  const { db, clock, engine } = deps;
  const base = `/v1/${resource.collection}`;
  const Page = z
    .object({
      items: z.array(resource.record).meta({ description: 'The records on this page, oldest first.' }),
      nextCursor: z
        .string()
        .optional()
        .meta({ description: 'Pass as cursor to get the next page; absent on the last page.' }),
    })
    .meta({ id: `${resource.type}-page`, description: `A page of ${resource.noun} records.` });
  const notFound = (c: AppContext) =>
    problem(c, {
      status: 404,
      kind: 'not-found',
      title: 'Not found',
      detail: `There is no ${resource.noun} with this id that you can see.`,
    });
  const forbidden = (c: AppContext, detail: string) =>
    problem(c, { status: 403, kind: 'forbidden', title: 'Not allowed', detail });
  const roleForbidden = (c: AppContext, action: 'read' | 'write') =>
    forbidden(c, `Your token's role (${c.get('caller').role}) may not ${action} ${resource.noun} records.`);
  const areaForbidden = (c: AppContext, area: string) =>
    forbidden(c, `Your token does not hold area ${area}. Ask your administrator for a token for that area.`);

  /** The record if it exists and the caller may see its area; otherwise undefined (a 404, never a hint). */
  const visible = async (
    c: AppContext,
    id: string,
    tx: Queryable = db,
  ): Promise<StoredRecord | undefined> => {
    const record = await findRecord(tx, resource.type, id);
    return record && maySeeAreas(c.get('caller'), record.areas) ? record : undefined;
  };

  /** Reads a record the caller may see, auditing the attempt; undefined for missing and for invisible alike. */
  const readAudited = async (
    c: AppContext,
    id: string,
    action: string,
  ): Promise<StoredRecord | undefined> => {
    const caller = c.get('caller');
    if (!isRecordId(id)) {
      await db.transaction((tx) =>
        auditRequest(tx, c, clock, { action, recordType: resource.type, outcome: 'not-found' }),
      );
      return undefined;
    }
    const areas = visibleAreas(caller);
    return withAuditedStatement(db, (q) =>
      readRecordAudited(
        q,
        { type: resource.type, id, areas: areas === 'all' ? undefined : areas },
        { tokenId: caller.tokenId, action, now: clock() },
      ),
    );
  };

  defineRoute(
    app,
    createRoute({
      method: 'post',
      path: base,
      operationId: `create-${resource.type}`,
      tags: [resource.tag],
      summary: `Create a ${resource.noun}`,
      request: {
        headers: CreateHeaders,
        body: { required: true, content: { 'application/json': { schema: resource.input } } },
      },
      responses: {
        201: {
          description: `The stored ${resource.noun}.`,
          headers: {
            ...ETAG_HEADER,
            Location: { description: 'Where the record lives.', schema: { type: 'string' } },
          },
          content: { 'application/json': { schema: resource.record } },
        },
        ...problemResponses([400, 401, 403, 413, 415, 422, 500]),
      },
    }),
    async (c) => {
      const caller = c.get('caller');
      if (!mayUseRecordType(caller, resource.type, 'write')) return roleForbidden(c, 'write');
      const body = validated<Record<string, unknown>>(c, 'json');
      const unstorable = unstorableTextErrors(body);
      if (unstorable.length > 0) return unstorableProblem(c, unstorable);
      const area = String(body.area);
      if (!mayTouchArea(caller, area)) return areaForbidden(c, area);
      const key = validated<{ 'idempotency-key'?: string }>(c, 'header')['idempotency-key'];
      const now = clock();
      const id = randomUUID();
      const stamp = now.toISOString();
      const response = {
        status: 201,
        body: { ...body, id, version: 1, createdAt: stamp, updatedAt: stamp },
        recordId: id,
      };
      const result = await createOnce(
        db,
        { tokenId: caller.tokenId, key, fingerprint: requestFingerprint('POST', base, body) },
        async (keyToStore) => {
          await withAuditedStatement(db, (q) =>
            insertRecordAudited(
              q,
              { id, type: resource.type, area, areas: recordAreas(resource, body), body },
              { tokenId: caller.tokenId, action: 'create', now },
              keyToStore ? { key: keyToStore, response } : undefined,
            ),
          );
          return response;
        },
      );
      if (result.outcome === 'key-reused') {
        return problem(c, {
          status: 422,
          kind: 'idempotency-key-reused',
          title: 'Idempotency key already used',
          detail:
            'This Idempotency-Key was already used for a different request. Use a new key for a new record.',
        });
      }
      if (result.outcome === 'replayed') {
        await db.transaction((tx) =>
          auditRequest(tx, c, clock, {
            action: 'create',
            recordType: resource.type,
            recordId: result.recordId,
            outcome: 'replayed',
          }),
        );
      }
      const version = (result.body as { version: number }).version;
      return jsonResponse(c, result.body, result.status as ContentfulStatusCode, {
        etag: etag(version),
        location: `${base}/${result.recordId}`,
        ...(result.outcome === 'replayed' ? { 'idempotent-replayed': 'true' } : {}),
      });
    },
  );

  defineRoute(
    app,
    createRoute({
      method: 'get',
      path: base,
      operationId: `list-${resource.type}`,
      tags: [resource.tag],
      summary: `List ${resource.noun} records`,
      description: 'Only records of the areas your token holds. Pages are in the order records were created.',
      request: { query: ListQuery },
      responses: {
        200: { description: 'A page of records.', content: { 'application/json': { schema: Page } } },
        ...problemResponses([400, 401, 403, 500]),
      },
    }),
    async (c) => {
      const caller = c.get('caller');
      if (!mayUseRecordType(caller, resource.type, 'read')) return roleForbidden(c, 'read');
      const query = validated<z.infer<typeof ListQuery>>(c, 'query');
      const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
      if (query.cursor !== undefined && after === undefined) {
        return problem(c, {
          status: 400,
          kind: 'invalid-cursor',
          title: 'Bad request',
          detail: 'The cursor is not one this API gave out. Start again from the first page.',
          errors: [{ path: 'cursor', pointer: '/cursor', message: 'is not a cursor from a previous page' }],
        });
      }
      const page = await db.transaction(async (tx) => {
        const found = await listRecords(tx, {
          type: resource.type,
          areas: visibleAreas(caller),
          limit: query.limit,
          ...(query.area === undefined ? {} : { area: query.area }),
          ...(after === undefined ? {} : { after }),
        });
        await auditRequest(tx, c, clock, { action: 'list', recordType: resource.type, outcome: 'ok' });
        return found;
      });
      return jsonResponse(c, {
        items: page.records.map(toRecordJson),
        ...(page.nextAfter ? { nextCursor: encodeCursor(page.nextAfter) } : {}),
      });
    },
  );

  defineRoute(
    app,
    createRoute({
      method: 'get',
      path: `${base}/{id}`,
      operationId: `get-${resource.type}`,
      tags: [resource.tag],
      summary: `Read a ${resource.noun}`,
      request: { params: IdParam },
      responses: {
        200: {
          description: `The ${resource.noun}.`,
          headers: ETAG_HEADER,
          content: { 'application/json': { schema: resource.record } },
        },
        ...problemResponses([401, 403, 404, 500]),
      },
    }),
    async (c) => {
      const caller = c.get('caller');
      if (!mayUseRecordType(caller, resource.type, 'read')) return roleForbidden(c, 'read');
      const { id } = validated<{ id: string }>(c, 'param');
      const record = await readAudited(c, id, 'read');
      return record ? recordResponse(c, record) : notFound(c);
    },
  );

  defineRoute(
    app,
    createRoute({
      method: 'put',
      path: `${base}/{id}`,
      operationId: `replace-${resource.type}`,
      tags: [resource.tag],
      summary: `Replace a ${resource.noun}`,
      description:
        'Send the whole record (as for create) with If-Match set to the ETag you read. If someone changed it since, you get 412: read it again and reapply your change.',
      request: {
        params: IdParam,
        headers: UpdateHeaders,
        body: { required: true, content: { 'application/json': { schema: resource.input } } },
      },
      responses: {
        200: {
          description: `The ${resource.noun}, with its new version.`,
          headers: ETAG_HEADER,
          content: { 'application/json': { schema: resource.record } },
        },
        ...problemResponses([400, 401, 403, 404, 412, 413, 415, 422, 428, 500]),
      },
    }),
    async (c) => {
      const caller = c.get('caller');
      if (!mayUseRecordType(caller, resource.type, 'write')) return roleForbidden(c, 'write');
      const { id } = validated<{ id: string }>(c, 'param');
      const ifMatch = validated<{ 'if-match'?: string }>(c, 'header')['if-match'];
      if (ifMatch === undefined) {
        return problem(c, {
          status: 428,
          kind: 'if-match-required',
          title: 'If-Match needed',
          detail:
            'Send If-Match with the ETag from your last read of this record, so no one else’s change is overwritten.',
        });
      }
      const expectedVersion = parseIfMatch(ifMatch);
      if (expectedVersion === undefined) {
        return problem(c, {
          status: 400,
          kind: 'invalid-if-match',
          title: 'Bad request',
          detail: 'If-Match must be the ETag from your last read, for example "3" (with the quotes).',
          errors: [{ path: 'If-Match', pointer: '', message: 'is not an ETag of this API' }],
        });
      }
      const body = validated<Record<string, unknown>>(c, 'json');
      const unstorable = unstorableTextErrors(body);
      if (unstorable.length > 0) return unstorableProblem(c, unstorable);
      const area = String(body.area);
      type Outcome =
        | { kind: 'missing' }
        | { kind: 'area'; area: string }
        | { kind: 'stale'; current: number }
        | { kind: 'ok'; record: StoredRecord };
      const outcome = await db.transaction(async (tx): Promise<Outcome> => {
        const audit = (outcome: 'ok' | 'not-found' | 'forbidden' | 'stale') =>
          auditRequest(tx, c, clock, {
            action: 'update',
            recordType: resource.type,
            recordId: isRecordId(id) ? id : null,
            outcome,
          });
        const existing = await visible(c, id, tx);
        if (!existing) {
          await audit('not-found');
          return { kind: 'missing' };
        }
        // Writing needs the lead area, before and after: seeing a partnership through one of the
        // other areas it covers is not enough to change it.
        const refused = [existing.area, area].find((lead) => !mayTouchArea(caller, lead));
        if (refused !== undefined) {
          await audit('forbidden');
          return { kind: 'area', area: refused };
        }
        const replaced = await replaceRecord(tx, {
          type: resource.type,
          id,
          expectedVersion,
          area,
          areas: recordAreas(resource, body),
          body,
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
          return notFound(c);
        case 'area':
          return areaForbidden(c, outcome.area);
        case 'stale':
          return problem(
            c,
            {
              status: 412,
              kind: 'stale-version',
              title: 'Changed since you read it',
              detail: `Someone changed this ${resource.noun} after you read it (it is now version ${outcome.current}). Read it again, reapply your change and send it with the new ETag.`,
            },
            { etag: etag(outcome.current) },
          );
        case 'ok':
          return recordResponse(c, outcome.record);
      }
    },
  );

  defineRoute(
    app,
    createRoute({
      method: 'get',
      path: `${base}/{id}/next-actions`,
      operationId: `next-actions-for-${resource.type}`,
      tags: [resource.tag],
      summary: `What is due on a ${resource.noun}`,
      description: 'The duty engine applied to the case facts this record holds, as of today or asOf.',
      request: { params: IdParam, query: AsOfQuery },
      responses: {
        200: {
          description: 'The duties that apply, with due dates.',
          content: { 'application/json': { schema: NextActions } },
        },
        ...problemResponses([400, 401, 403, 404, 422, 500]),
      },
    }),
    async (c) => {
      const caller = c.get('caller');
      if (!mayUseRecordType(caller, resource.type, 'read')) return roleForbidden(c, 'read');
      const { id } = validated<{ id: string }>(c, 'param');
      const query = validated<z.infer<typeof AsOfQuery>>(c, 'query');
      const record = await readAudited(c, id, 'next-actions');
      if (!record) return notFound(c);
      const asOf = query.asOf ?? londonToday(clock);
      const related = async (type: string, relatedId: string) => {
        const found = await findRecord(db, type, relatedId);
        return found && maySeeAreas(caller, found.areas) ? found.body : undefined;
      };
      const facts = await resource.facts(record.body, related);
      return answerNextActions(
        c,
        engine,
        clock,
        facts,
        { ...query, asOf },
        {
          kind: 'record-facts-invalid',
          detail: `The dates or facts in this ${resource.noun} do not fit together, so no deadlines can be worked out. Correct the record.`,
        },
      );
    },
  );
}
