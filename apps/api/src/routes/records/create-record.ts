import { randomUUID } from 'node:crypto';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { auditRequest } from '../../audit/audit-request.ts';
import { mayTouchArea } from '../../auth/access.ts';
import type { AppDeps } from '../../http/app-deps.ts';
import { jsonResponse, type Router } from '../../http/define-route.ts';
import { problem, problemResponses } from '../../http/problem.ts';
import { firstExample, namedExamples } from '../../openapi/examples.ts';
import { insertRecordAudited, withAuditedStatement } from '../../records/audited-statements.ts';
import { createOnce, requestFingerprint } from '../../records/idempotency.ts';
import { leadArea, recordAreas } from '../../records/record-areas.ts';
import { unstorableTextErrors } from '../../records/storable-text.ts';
import { etag, type RecordRouteKit } from './record-route-kit.ts';
import { CreateHeaders, ETAG_HEADER } from './record-schemas.ts';

/** POST /v1/<collection>: store a new record, at most once per Idempotency-Key. */
export function createRecordRoute(router: Router, deps: AppDeps, kit: RecordRouteKit): void {
  const { db, clock, examples } = deps;
  const { entry, base } = kit;
  router.route(
    {
      method: 'post',
      path: base,
      operationId: `create-${entry.id}`,
      tag: entry.tag,
      summary: `Create a ${entry.noun}`,
      description: `Stores a new ${entry.noun} and answers it with its id, version 1 and timestamps. Send an Idempotency-Key: a retry with the same key (after a lost answer) returns the first answer instead of a second record.`,
      headers: CreateHeaders,
      body: {
        schema: entry.input,
        description: `The ${entry.noun} to store.`,
        examples: namedExamples(examples, `${entry.id}-input`),
      },
      responses: {
        201: {
          description: `The stored ${entry.noun}.`,
          headers: {
            ...ETAG_HEADER,
            Location: { description: 'Where the record lives.', schema: { type: 'string' } },
          },
          content: {
            'application/json': { schema: entry.record, example: firstExample(examples, entry.id) },
          },
        },
        ...problemResponses([400, 401, 403, 413, 415, 422, 500]),
      },
    },
    async (c, { headers, body: parsed }) => {
      const refused = kit.refuseRole(c, 'write');
      if (refused) return refused;
      const caller = c.get('caller');
      const body = parsed as Record<string, unknown>;
      const unstorable = unstorableTextErrors(body);
      if (unstorable.length > 0) {
        return kit.invalidBody(c, 'Some text cannot be stored. Each field is listed in errors.', unstorable);
      }
      const area = leadArea(entry, body);
      if (!mayTouchArea(caller, area)) return kit.areaForbidden(c, area);
      const key = headers['idempotency-key'];
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
              { id, type: entry.id, area, areas: recordAreas(entry, body), body },
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
            recordType: entry.id,
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
}
